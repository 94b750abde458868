package dev.mycel.runtime;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.mycel.ai.ConfiguredProviders;
import dev.mycel.ai.PatternAnswers;
import dev.mycel.ai.PrivacyGate;
import dev.mycel.ai.offline.BuiltInEngine;
import dev.mycel.ai.offline.OfflineEngine;
import dev.mycel.ai.ProbeCache;
import dev.mycel.ai.ProviderRouter;
import dev.mycel.ai.Sleeper;
import dev.mycel.audit.AuditEvent;
import dev.mycel.collective.Candidates;
import dev.mycel.collective.InstanceKey;
import dev.mycel.collective.PatternStore;
import dev.mycel.collective.SharedPatterns;
import dev.mycel.audit.AuditLog;
import dev.mycel.config.Places;
import dev.mycel.policy.CodeValidator;
import dev.mycel.policy.FileActions;
import dev.mycel.policy.PathResolver;
import dev.mycel.policy.PolicyEvaluator;
import dev.mycel.sandbox.SandboxChoice;
import dev.mycel.sandbox.Sandboxes;
import dev.mycel.config.RuntimeConfig;
import dev.mycel.ipc.AuthThrottle;
import dev.mycel.ipc.JsonRpcCodec;
import dev.mycel.ipc.PeerCheck;
import dev.mycel.ipc.RateLimiter;
import dev.mycel.ipc.RuntimeDir;
import dev.mycel.ipc.SocketProbe;
import dev.mycel.ipc.Sessions;
import dev.mycel.ipc.Token;
import dev.mycel.ipc.UnixServer;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * The runtime daemon: vets its directory, takes the single-instance lock, writes the token,
 * opens the socket, and wires every component by hand (the only place that does). {@link #stop}
 * removes the socket and the token.
 */
public final class MycelRuntime implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(MycelRuntime.class.getName());
    /** How long a provider probe stays true for status: a few seconds, so status stays cheap. */
    private static final Duration PROBE_TTL = Duration.ofSeconds(5);
    private static final Duration START_WAIT_ON_SIGTERM = Duration.ofSeconds(30);

    private final RuntimeConfig config;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final UnixServer server;
    private final ScheduledExecutorService sweeper;
    private final AuditLog audit;
    private final ConfiguredProviders providers;
    private final WebFront web;
    private final CollectiveFront collective;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;

    /** Why the runtime could not start, in one line for the user. */
    public static final class StartException extends Exception {
        public StartException(String message) {
            super(message);
        }
    }

    private MycelRuntime(RuntimeConfig config, FileChannel lockChannel, FileLock lock, UnixServer server,
                         ScheduledExecutorService sweeper, AuditLog audit, ConfiguredProviders providers, WebFront web,
                         CollectiveFront collective) {
        this.config = config;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.server = server;
        this.sweeper = sweeper;
        this.audit = audit;
        this.providers = providers;
        this.web = web;
        this.collective = collective;
    }

    public static MycelRuntime start(RuntimeConfig config, InstantSource clock) throws StartException {
        return start(config, clock, System.getenv());
    }

    /** {@code env} is where API keys are looked up ({@code ANTHROPIC_API_KEY}, the OpenAI key variable). */
    public static MycelRuntime start(RuntimeConfig config, InstantSource clock, Map<String, String> env)
            throws StartException {
        Places places = config.places();
        int uid = Places.currentUid();
        FileChannel lockChannel = null;
        try {
            RuntimeDir.prepare(places.runtimeDir(), uid);
            lockChannel = FileChannel.open(places.runtimeDir().resolve("runtime.lock"),
                    Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException sameJvm) {
                // another runtime in this very JVM holds it (tests, embedders): same answer as another process
                lock = null;
            }
            if (lock == null || SocketProbe.answersPing(places.socket(), Duration.ofSeconds(2))) {
                throw new StartException("a Mycel runtime is already running in " + places.runtimeDir()
                        + "; stop it with 'mycel down' or use another MYCEL_RUNTIME_DIR");
            }
            Files.deleteIfExists(places.socket());
            Files.deleteIfExists(places.tokenFile());
            prepareDataDir(places.dataDir());
            return wire(config, clock, env, uid, lockChannel, lock);
        } catch (IOException e) {
            close(lockChannel);
            throw new StartException(e instanceof RuntimeDir.UnsafeDirException ? e.getMessage()
                    : "cannot start: " + e.getMessage());
        } catch (StartException e) {
            close(lockChannel);
            throw e;
        }
    }

    private static MycelRuntime wire(RuntimeConfig config, InstantSource clock, Map<String, String> env, int uid,
                                     FileChannel lockChannel, FileLock lock) throws IOException {
        Places places = config.places();
        SecureRandom random = new SecureRandom();
        AuditLog auditLog = AuditLog.open(AuditLog.fileIn(places.dataDir()));
        auditLog.append(new AuditEvent.RuntimeStarted(StatusMethod.VERSION));
        Audit audit = new Audit(auditLog);
        Token token = Token.generate(random);
        token.writeTo(places.tokenFile());
        Sessions sessions = new Sessions(random, clock, config.ipc().sessionIdle());
        Confirmations confirmations = new Confirmations(config.policy().confirmTimeout(), random);
        ScopedApprovals approvals = new ScopedApprovals(clock);
        Conversations conversations = new Conversations();
        sessions.onExpired(s -> {
            confirmations.sessionEnded(s);
            approvals.sessionEnded(s);
            conversations.sessionEnded(s);
        });
        PolicyEvaluator evaluator = new PolicyEvaluator(config.policy(), new PathResolver());
        SandboxChoice sandbox = Sandboxes.select(config.sandbox(), config.policy(), places);
        CodeValidator validator = new CodeValidator();
        ActionPipeline actions = new ActionPipeline(validator, evaluator, confirmations, approvals, audit, sandbox,
                new FileActions(evaluator, config.sandbox().outputLimitBytes(), 10_000));
        ExecMethods exec = new ExecMethods(validator, actions, config.sandbox(), places);
        AuthMethods auth = new AuthMethods(token, new AuthThrottle(config.ipc().freeAuthFailures(), clock), sessions, audit);
        ConfiguredProviders providers = ConfiguredProviders.from(config.ai(), places.configFile(), env, uid, Sleeper.REAL);
        ProbeCache probes = new ProbeCache(clock, PROBE_TTL);
        Optional<OfflineEngine> engine = config.offline().enabled()
                ? Optional.of(new OfflineEngine(BuiltInEngine.matcher(places.dataDir().resolve("cache")),
                        config.offline().minConfidence(), places.home()))
                : Optional.empty();
        Optional<PatternAnswers> patterns = engine.map(e -> e);
        StatusMethod status = new StatusMethod(clock.instant(), sessions, sandbox, providers, patterns, probes);
        SharedRedactor redactor = new SharedRedactor(config.privacy().phoneRegion());
        RedactMethod redact = new RedactMethod(redactor);
        ProviderRouter router = new ProviderRouter(providers, probes,
                new PrivacyGate(redactor, config.privacy().redactCloud(), config.privacy().redactLocal()),
                patterns, config.offline().answerFirst());
        CollectiveFront collective = collective(config, engine, redactor, validator, clock);
        WebFront web = new WebFront(config.web(), places);
        web.actions(actions);
        ChatTurn chatTurn = new ChatTurn(router,
                new AgentTools(actions, config.agent().toolResultBytes(), HostFacts.ofHost(), web, collective), config.agent(),
                config.sandbox().timeout(), clock);
        ChatMethod chat = new ChatMethod(conversations, chatTurn, config.ai().mode(), places);
        MycelRuntime[] self = new MycelRuntime[1];
        Map<String, Method> methods = new HashMap<>();
        for (Method m : List.of(
                new Method("ping", false, false, call -> new Reply.Result(JsonNodeFactory.instance.textNode("pong"))),
                new Method("auth", false, false, auth::auth),
                new Method("session.resume", true, false, auth::resume),
                new Method("status", true, false, status::status),
                new Method("check", true, false, exec::check),
                new Method("redact", true, false, redact::redact),
                new Method("exec", true, true, exec::exec),
                new Method("chat", true, true, chat::chat),
                new Method("surface.list", true, false, chat::surfaces),
                new Method("surface.create", true, false, web::create),
                new Method("ui.login", true, false, web::login),
                new Method("patterns.list", true, false, collective::list),
                new Method("patterns.show", true, false, collective::show),
                new Method("patterns.import", true, false, collective::importPattern),
                new Method("patterns.export", true, false, collective::export),
                new Method("patterns.trust", true, false, collective::trust),
                new Method("patterns.block", true, false, collective::block),
                new Method("patterns.pending", true, false, collective::pending),
                new Method("patterns.approve", true, false, collective::approve),
                new Method("patterns.reject", true, false, collective::reject),
                new Method("patterns.sync", true, true, collective::sync),
                new Method("patterns.stats", true, false, collective::stats),
                new Method("action.confirm", true, false, confirmations::confirm),
                new Method("approvals.list", true, false, approvals::list),
                new Method("approvals.revoke", true, false, approvals::revoke),
                new Method("shutdown", true, false, call -> shutdown(self[0])))) {
            methods.put(m.name(), m);
        }
        Pipeline pipeline = new Pipeline(new JsonRpcCodec(), new RateLimiter(config.ipc().requestsPerMinute(), clock),
                sessions, methods, confirmations::connectionClosed);
        PeerCheck peers = new PeerCheck(uid, config.ipc().allowedUids(), FileSystems.getDefault().getUserPrincipalLookupService());
        UnixServer server = new UnixServer(places.socket(), config.ipc(), peers, new JsonRpcCodec(), pipeline);
        status.connections(server::connections);
        status.web(web::describe);
        collective.refreshMatcherWhenShared();
        collective.serve();
        status.collective(collective::describe);
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("mycel-sessions").factory());
        long every = Math.max(1, Math.min(60, config.ipc().sessionIdle().toSeconds() / 2));
        sweeper.scheduleWithFixedDelay(sessions::sweep, every, every, TimeUnit.SECONDS);
        // exists before the socket serves, so that an early 'shutdown' call finds it
        self[0] = new MycelRuntime(config, lockChannel, lock, server, sweeper, auditLog, providers, web, collective);
        server.start();
        web.start(new BrowserBackend(sessions, conversations, confirmations, chatTurn, config.ai().mode(), places, audit, status));
        Thread.ofVirtual().name("mycel-redactor-warm-up").start(redactor::warmUp);
        probes.prime(providers.readyProviders());
        LOG.info("Mycel runtime ready on " + places.socket() + " (pid " + ProcessHandle.current().pid() + ", sandbox "
                + StatusMethod.sandboxName(sandbox) + ")");
        return self[0];
    }

    private static CollectiveFront collective(RuntimeConfig config, Optional<OfflineEngine> engine, SharedRedactor redactor,
                                              CodeValidator validator, InstantSource clock) throws IOException {
        Places places = config.places();
        Path dir = places.dataDir().resolve("collective");
        InstanceKey key = InstanceKey.loadOrCreate(dir.resolve("instance.key"));
        PatternStore store = PatternStore.open(dir.resolve("patterns.db"));
        SharedPatterns shared = new SharedPatterns(store, key, validator, config.collective().threshold(), clock);
        Candidates candidates = new Candidates(redactor, config.collective().blockedCategories(),
                config.collective().reviewSensitivity(), places.home());
        try {
            return new CollectiveFront(shared, config.collective(), candidates, engine, places.dataDir().resolve("cache"), clock);
        } catch (IllegalArgumentException e) {
            store.close();
            throw new IOException("[collective] peers: " + e.getMessage());
        }
    }

    /** Stops just after the reply is on its way, so the caller learns that it worked. */
    private static Reply shutdown(MycelRuntime runtime) {
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            runtime.stop();
        });
        return new Reply.Result(JsonNodeFactory.instance.objectNode().put("stopping", true));
    }

    private static void prepareDataDir(Path dataDir) throws IOException {
        if (!Files.exists(dataDir)) {
            Files.createDirectories(dataDir.getParent());
            Files.createDirectory(dataDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
    }

    /** Runs in this process until SIGTERM, Ctrl-C or {@code shutdown}; returns the exit code. */
    public static int runForeground(RuntimeConfig config) {
        LogSetup.install(java.util.logging.Level.INFO);
        // the hook is in place before the socket and token exist: a SIGTERM that arrives while
        // starting waits for the start to finish and then removes them, instead of leaving them behind
        CompletableFuture<MycelRuntime> started = new CompletableFuture<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopOnceStarted(started), "mycel-stop"));
        MycelRuntime runtime = null;
        try {
            runtime = start(config, InstantSource.system());
        } catch (StartException e) {
            System.err.println("mycel: " + e.getMessage());
            return 1;
        } finally {
            started.complete(runtime); // null when it did not start, however it failed: the hook must not wait then
        }
        try {
            runtime.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static void stopOnceStarted(CompletableFuture<MycelRuntime> started) {
        try {
            MycelRuntime runtime = started.get(START_WAIT_ON_SIGTERM.toSeconds(), TimeUnit.SECONDS);
            if (runtime != null) {
                runtime.stop();
            }
        } catch (ExecutionException | TimeoutException e) {
            // a start that hangs this long has nothing we could reach to clean up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public RuntimeConfig config() {
        return config;
    }

    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops accepting, closes connections, removes the socket and the token. Safe to call twice. */
    public synchronized void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        web.close();
        server.close();
        collective.close();
        sweeper.shutdownNow();
        providers.close();
        try {
            audit.append(new AuditEvent.RuntimeStopped("stopped"));
            audit.close();
        } catch (IOException e) {
            LOG.warning("could not close the audit log: " + e.getMessage());
        }
        try {
            Files.deleteIfExists(config.places().tokenFile());
        } catch (IOException e) {
            LOG.warning("could not remove the token file: " + e.getMessage());
        }
        try {
            lock.release();
        } catch (IOException e) {
            LOG.warning("could not release the runtime lock: " + e.getMessage());
        }
        close(lockChannel);
        LOG.info("Mycel runtime stopped");
        stopped.countDown();
    }

    @Override
    public void close() {
        stop();
    }

    private static void close(FileChannel ch) {
        if (ch == null) {
            return;
        }
        try {
            ch.close();
        } catch (IOException ignored) {
            // releasing the lock file on a failed start; nothing more to do
        }
    }
}

package dev.mycel.ipc;

import dev.mycel.config.IpcSettings;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The runtime's Unix domain socket: binds it 0600, accepts on one thread, checks each caller's
 * uid with SO_PEERCRED before reading a byte, caps concurrent connections, and hands each
 * connection to the runtime on a virtual thread. A watchdog closes idle and slow connections.
 */
public final class UnixServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(UnixServer.class.getName());

    private final Path socket;
    private final IpcSettings settings;
    private final PeerCheck peers;
    private final JsonRpcCodec codec;
    private final ConnectionHandler handler;
    private final Set<Connection> live = ConcurrentHashMap.newKeySet();
    private final AtomicInteger active = new AtomicInteger();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("mycel-watchdog").factory());
    private ServerSocketChannel server;
    private Thread acceptor;

    public UnixServer(Path socket, IpcSettings settings, PeerCheck peers, JsonRpcCodec codec, ConnectionHandler handler) {
        this.socket = socket;
        this.settings = settings;
        this.peers = peers;
        this.codec = codec;
        this.handler = handler;
    }

    public void start() throws IOException {
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket), 512);
        // The directory is 0700 already, so the short window before this chmod exposes nothing.
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        long tick = Math.max(50, Math.min(1000, settings.lineTimeout().toMillis() / 4));
        watchdog.scheduleWithFixedDelay(this::sweep, tick, tick, TimeUnit.MILLISECONDS);
        acceptor = Thread.ofPlatform().name("mycel-accept").start(this::acceptLoop);
    }

    public int connections() {
        return active.get();
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel ch = server.accept();
                Thread.ofVirtual().name("mycel-conn").start(() -> admit(ch));
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                LOG.warning("accept failed: " + e.getMessage());
            }
        }
    }

    private void admit(SocketChannel ch) {
        PeerCheck.Result peer = peers.check(ch);
        switch (peer) {
            case PeerCheck.Result.Refused refused -> {
                LOG.warning("refused a connection from " + refused.who() + ": not an allowed local user");
                reject(ch, RpcError.of(ErrorCode.NOT_AUTHENTICATED,
                        "connection refused: this runtime belongs to another local user"));
                return;
            }
            case PeerCheck.Result.Allowed allowed -> serve(ch, allowed.user(), allowed.uid());
        }
    }

    private void serve(SocketChannel ch, String user, int uid) {
        if (active.incrementAndGet() > settings.maxConnections()) {
            active.decrementAndGet();
            reject(ch, RpcError.of(ErrorCode.TOO_MANY_CONNECTIONS, "too many connections (limit "
                    + settings.maxConnections() + "); close other clients or raise ipc.max_connections"));
            return;
        }
        Connection c = new Connection(ch, user, uid, settings.maxMessageBytes());
        live.add(c);
        try {
            handler.serve(c);
        } finally {
            live.remove(c);
            active.decrementAndGet();
            c.close();
        }
    }

    private void reject(SocketChannel ch, RpcError error) {
        Connection c = new Connection(ch, "?", -1, 1024);
        c.send(codec.error(null, error));
        c.close();
    }

    private void sweep() {
        long now = System.nanoTime();
        long idle = settings.idleTimeout().toNanos();
        long line = settings.lineTimeout().toNanos();
        for (Connection c : live) {
            String why = c.overdue(now, idle, line);
            if (why != null) {
                LOG.fine("closing a connection: " + why);
                c.close();
            }
        }
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            LOG.warning("closing the socket failed: " + e.getMessage());
        }
        watchdog.shutdownNow();
        live.forEach(Connection::close);
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.warning("could not remove " + socket + ": " + e.getMessage());
        }
        if (acceptor != null) {
            try {
                acceptor.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

package dev.mycel.runtime;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.ipc.Sessions;
import dev.mycel.sandbox.SandboxChoice;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntSupplier;

/** {@code status}: facts about the running runtime, none of them secret. */
final class StatusMethod {
    static final String VERSION = "0.1.0";

    private final Instant started;
    private final Sessions sessions;
    private final SandboxChoice sandbox;
    private volatile IntSupplier connections = () -> 0;

    StatusMethod(Instant started, Sessions sessions, SandboxChoice sandbox) {
        this.started = started;
        this.sessions = sessions;
        this.sandbox = sandbox;
    }

    static String sandboxName(SandboxChoice choice) {
        return switch (choice) {
            case SandboxChoice.Usable u -> u.sandbox().name();
            case SandboxChoice.Unusable u -> "none (" + u.reason() + "; install " + u.debianPackage() + ")";
        };
    }

    void connections(IntSupplier supplier) {
        this.connections = supplier;
    }

    Reply status(Call call) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("version", VERSION);
        out.put("pid", ProcessHandle.current().pid());
        out.put("startedAt", started.toString());
        out.put("uptimeSeconds", Duration.between(started, Instant.now()).toSeconds());
        out.put("sessions", sessions.count());
        out.put("connections", connections.getAsInt());
        // no AI provider exists yet; say so rather than leave the field out
        out.putObject("provider").put("configured", "none").put("reachable", false);
        ObjectNode sb = out.putObject("sandbox");
        switch (sandbox) {
            case SandboxChoice.Usable u -> sb.put("backend", u.sandbox().name()).put("available", true);
            case SandboxChoice.Unusable u -> sb.put("backend", "none").put("available", false)
                    .put("reason", u.reason()).put("install", u.debianPackage());
        }
        return new Reply.Result(out);
    }
}

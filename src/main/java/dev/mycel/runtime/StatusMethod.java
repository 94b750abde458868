package dev.mycel.runtime;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.ipc.Sessions;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntSupplier;

/** {@code status}: facts about the running runtime, none of them secret. */
final class StatusMethod {
    static final String VERSION = "0.1.0";

    private final Instant started;
    private final Sessions sessions;
    private volatile IntSupplier connections = () -> 0;

    StatusMethod(Instant started, Sessions sessions) {
        this.started = started;
        this.sessions = sessions;
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
        return new Reply.Result(out);
    }
}

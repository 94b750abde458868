package dev.mycel.ipc;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where an unexpected failure becomes a JSON-RPC error: the client gets -32603
 * and an incident id, the stack trace goes to the log, never over the socket.
 */
public final class ErrorMapper {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());
    private static final SecureRandom IDS = new SecureRandom();

    private ErrorMapper() {
    }

    public static RpcError unexpected(String method, RuntimeException e) {
        byte[] b = new byte[4];
        IDS.nextBytes(b);
        String incident = HexFormat.of().formatHex(b);
        LOG.log(Level.SEVERE, "incident " + incident + " in " + method, e);
        return RpcError.of(ErrorCode.INTERNAL_ERROR, "internal error (incident " + incident + "); see the runtime log");
    }
}

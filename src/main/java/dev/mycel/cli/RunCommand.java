package dev.mycel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.ipc.ErrorCode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mycel run}: validate, then run in the sandbox; the program's output and exit code pass through. */
@Command(name = "run", description = "Validate code, then run it in the sandbox.")
final class RunCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true, description = "bash, python or javascript")
    String language;

    @Option(names = "-c", description = "The code itself.")
    String code;

    @Parameters(arity = "0..1", description = "A file with the code, or - for standard input.")
    String file;

    @Option(names = "--timeout", description = "Seconds before the code is killed (default: sandbox.timeout_seconds).")
    Integer timeoutSeconds;

    @Option(names = "--yes", description = "Without a terminal, approve actions that need confirmation (not critical ones).")
    boolean yes;

    @Override
    public Integer call() {
        String source;
        try {
            source = SourceInput.read(code, file);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("mycel: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.put("language", language);
        params.put("code", source);
        params.put("cwd", Path.of("").toAbsolutePath().toString());
        if (timeoutSeconds != null) {
            params.put("timeoutSeconds", timeoutSeconds);
        }
        ConfirmationPrompt prompt = new ConfirmationPrompt(yes);
        return Connected.runStarting(client -> {
            try {
                JsonNode r = client.call("exec", params, (m, p) -> prompt.onNotification(client, m, p));
                return print(r);
            } catch (RuntimeClient.RpcException e) {
                return refused(e);
            }
        });
    }

    private static int print(JsonNode r) {
        System.out.print(r.path("stdout").asText());
        System.out.flush();
        System.err.print(r.path("stderr").asText());
        if (r.path("truncated").asBoolean()) {
            System.err.println("mycel: output was cut at the sandbox's output limit");
        }
        if (r.path("timedOut").asBoolean()) {
            System.err.println("mycel: timed out after " + r.path("durationMs").asLong() / 1000 + " s; every process it started was killed");
            return ExitCodes.TIMED_OUT;
        }
        return r.path("exitCode").asInt();
    }

    static int refused(RuntimeClient.RpcException e) throws RuntimeClient.RpcException {
        if (e.is(ErrorCode.DENIED_BY_POLICY) || e.is(ErrorCode.CONFIRMATION_DECLINED)) {
            System.err.println("mycel: refused: " + e.getMessage());
            for (JsonNode f : e.data() == null ? JsonNodeFactory.instance.arrayNode() : e.data().path("findings")) {
                System.err.println("  line " + f.path("line").asInt() + ": " + f.path("message").asText()
                        + " [" + f.path("rule").asText() + "]");
            }
            return ExitCodes.REFUSED;
        }
        if (e.is(ErrorCode.SANDBOX_UNAVAILABLE)) {
            System.err.println("mycel: " + e.getMessage());
            return ExitCodes.REFUSED;
        }
        throw e;
    }
}

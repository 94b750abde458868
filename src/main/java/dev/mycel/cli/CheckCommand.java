package dev.mycel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mycel check}: the validator's verdict on some code; nothing runs. */
@Command(name = "check", description = "Show the validator's verdict on code without running it.")
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true, description = "bash, python or javascript")
    String language;

    @Parameters(arity = "1", description = "A file with the code, or - for standard input.")
    String file;

    @Option(names = "--json", description = "Print {decision, risk, findings} as one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        String source;
        try {
            source = SourceInput.read(null, file);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("mycel: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.put("language", language);
        params.put("code", source);
        return Connected.runStarting(client -> {
            JsonNode v = client.call("check", params);
            if (json) {
                System.out.println(new ObjectMapper().writeValueAsString(v));
                return ExitCodes.OK;
            }
            System.out.println(v.path("decision").asText() + " (risk " + v.path("risk").asText() + ")");
            for (JsonNode f : v.path("findings")) {
                System.out.println("  line " + f.path("line").asInt() + ": " + f.path("message").asText()
                        + " [" + f.path("rule").asText() + "]");
            }
            return ExitCodes.OK;
        });
    }
}

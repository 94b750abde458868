package dev.mycel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mycel redact}: a text with its PII replaced by typed placeholders, as the runtime's privacy layer sees it. */
@Command(name = "redact", mixinStandardHelpOptions = true, description = "Replace the PII in a text with typed placeholders ([EMAIL_1], [PHONE_1], ...).")
final class RedactCommand implements Callable<Integer> {
    @Parameters(arity = "1", description = "A file with the text, or - for standard input.")
    String file;

    @Option(names = "--json", description = "Print {text, findings:[{type, start, end}]} as one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        String text;
        try {
            text = SourceInput.read(null, file);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("mycel: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.put("text", text);
        return Connected.runStarting(client -> {
            JsonNode result = client.call("redact", params);
            // raw UTF-8 bytes: the terminal's locale must not turn a name's accents into '?'
            byte[] out = json ? (new ObjectMapper().writeValueAsString(result) + "\n").getBytes(StandardCharsets.UTF_8)
                    : result.path("text").asText().getBytes(StandardCharsets.UTF_8);
            System.out.write(out);
            System.out.flush();
            return ExitCodes.OK;
        });
    }
}

package dev.mycel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mycel status [--json]}: what the runtime reports about itself. */
@Command(name = "status", description = "Show the runtime's version, uptime, sessions, provider, sandbox and web UI address.")
final class StatusCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        return Connected.run(client -> {
            JsonNode status = client.call("status", null);
            if (json) {
                System.out.println(new ObjectMapper().writeValueAsString(status));
            } else {
                print("", status);
            }
            return ExitCodes.OK;
        });
    }

    static void print(String indent, JsonNode node) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isObject()) {
                System.out.println(indent + e.getKey() + ":");
                print(indent + "  ", e.getValue());
            } else {
                System.out.println(indent + e.getKey() + ": " + (e.getValue().isTextual() ? e.getValue().asText() : e.getValue()));
            }
        }
    }
}

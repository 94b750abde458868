package dev.mycel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mycel surface show}: publishes an HTML surface ({@code surface.create}) and prints a link that opens it. */
@Command(name = "surface", description = "Publish HTML surfaces to the web UI.", subcommands = SurfaceCommand.Show.class)
final class SurfaceCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.err);
    }

    @Command(name = "show", description = "Publish HTML and print a one-time link that opens it in the web UI.")
    static final class Show implements Callable<Integer> {
        @Option(names = "--title", required = true, description = "The surface's title.")
        String title;

        @Option(names = "--interactive", description = "Let the page run its own script (still sandboxed, still offline). "
                + "Without it the HTML is sanitized and no script runs.")
        boolean interactive;

        @Parameters(arity = "1", description = "An HTML file, or - for standard input.")
        String file;

        @Override
        public Integer call() {
            String html;
            try {
                html = SourceInput.read(null, file);
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("mycel: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            ObjectNode params = JsonNodeFactory.instance.objectNode();
            params.put("title", title);
            params.put("html", html);
            params.put("interactive", interactive);
            return Connected.runStarting(client -> {
                JsonNode r = client.call("surface.create", params);
                System.out.println(r.path("url").asText());
                System.err.println("surface " + r.path("id").asText() + " published; the link works once, within a minute");
                return ExitCodes.OK;
            });
        }
    }
}

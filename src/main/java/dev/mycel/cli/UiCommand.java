package dev.mycel.cli;

import dev.mycel.config.Places;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import org.owasp.encoder.Encode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mycel ui}: asks the runtime ({@code ui.login}) for a one-time login link, prints it, and
 * opens it where a desktop session exists. The link is never put on a command line: another local
 * user could read it from /proc while it is fresh. The browser is pointed at a 0600 file in the
 * 0700 runtime dir that forwards to the link.
 */
@Command(name = "ui", description = "Print (and open, where a browser exists) a one-time login link to the web UI.")
final class UiCommand implements Callable<Integer> {
    @Option(names = "--no-open", description = "Only print the link.")
    boolean noOpen;

    @Override
    public Integer call() {
        return Connected.runStarting(client -> {
            show(client, Places.fromEnvironment(System.getenv()), !noOpen);
            return ExitCodes.OK;
        });
    }

    /** Prints a fresh login link and opens it when asked to; shared with the chat's {@code /ui}. */
    static void show(RuntimeClient client, Places places, boolean open) throws java.io.IOException {
        String url = client.call("ui.login", null).path("url").asText();
        System.out.println(url);
        System.out.println("(works once, within a minute)");
        if (open) {
            open(places, url);
        }
    }

    /** Opens the link through a private forwarding page; quietly does nothing without a desktop. */
    static void open(Places places, String url) {
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        if ((display == null || display.isBlank()) && (wayland == null || wayland.isBlank())) {
            return;
        }
        try {
            Path page = places.runtimeDir().resolve("ui-login.html");
            Files.deleteIfExists(page);
            Files.writeString(Files.createFile(page, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                    "<!doctype html><meta charset=\"utf-8\"><meta name=\"referrer\" content=\"no-referrer\">"
                            + "<meta http-equiv=\"refresh\" content=\"0;url=" + Encode.forHtmlAttribute(url) + "\">"
                            + "<a href=\"" + Encode.forHtmlAttribute(url) + "\">Open Mycel</a>",
                    StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            new ProcessBuilder("xdg-open", page.toUri().toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            System.err.println("mycel: could not open a browser (" + e.getMessage() + "); open the link above yourself");
        }
    }
}

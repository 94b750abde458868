package dev.mycel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.config.AiSettings.Mode;
import dev.mycel.config.Places;
import dev.mycel.ipc.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mycel ask TEXT}: one request to the AI. The reply streams to stdout; confirmations
 * and the list of actions taken go to stderr, so stdout holds the reply alone (or, with
 * {@code --json}, the result alone).
 */
@Command(name = "ask", description = "Send one request to the AI; the reply is printed as it streams.")
final class AskCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "What you want, in words (or - to read it from standard input).")
    List<String> words;

    @Option(names = "--provider", paramLabel = "auto|offline|local|cloud",
            description = "Who may answer (default: [ai] provider of the config).")
    String provider;

    @Option(names = "--yes", description = "Without a terminal, approve actions that need confirmation (not critical ones), once each.")
    boolean yes;

    @Option(names = "--json", description = "Print the result as one JSON document (the reply is not streamed).")
    boolean json;

    @Override
    public Integer call() {
        Mode choice = provider == null ? null : Mode.parse(provider).orElse(null);
        if (provider != null && choice == null) {
            System.err.println("mycel: --provider must be " + Mode.NAMES + ", not '" + provider + "'");
            return ExitCodes.USAGE;
        }
        String message;
        try {
            message = message();
        } catch (IOException e) {
            System.err.println("mycel: cannot read the request from standard input: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (message.isBlank()) {
            System.err.println("mycel: the request is empty");
            return ExitCodes.USAGE;
        }
        if (Connected.ensureRunning(Places.fromEnvironment(System.getenv())) != ExitCodes.OK) {
            return ExitCodes.NOT_RUNNING;
        }
        ObjectNode params = ChatRequest.params(message, choice, Path.of(""));
        ChatRequest turn = new ChatRequest(System.out, new ConfirmationPrompt(yes), !json);
        return Connected.run(client -> {
            try {
                return print(turn, turn.send(client, params));
            } catch (RuntimeClient.RpcException e) {
                if (!e.is(ErrorCode.PROVIDER_UNAVAILABLE)) {
                    throw e;
                }
                System.err.println("mycel: " + e.getMessage());
                return ExitCodes.FAILED;
            }
        });
    }

    private String message() throws IOException {
        if (words.size() == 1 && words.getFirst().equals("-")) {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        return String.join(" ", words);
    }

    private int print(ChatRequest turn, JsonNode result) throws IOException {
        if (json) {
            System.out.println(new ObjectMapper().writeValueAsString(result));
            return ExitCodes.OK;
        }
        turn.finish(result);
        ChatRequest.report(result).forEach(System.err::println);
        return ExitCodes.OK;
    }
}

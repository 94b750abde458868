package dev.mycel.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Where the interactive chat's lines come from: a terminal (JLine: line editing, history
 * kept in memory only, since chat lines may hold private text) or piped standard input, read
 * plainly so the chat can be scripted. Only a terminal can answer confirmations.
 */
sealed interface LineInput extends AutoCloseable {
    /** The next line, or null at the end of the input (Ctrl-D). */
    String read(String prompt) throws IOException;

    /** How confirmations are asked; null when nobody is there to answer. */
    ConfirmationPrompt.Asker asker();

    /** Runs {@code body}; a Ctrl-C meanwhile calls {@code onInterrupt} (on another thread). */
    <T> T interruptible(Runnable onInterrupt, Body<T> body) throws IOException;

    @Override
    void close() throws IOException;

    @FunctionalInterface
    interface Body<T> {
        T run() throws IOException;
    }

    static LineInput open() throws IOException {
        java.io.Console console = System.console();
        if (console == null || !console.isTerminal()) {
            return new Piped(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        }
        Terminal terminal = TerminalBuilder.builder().system(true).build();
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("mycel")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // a '!' in a message is just a '!'
                .build();
        return new OnTerminal(terminal, reader);
    }

    record OnTerminal(Terminal terminal, LineReader reader) implements LineInput {
        @Override
        public String read(String prompt) {
            try {
                return reader.readLine(prompt);
            } catch (UserInterruptException e) {
                return ""; // Ctrl-C at the prompt drops the line, as in a shell
            } catch (EndOfFileException e) {
                return null;
            }
        }

        @Override
        public ConfirmationPrompt.Asker asker() {
            return question -> {
                reader.variable(LineReader.DISABLE_HISTORY, true); // a "y" is no line worth recalling
                try {
                    return reader.readLine(question);
                } catch (UserInterruptException | EndOfFileException e) {
                    return ""; // no answer is a no
                } finally {
                    reader.variable(LineReader.DISABLE_HISTORY, false);
                }
            };
        }

        @Override
        public <T> T interruptible(Runnable onInterrupt, Body<T> body) throws IOException {
            Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> onInterrupt.run());
            try {
                return body.run();
            } finally {
                terminal.handle(Terminal.Signal.INT, previous);
            }
        }

        @Override
        public void close() throws IOException {
            terminal.close();
        }
    }

    record Piped(BufferedReader in) implements LineInput {
        @Override
        public String read(String prompt) throws IOException {
            return in.readLine();
        }

        @Override
        public ConfirmationPrompt.Asker asker() {
            return null;
        }

        @Override
        public <T> T interruptible(Runnable onInterrupt, Body<T> body) throws IOException {
            return body.run(); // Ctrl-C ends a piped chat like any other filter
        }

        @Override
        public void close() {
            // standard input belongs to the process
        }
    }
}

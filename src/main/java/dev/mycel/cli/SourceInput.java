package dev.mycel.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads what a command works on: inline text, a file, or standard input for {@code -}. */
final class SourceInput {
    private SourceInput() {
    }

    static String read(String inline, String file) throws IOException {
        if (inline != null) {
            return inline;
        }
        if (file == null) {
            throw new IllegalArgumentException("give the code with -c CODE, a FILE, or - for standard input");
        }
        if (file.equals("-")) {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            return Files.readString(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new IOException("no such file: " + file);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IOException(file + " is not UTF-8 text");
        }
    }
}

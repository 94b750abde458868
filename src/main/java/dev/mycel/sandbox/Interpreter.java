package dev.mycel.sandbox;

import dev.mycel.policy.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a language's code file is started inside: the host interpreter (from the read-only
 * system dirs) and the flags that keep it from reading startup files.
 */
record Interpreter(Path executable, List<String> flags, String fileSuffix) {

    private static final List<Path> SEARCH = List.of(Path.of("/usr/bin"), Path.of("/bin"), Path.of("/usr/local/bin"));

    static Optional<Interpreter> forLanguage(Language language) {
        return switch (language) {
            case BASH -> find("bash", List.of("--noprofile", "--norc"), ".sh");
            case PYTHON -> find("python3", List.of(), ".py");
            case JAVASCRIPT -> find("node", List.of(), ".js");
        };
    }

    /** The Debian package that provides the interpreter, for the install hint. */
    static String debianPackage(Language language) {
        return switch (language) {
            case BASH -> "bash";
            case PYTHON -> "python3";
            case JAVASCRIPT -> "nodejs";
        };
    }

    List<String> commandLine(Path codeInside, List<String> args) {
        List<String> out = new ArrayList<>();
        out.add(executable.toString());
        out.addAll(flags);
        out.add(codeInside.toString());
        out.addAll(args);
        return out;
    }

    private static Optional<Interpreter> find(String name, List<String> flags, String suffix) {
        return SEARCH.stream().map(d -> d.resolve(name)).filter(Files::isExecutable).findFirst()
                .map(p -> new Interpreter(p, flags, suffix));
    }
}

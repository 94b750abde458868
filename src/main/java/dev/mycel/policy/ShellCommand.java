package dev.mycel.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One simple command as the rules see it: the program's base name and its arguments, each
 * with its literal candidates when the script makes them knowable.
 *
 * @param name the program's base name ({@code /usr/bin/curl} is {@code curl})
 * @param path the program as written, for matching files the script produced
 * @param args the arguments after the name
 * @param at the command's node, for lines and detail
 */
record ShellCommand(String name, String path, List<Arg> args, SyntaxNode at) {

    /**
     * One argument.
     *
     * @param node where it is written (for a word split out of a variable, the variable)
     * @param values what it can be once expanded; empty when computed at run time
     * @param shown quotes removed, expansions as written
     * @param texts what it can be with the knowable variables substituted and the rest as written
     */
    record Arg(SyntaxNode node, Optional<List<String>> values, String shown, List<String> texts) {

        static Arg of(SyntaxNode node, BashScope scope) {
            return new Arg(node, scope.resolve(node), ShellText.shown(node), scope.expand(node));
        }

        static Arg word(SyntaxNode node, String word) {
            return new Arg(node, Optional.of(List.of(word)), word, List.of(word));
        }

        boolean is(String literal) {
            return values.map(v -> v.contains(literal)).orElse(false);
        }

        boolean isOption() {
            return shown.startsWith("-") && shown.length() > 1;
        }
    }

    /** Arguments that are not options; after {@code --} everything counts. */
    List<Arg> operands() {
        List<Arg> out = new ArrayList<>();
        boolean optionsEnded = false;
        for (Arg a : args) {
            if (!optionsEnded && a.shown().equals("--")) {
                optionsEnded = true;
            } else if (optionsEnded || !a.isOption()) {
                out.add(a);
            }
        }
        return out;
    }

    boolean hasOption(String... options) {
        for (Arg a : args) {
            for (String o : options) {
                if (a.shown().equals(o)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A short option letter given alone or grouped ({@code -rf} has {@code r}). */
    boolean hasShortFlag(char letter) {
        return args.stream().map(Arg::shown)
                .anyMatch(s -> s.length() > 1 && s.charAt(0) == '-' && s.charAt(1) != '-' && s.indexOf(letter) > 0);
    }

    Optional<Arg> firstOperand() {
        List<Arg> ops = operands();
        return ops.isEmpty() ? Optional.empty() : Optional.of(ops.getFirst());
    }

    /** The command this one runs, for wrappers such as {@code env}, {@code timeout} or {@code sudo}: {@code rest} from index {@code from}. */
    ShellCommand rest(int from, String newName, String newPath) {
        return new ShellCommand(newName, newPath, args.subList(from, args.size()), at);
    }
}

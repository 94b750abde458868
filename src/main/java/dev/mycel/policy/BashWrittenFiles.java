package dev.mycel.policy;

import dev.mycel.policy.BashScope.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Files a script writes before it runs them: a redirect, a download or a here-document can
 * turn a file into code that a later {@code bash file}, {@code . file} or {@code ./file}
 * runs. What is learned here (the text written when it is knowable, else where it came from)
 * is noted in the scope before any command is judged, so the order of lines does not matter.
 */
final class BashWrittenFiles {

    private BashWrittenFiles() {
    }

    static void note(SyntaxNode root, BashScope scope, BashCommandRules commands) {
        root.walk(n -> {
            if (n.is("file_redirect") && isWrite(n)) {
                n.child("destination").ifPresent(d -> noteRedirect(n, d, scope));
            } else if (n.is("command")) {
                commands.noteDownloads(n);
            }
        });
    }

    static boolean isWrite(SyntaxNode redirect) {
        return redirect.children().stream().anyMatch(c -> !c.named() && c.type().contains(">"));
    }

    private static void noteRedirect(SyntaxNode redirect, SyntaxNode destination, BashScope scope) {
        List<String> targets = new ArrayList<>(scope.expand(destination));
        targets.add(ShellText.shown(destination));
        Optional<SyntaxNode> producer = producerOf(redirect);
        Optional<Origin> origin = producer.flatMap(p -> Origin.hiding(scope.producerOrigins(p)));
        Optional<Optional<String>> text = origin.isPresent() ? Optional.empty() : producer.flatMap(p -> textWritten(redirect, p, scope));
        boolean append = redirect.children().stream().anyMatch(c -> c.is(">>"));
        for (String target : targets) {
            scope.created(target);
            origin.ifPresent(o -> scope.produced(target, o));
            text.ifPresent(t -> t.ifPresentOrElse(code -> scope.wrote(target, code, append),
                    () -> scope.produced(target, Origin.COMPUTED)));
        }
    }

    /** The command whose output a redirect writes: the last stage of what it redirects. */
    private static Optional<SyntaxNode> producerOf(SyntaxNode redirect) {
        Optional<SyntaxNode> holder = redirect.parent().filter(p -> p.is("heredoc_redirect")).flatMap(SyntaxNode::parent)
                .or(redirect::parent);
        return holder.flatMap(p -> p.child("body")).flatMap(b -> {
            if (b.is("command")) {
                return Optional.of(b);
            }
            List<SyntaxNode> stages = b.is("pipeline") ? b.namedChildren() : List.of();
            return stages.isEmpty() ? Optional.empty() : Optional.of(stages.getLast()).filter(s -> s.is("command"));
        });
    }

    /**
     * What echo, printf or cat-with-a-here-document writes: present and empty when it is
     * computed at run time, absent when the producer is some other program.
     */
    private static Optional<Optional<String>> textWritten(SyntaxNode redirect, SyntaxNode producer, BashScope scope) {
        String name = producer.child("name").flatMap(ShellText::literal).map(BashScope::baseName).orElse("");
        List<SyntaxNode> args = producer.all("argument");
        return switch (name) {
            case "echo" -> Optional.of(joinedLiterals(args.stream().filter(a -> !a.text().matches("-[neE]+")).toList(), scope));
            case "printf" -> Optional.of(joinedLiterals(args.size() > 1 ? args.subList(1, args.size()) : args, scope)
                    .map(rest -> args.size() > 1 ? ShellText.literal(args.getFirst()).orElse("") + " " + rest : rest));
            case "cat" -> redirect.parent().filter(p -> p.is("heredoc_redirect"))
                    .flatMap(h -> h.namedChildren().stream().filter(c -> c.is("heredoc_body")).findFirst())
                    .map(body -> scope.origins(body).isEmpty() ? Optional.of(body.text()) : Optional.empty());
            default -> Optional.empty();
        };
    }

    private static Optional<String> joinedLiterals(List<SyntaxNode> args, BashScope scope) {
        List<String> parts = new ArrayList<>();
        for (SyntaxNode a : args) {
            Optional<List<String>> r = scope.resolve(a);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            parts.add(r.get().getFirst());
        }
        return Optional.of(parts.stream().collect(Collectors.joining(" ")));
    }
}

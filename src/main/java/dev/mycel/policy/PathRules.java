package dev.mycel.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A list of path rules (blocked, or write-protected) compiled for one home directory, each
 * rule kept with the source text it was written as so that a denial can name it.
 *
 * <p>A rule whose fixed part is itself reached through a link (a {@code ~/.ssh} that is a
 * symlink into a dotfiles repository, say) also gets a form with that part resolved:
 * resolved request paths never show the link's name, so without it the rule would only
 * ever match text that no longer occurs.
 */
record PathRules(List<Rule> rules) {

    PathRules {
        rules = List.copyOf(rules);
    }

    record Rule(String source, List<Glob> forms) {
        Rule {
            forms = List.copyOf(forms);
        }
    }

    /** Pure: the rules as written, {@code ~} being {@code home}. */
    static PathRules of(List<String> sources, Path home) {
        return new PathRules(sources.stream().map(s -> new Rule(s, List.of(Glob.compile(s, home)))).toList());
    }

    /** Adds the resolved form of every rule whose fixed prefix resolves elsewhere; this is the only I/O here. */
    PathRules withResolvedPrefixes(PathResolver resolver) {
        List<Rule> out = new ArrayList<>();
        for (Rule rule : rules) {
            List<Glob> forms = new ArrayList<>(rule.forms());
            for (Glob g : rule.forms()) {
                g.literalPrefix().ifPresent(prefix -> {
                    if (resolver.resolve(prefix) instanceof PathResolver.Resolved r && !r.path().equals(prefix)) {
                        forms.add(g.withPrefix(r.path()));
                    }
                });
            }
            out.add(new Rule(rule.source(), forms));
        }
        return new PathRules(out);
    }

    /** The first rule matching any of the paths; the paths are the forms one request can take. */
    Optional<String> firstMatch(List<Path> paths) {
        for (Rule rule : rules) {
            for (Glob g : rule.forms()) {
                for (Path p : paths) {
                    if (g.matches(p)) {
                        return Optional.of(rule.source());
                    }
                }
            }
        }
        return Optional.empty();
    }
}

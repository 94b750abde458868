package dev.mycel.policy;

import dev.mycel.policy.BashScope.Origin;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The bash rules: every simple command is resolved to the program it really runs (through
 * quotes, variables and wrappers such as {@code env} or {@code xargs}), and every place where
 * text becomes code — {@code eval}, {@code sh -c}, a pipe or here-document into an
 * interpreter, a command name, a file written and then run — is judged by where that text
 * comes from. Literal code found inside is judged in turn, in its own language.
 */
final class BashRules {

    private static final int MAX_OWN_NESTING = 4;
    private static final Set<String> SELF_INITIALISING = Set.of("ssh-agent", "dircolors", "pyenv", "rbenv", "nodenv",
            "conda", "direnv", "brew", "starship", "zoxide", "fnm", "mise", "jenv", "opam", "keychain", "goenv");

    private static final Set<String> RAW_NETWORK = Set.of("nc", "ncat", "netcat", "socat", "telnet", "openssl");

    private final CodeValidator.Nested nested;

    BashRules(CodeValidator.Nested nested) {
        this.nested = nested;
    }

    void judge(SyntaxNode root, Findings out, int depth) {
        judge(root, out, depth, BashScope.of(root, null));
    }

    private void judge(SyntaxNode root, Findings out, int depth, BashScope scope) {
        Judgement j = new Judgement(out, depth, scope);
        BashWrittenFiles.note(root, scope, j.commands);
        root.walk(j::visit);
    }

    /** One walk over one tree: the findings, the nesting depth and what the script's variables hold. */
    private final class Judgement implements BashCommandRules.CodeSink {
        private final Findings out;
        private final int depth;
        private final BashScope scope;
        private final BashCommandRules commands;

        Judgement(Findings out, int depth, BashScope scope) {
            this.out = out;
            this.depth = depth;
            this.scope = scope;
            this.commands = new BashCommandRules(out, scope, this);
        }

        void visit(SyntaxNode n) {
            switch (n.type()) {
                case "command" -> command(n);
                case "file_redirect" -> redirect(n);
                case "heredoc_redirect", "herestring_redirect" -> stdinCode(n);
                case "pipeline" -> pipeline(n);
                case "function_definition" -> function(n);
                case "while_statement" -> {
                    boolean forever = n.child("condition").map(c -> c.text().matches(":|true|\\[ 1 ]|\\(\\( 1 \\)\\)"))
                            .orElse(false);
                    if (forever && n.child("body").map(b -> b.contains(x -> x.is("&"))).orElse(false)) {
                        out.add(Rule.FORK_BOMB, n);
                    }
                }
                case "variable_assignment" -> BashEnvironmentRules.assignment(n, out, scope);
                case "unset_command" -> BashEnvironmentRules.unset(n, out);
                case "ansi_c_string" -> {
                    if (EscapedText.of(n.text()).hidesText()) {
                        out.add(Rule.ESCAPED_TEXT, n);
                    }
                }
                case "simple_expansion", "expansion" -> {
                    BashEnvironmentRules.expansion(n, out);
                    promptExpansion(n);
                }
                case "word", "raw_string", "string", "concatenation" -> {
                    if (!n.parent().map(p -> p.is("concatenation")).orElse(false)
                            && scope.expand(n).stream().anyMatch(t -> t.contains("/dev/tcp/") || t.contains("/dev/udp/"))) {
                        out.add(Rule.REVERSE_SHELL, n);
                    }
                }
                default -> {
                }
            }
        }

        private void function(SyntaxNode n) {
            Optional<SyntaxNode> name = n.child("name");
            if (name.isEmpty()) {
                return;
            }
            String fn = name.get().text();
            if (ShellVocabulary.STANDARD.contains(fn) || fn.equals(":") || fn.equals(".")) {
                out.add(Rule.SHADOWED_COMMAND, name.get(), "function " + fn);
            }
            boolean selfSpawning = n.child("body").map(b -> b.contains(p -> p.is("pipeline") && p.namedChildren().stream()
                    .anyMatch(c -> c.child("name").map(x -> x.text().equals(fn)).orElse(false)))).orElse(false);
            if (selfSpawning) {
                out.add(Rule.FORK_BOMB, n);
            }
        }

        private void command(SyntaxNode n) {
            Optional<SyntaxNode> nameNode = n.child("name");
            if (nameNode.isEmpty()) {
                return;
            }
            SyntaxNode name = nameNode.get();
            if (name.namedChildren().size() == 1 && name.namedChildren().getFirst().is("arithmetic_expansion")) {
                return;
            }
            List<ShellCommand.Arg> args = n.all("argument").stream().map(a -> ShellCommand.Arg.of(a, scope)).toList();
            commands.credentialArguments(args);
            Optional<List<String>> candidates = scope.resolve(name);
            if (disguised(name, candidates)) {
                return;
            }
            if (candidates.isEmpty()) {
                computedName(n, name, args);
                return;
            }
            if (!ShellText.literal(name).isPresent() && candidates.get().stream().anyMatch(c -> c.matches(".*[*?\\[].*"))) {
                out.add(Rule.DISGUISED_COMMAND, name, name.text() + " is a wildcard: " + candidates.get().getFirst());
                return;
            }
            if (!ShellText.literal(name).isPresent() && candidates.get().stream().map(BashScope::baseName)
                    .anyMatch(Judgement::runsCode)) {
                out.add(Rule.DISGUISED_COMMAND, name, name.text() + " stands for " + candidates.get().getFirst());
                return;
            }
            for (String candidate : candidates.get().subList(0, Math.min(4, candidates.get().size()))) {
                String[] words = candidate.strip().split("\\s+", -1);
                List<ShellCommand.Arg> all = new ArrayList<>();
                for (int i = 1; i < words.length; i++) {
                    all.add(ShellCommand.Arg.word(name, words[i]));
                }
                all.addAll(args);
                commands.judge(new ShellCommand(BashScope.baseName(words[0]), words[0], all, n));
            }
        }

        /** {@code ${x@P}} expands $x as a prompt, which runs any command substitution in it. */
        private void promptExpansion(SyntaxNode n) {
            if (!n.is("expansion") || !n.text().matches("\\$\\{[^}]*@P}")) {
                return;
            }
            Optional<SyntaxNode> variable = n.namedChildren().stream().filter(c -> c.is("variable_name")).findFirst();
            Optional<List<String>> held = variable.flatMap(v -> scope.valuesOf(v.text()));
            if (held.isPresent()) {
                held.get().stream().limit(3).forEach(code -> judgeCode(Language.BASH, code, n));
            } else {
                out.add(Rule.DYNAMIC_CODE, n, "prompt expansion runs what the variable holds: " + n.text());
            }
        }

        /** Quotes, escapes, globs or braces in a command name, or a name glued together from several parts. */
        private boolean disguised(SyntaxNode name, Optional<List<String>> candidates) {
            SyntaxNode inner = name.namedChildren().size() == 1 ? name.namedChildren().getFirst() : name;
            String text = inner.text();
            boolean hidden = ShellText.quotedInside(inner) && !inner.is("string") && !inner.is("raw_string")
                    && candidates.isPresent() || barewords(inner) && text.matches(".*[*?\\[{},\\\\].*")
                    || inner.is("concatenation") && candidates.isPresent() && inner.namedChildren().stream()
                            .filter(c -> c.is("simple_expansion") || c.is("expansion")).count() > 1
                    || inner.is("expansion") && inner.children().stream().anyMatch(c -> c.is("!"));
            if (hidden) {
                out.add(Rule.DISGUISED_COMMAND, name);
            }
            return hidden;
        }

        /** Programs that run text as shell code; calling them through a variable only hides that. */
        private static boolean runsCode(String program) {
            return Set.of("eval", "source", ".", "exec", "trap").contains(program) || ShellVocabulary.SHELLS.contains(program);
        }

        private static boolean barewords(SyntaxNode n) {
            return n.is("word") || n.is("concatenation") && n.namedChildren().stream().allMatch(c -> c.is("word"));
        }

        private void computedName(SyntaxNode command, SyntaxNode name, List<ShellCommand.Arg> args) {
            EnumSet<Origin> origins = scope.origins(name);
            if (execOfOrigins(origins, name)) {
                return;
            }
            Optional<String> tail = literalTail(name);
            if (tail.isPresent()) {
                commands.judge(new ShellCommand(BashScope.baseName(tail.get()), ShellText.shown(name), args, command));
                return;
            }
            boolean forwarded = name.text().matches("\"?\\$(\\{)?[@*1-9](})?\"?");
            if (forwarded && command.hasAncestor(a -> a.is("function_definition"))) {
                // judged where the function is called, with the command its caller passes
                return;
            }
            out.add(Rule.DYNAMIC_COMMAND, name);
        }

        /** {@code "$dir/tool"}: the directory is computed but the program's own name is written out. */
        private static Optional<String> literalTail(SyntaxNode name) {
            SyntaxNode inner = name.namedChildren().size() == 1 ? name.namedChildren().getFirst() : name;
            if (inner.is("string") && inner.namedChildren().size() == 1) {
                inner = inner.namedChildren().getFirst();
            }
            List<SyntaxNode> parts = inner.is("concatenation") || inner.is("string") ? inner.namedChildren() : List.of();
            if (parts.size() < 2) {
                return Optional.empty();
            }
            SyntaxNode last = parts.getLast();
            Optional<String> lit = last.is("string_content") ? Optional.of(last.text()) : ShellText.literal(last);
            return lit.filter(t -> t.startsWith("/") && t.length() > 1 && !t.endsWith("/") && !t.matches(".*[*?\\[{].*"));
        }

        /** Decoded or downloaded text that ends up as code; true when a finding was made. */
        private boolean execOfOrigins(EnumSet<Origin> origins, SyntaxNode at) {
            Optional<Origin> hiding = Origin.hiding(origins);
            hiding.ifPresent(o -> out.add(o.whenRun(), at));
            return hiding.isPresent();
        }

        /** Text that {@code language} will run as code: literal code is judged in its language, computed code never passes. */
        @Override
        public void literal(Language language, String code, SyntaxNode at) {
            judgeCode(language, code, at);
        }

        @Override
        public void code(Language language, SyntaxNode arg) {
            EnumSet<Origin> origins = scope.origins(arg);
            if (execOfOrigins(origins, arg)) {
                return;
            }
            if (!origins.isEmpty() && arg.contains(c -> c.is("command_substitution") || c.is("process_substitution"))) {
                if (!selfInitialising(arg)) {
                    out.add(Rule.DYNAMIC_CODE, arg);
                }
                return;
            }
            Optional<List<String>> resolved = scope.resolve(arg);
            if (resolved.isEmpty() && onlyExpansion(arg)) {
                out.add(Rule.DYNAMIC_CODE, arg);
                return;
            }
            if (resolved.isPresent()) {
                resolved.get().stream().limit(3).forEach(code -> judgeCode(language, code, arg));
            } else if (language == Language.BASH) {
                judgeCode(language, ShellText.shown(arg), arg);
            } else {
                out.add(Rule.DYNAMIC_CODE, arg);
            }
        }

        /** {@code "$x"}: the whole code is whatever the variable holds. */
        private static boolean onlyExpansion(SyntaxNode arg) {
            SyntaxNode n = arg.is("string") && arg.namedChildren().size() == 1 ? arg.namedChildren().getFirst() : arg;
            return n.is("simple_expansion") || n.is("expansion");
        }

        /** {@code eval "$(ssh-agent -s)"} and friends: tools whose whole purpose is to print shell setup. */
        private boolean selfInitialising(SyntaxNode arg) {
            List<SyntaxNode> commandsInside = arg.find(c -> c.is("command"));
            return !commandsInside.isEmpty() && commandsInside.stream().allMatch(c -> c.child("name")
                    .flatMap(ShellText::literal).map(SELF_INITIALISING::contains).orElse(false))
                    && !arg.contains(c -> c.is("simple_expansion") || c.is("expansion"));
        }

        private void judgeCode(Language language, String code, SyntaxNode at) {
            if (language != Language.BASH) {
                out.addAll(nested.judge(language, code, out.lineOf(at) - 1, depth + 1));
                return;
            }
            if (depth + 1 > MAX_OWN_NESTING) {
                out.add(Rule.TOO_COMPLEX, at, "shell code nested " + (depth + 1) + " levels deep");
                return;
            }
            Findings inner = new Findings(Language.BASH, out.lineOf(at) - 1);
            SyntaxNode root = nested.parse(Language.BASH, code, inner);
            judge(root, inner, depth + 1, BashScope.of(root, scope));
            out.addAll(inner.list());
        }

        private void redirect(SyntaxNode n) {
            Optional<SyntaxNode> dest = n.child("destination");
            if (dest.isEmpty() || dest.get().is("number") || dest.get().text().equals("-")) {
                return;
            }
            ShellCommand.Arg target = ShellCommand.Arg.of(dest.get(), scope);
            if (BashWrittenFiles.isWrite(n)) {
                commands.writeTarget(target, n);
                return;
            }
            commands.credentialArguments(List.of(target));
            Optional<String> reader = n.parent().flatMap(p -> p.is("redirected_statement") ? p.child("body") : Optional.of(p))
                    .filter(c -> c.is("command")).flatMap(this::stdinProgramReader);
            if (reader.isPresent()) {
                Language language = ShellVocabulary.interpreted(reader.get()).orElse(Language.BASH);
                if (dest.get().is("process_substitution")) {
                    code(language, dest.get());
                } else {
                    target.texts().forEach(t -> commands.ranFile(t, dest.get(), language));
                }
            }
        }

        /** A here-document or here-string fed to an interpreter is code. */
        private void stdinCode(SyntaxNode n) {
            Optional<SyntaxNode> command = n.parent().flatMap(p -> p.is("command") ? Optional.of(p) : p.child("body"));
            Optional<String> reader = command.flatMap(this::stdinProgramReader);
            Optional<Language> language = reader.flatMap(ShellVocabulary::interpreted);
            if (language.isEmpty()) {
                if (reader.isPresent()) {
                    opaque(n, n.text());
                }
                return;
            }
            Optional<SyntaxNode> body = n.is("heredoc_redirect")
                    ? n.namedChildren().stream().filter(c -> c.is("heredoc_body")).findFirst()
                    : n.namedChildren().stream().findFirst();
            body.ifPresent(b -> {
                if (b.is("heredoc_body")) {
                    EnumSet<Origin> origins = scope.origins(b);
                    if (!execOfOrigins(origins, b)) {
                        judgeCode(language.get(), b.text(), b);
                    }
                } else {
                    code(language.get(), b);
                }
            });
        }

        private void opaque(SyntaxNode at, String code) {
            out.add(ParseDamage.looksDangerous(code) ? Rule.DYNAMIC_CODE : Rule.OPAQUE_CODE, at, code);
        }

        /** A shell and a raw network tool in one pipeline (however nested): the shape of every fifo reverse shell. */
        private static boolean wiredToSocket(SyntaxNode pipeline) {
            boolean network = false;
            boolean interpreter = false;
            for (SyntaxNode c : pipeline.find(x -> x.is("command"))) {
                Optional<String> name = c.child("name").flatMap(ShellText::literal).map(BashScope::baseName);
                network |= name.filter(RAW_NETWORK::contains).isPresent() && (!name.get().equals("openssl")
                        || c.all("argument").stream().anyMatch(a -> a.text().startsWith("s_")));
                interpreter |= name.filter(ShellVocabulary::isInterpreter).isPresent();
            }
            return network && interpreter;
        }

        /** The interpreter a command is, when it reads its program from standard input ({@code sh}, {@code python3 -}). */
        private Optional<String> stdinProgramReader(SyntaxNode command) {
            Optional<String> name = command.child("name").flatMap(scope::resolve)
                    .flatMap(l -> l.stream().findFirst()).map(BashScope::baseName);
            if (name.isEmpty()) {
                return Optional.empty();
            }
            List<ShellCommand.Arg> args = command.all("argument").stream().map(a -> ShellCommand.Arg.of(a, scope)).toList();
            if (name.get().equals("xargs")) {
                // xargs sh -c {} runs each input line as code
                return args.stream().flatMap(a -> a.values().stream().flatMap(List::stream)).map(BashScope::baseName)
                        .filter(ShellVocabulary::isInterpreter).findFirst();
            }
            boolean sourcing = name.get().equals("source") || name.get().equals(".");
            if (!sourcing && !ShellVocabulary.isInterpreter(name.get())) {
                return Optional.empty();
            }
            ShellCommand c = new ShellCommand(name.get(), name.get(), args, command);
            boolean inline = args.stream().anyMatch(a -> ShellVocabulary.isInlineCodeFlag(name.get(), a.shown()));
            boolean fromStdin = c.operands().isEmpty() ? !sourcing
                    : c.operands().getFirst().is("-") || c.operands().getFirst().is("/dev/stdin") || c.hasOption("-s");
            return inline || !fromStdin ? Optional.empty() : Optional.of(sourcing ? "bash" : name.get());
        }

        /** Text piped into an interpreter is code from somewhere; a shell wired to a socket is a remote shell. */
        private void pipeline(SyntaxNode n) {
            List<SyntaxNode> stages = n.namedChildren().stream()
                    .map(s -> s.is("redirected_statement") ? s.child("body").orElse(s) : s).toList();
            if (!n.hasAncestor(a -> a.is("pipeline")) && wiredToSocket(n)) {
                out.add(Rule.REVERSE_SHELL, n);
                return;
            }
            for (int i = 1; i < stages.size(); i++) {
                SyntaxNode stage = stages.get(i);
                if (!stage.is("command") || stdinProgramReader(stage).isEmpty()) {
                    continue;
                }
                EnumSet<Origin> origins = EnumSet.noneOf(Origin.class);
                stages.subList(0, i).forEach(p -> p.find(c -> c.is("command")).forEach(c -> origins.addAll(scope.producerOrigins(c))));
                if (!execOfOrigins(origins, stage)) {
                    out.add(Rule.DYNAMIC_CODE, stage, "text piped into " + stage.text());
                }
            }
        }
    }
}

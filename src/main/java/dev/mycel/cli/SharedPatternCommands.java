package dev.mycel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mycel patterns list|show|import|export|trust|block|pending|approve|reject}: the collective's
 * store through the runtime ({@code patterns.*} on the socket). Text from other machines is printed
 * with control characters replaced, so a shared pattern cannot drive the terminal.
 */
final class SharedPatternCommands {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SharedPatternCommands() {
    }

    static String clean(String s) {
        return s.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]|[\\p{Cf}]", "?");
    }

    private static int call(String method, ObjectNode params, java.util.function.Consumer<JsonNode> print) {
        return Connected.runStarting(client -> {
            print.accept(client.call(method, params));
            return ExitCodes.OK;
        });
    }

    private static ObjectNode param(String name, String value) {
        return JsonNodeFactory.instance.objectNode().put(name, value);
    }

    @Command(name = "list", description = "The shared patterns in the store, with their authors and standing.")
    static final class ListPatterns implements Callable<Integer> {
        @Override
        public Integer call() {
            return SharedPatternCommands.call("patterns.list", null, r -> {
                System.out.println(r.path("builtIn").asInt() + " built-in patterns; this machine is " + r.path("instance").asText()
                        + "; sharing is " + (r.path("sharing").asBoolean() ? "on" : "off"));
                if (r.path("shared").isEmpty()) {
                    System.out.println("No shared patterns. Import one with: mycel patterns import FILE");
                }
                for (JsonNode p : r.path("shared")) {
                    System.out.println(p.path("address").asText().substring(0, 12) + "  " + clean(p.path("id").asText()) + "  "
                            + clean(p.path("description").asText()));
                    System.out.println("              by " + p.path("standing").asText() + ", from " + clean(p.path("source").asText()));
                }
            });
        }
    }

    @Command(name = "show", description = "One pattern: its file, author, standing and the code validator's verdict.")
    static final class Show implements Callable<Integer> {
        @Parameters(arity = "1", paramLabel = "REF", description = "An address (or its first 8+ digits) or a pattern id.")
        String ref;

        @Override
        public Integer call() {
            return SharedPatternCommands.call("patterns.show", param("ref", ref), r -> {
                if (r.path("builtIn").asBoolean()) {
                    System.out.println("built-in pattern " + r.path("id").asText());
                } else {
                    System.out.println("address  " + r.path("address").asText());
                    System.out.println("author   " + r.path("standing").asText());
                    System.out.println("created  " + r.path("created").asText() + ", from " + clean(r.path("source").asText()));
                    JsonNode v = r.path("verdict");
                    System.out.println("verdict  " + v.path("decision").asText() + ", " + v.path("risk").asText() + " risk");
                    for (JsonNode f : v.path("findings")) {
                        System.out.println("         line " + f.path("line").asInt() + ": " + clean(f.path("message").asText())
                                + " (" + f.path("rule").asText() + ")");
                    }
                }
                System.out.println();
                System.out.print(clean(r.path("toml").asText()));
            });
        }
    }

    @Command(name = "import", description = "Verify a shared pattern file and add it to the store.")
    static final class Import implements Callable<Integer> {
        @Parameters(arity = "1", paramLabel = "FILE", description = "A shared pattern (.json), or - for standard input.")
        String file;

        @Override
        public Integer call() {
            JsonNode pattern;
            try {
                pattern = JSON.readTree(SourceInput.read(null, file));
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("mycel: " + (e.getMessage() == null ? "cannot read " + file : e.getMessage().lines().findFirst().orElse("")));
                return ExitCodes.USAGE;
            }
            ObjectNode params = JsonNodeFactory.instance.objectNode();
            params.set("pattern", pattern);
            return SharedPatternCommands.call("patterns.import", params, r -> {
                System.out.println((r.path("new").asBoolean() ? "imported " : "already in the store: ") + clean(r.path("id").asText())
                        + " (" + r.path("address").asText().substring(0, 12) + ")");
                System.out.println("signed by " + r.path("standing").asText());
                if (!r.path("mayRunUnasked").asBoolean()) {
                    System.out.println("It will always ask before it runs; 'mycel patterns trust " + r.path("author").asText()
                            + "' if you trust this author.");
                }
            });
        }
    }

    @Command(name = "export", description = "Write a pattern as a signed, shareable file (built-ins are signed with this machine's key).")
    static final class Export implements Callable<Integer> {
        @Parameters(arity = "1", paramLabel = "REF", description = "An address (or its first 8+ digits) or a pattern id.")
        String ref;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path output;

        @Override
        public Integer call() {
            return Connected.runStarting(client -> {
                String text = client.call("patterns.export", param("ref", ref)).path("pattern").toString() + "\n";
                if (output == null) {
                    System.out.print(text);
                    return ExitCodes.OK;
                }
                try {
                    Files.writeString(output, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    System.err.println("mycel: " + output + " exists; choose another name");
                    return ExitCodes.FAILED;
                } catch (IOException e) {
                    System.err.println("mycel: cannot write " + output + ": " + e.getMessage());
                    return ExitCodes.FAILED;
                }
                System.err.println("wrote " + output);
                return ExitCodes.OK;
            });
        }
    }

    @Command(name = "trust", description = "Trust an author: their patterns run without asking, unless their code needs it.")
    static final class Trust implements Callable<Integer> {
        @Parameters(arity = "1", paramLabel = "KEY", description = "The author's fingerprint (ed25519:…), or its start.")
        String key;

        @Override
        public Integer call() {
            return SharedPatternCommands.call("patterns.trust", param("key", key),
                    r -> System.out.println("trusted " + r.path("author").asText()));
        }
    }

    @Command(name = "block", description = "Block an author: their patterns are never used or imported again.")
    static final class Block implements Callable<Integer> {
        @Parameters(arity = "1", paramLabel = "KEY", description = "The author's fingerprint (ed25519:…), or its start.")
        String key;

        @Override
        public Integer call() {
            return SharedPatternCommands.call("patterns.block", param("key", key),
                    r -> System.out.println("blocked " + r.path("author").asText()));
        }
    }

    @Command(name = "pending", description = "Patterns drawn from your own use, waiting for your decision before anything is shared.")
    static final class Pending implements Callable<Integer> {
        @Override
        public Integer call() {
            return SharedPatternCommands.call("patterns.pending", null, r -> {
                if (!r.path("sharing").asBoolean()) {
                    System.out.println("Sharing is off ([collective] share = false): nothing is drawn or sent.");
                }
                if (r.path("candidates").isEmpty()) {
                    System.out.println("No candidates waiting.");
                }
                for (JsonNode c : r.path("candidates")) {
                    System.out.println("── " + c.path("id").asText() + "  (" + c.path("note").asText() + ")");
                    System.out.println(clean(c.path("toml").asText()));
                }
                if (!r.path("candidates").isEmpty()) {
                    System.out.println("Share one with 'mycel patterns approve ID', drop it with 'mycel patterns reject ID'.");
                }
            });
        }
    }

    @Command(name = "approve", description = "Sign a candidate with this machine's key and share it.")
    static final class Approve implements Callable<Integer> {
        @Parameters(arity = "1", paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            return SharedPatternCommands.call("patterns.approve", param("id", id), r -> {
                System.out.println("approved " + id + " as " + r.path("address").asText());
                for (JsonNode line : r.path("published")) {
                    System.out.println("  " + clean(line.asText()));
                }
            });
        }
    }

    @Command(name = "sync", description = "Fetch, verify and store what the peers in [collective] peers have that this store lacks.")
    static final class Sync implements Callable<Integer> {
        @Override
        public Integer call() {
            return SharedPatternCommands.call("patterns.sync", null, r -> {
                if (r.path("peers").isEmpty()) {
                    System.out.println("No peers configured ([collective] peers).");
                }
                for (JsonNode p : r.path("peers")) {
                    if (p.has("problem")) {
                        System.out.println(p.path("peer").asText() + ": " + clean(p.path("problem").asText()));
                        continue;
                    }
                    System.out.println(p.path("peer").asText() + ": " + p.path("copied").asInt() + " new or already here, "
                            + p.path("refused").size() + " refused");
                    for (JsonNode x : p.path("refused")) {
                        System.out.println("  " + x.path("address").asText() + ": " + clean(x.path("reason").asText()));
                    }
                }
            });
        }
    }

    @Command(name = "stats", description = "Use and success counts of the shared patterns, with differential-privacy noise, "
            + "as they may be shared; spends from the day's ε budget.")
    static final class Stats implements Callable<Integer> {
        @Option(names = "--epsilon", defaultValue = "0.1", description = "The ε this release spends (default ${DEFAULT-VALUE}).")
        double epsilon;

        @Override
        public Integer call() {
            return SharedPatternCommands.call("patterns.stats", JsonNodeFactory.instance.objectNode().put("epsilon", epsilon), r -> {
                for (JsonNode p : r.path("patterns")) {
                    System.out.println(p.path("address").asText().substring(0, 12) + "  used " + p.path("uses").asLong()
                            + "  succeeded " + p.path("successes").asLong());
                }
                System.out.printf(java.util.Locale.ROOT, "(noisy counts, typically ±%.0f; ε %.3f spent, %.3f left today)%n",
                        r.path("typicalNoise").asDouble(), r.path("epsilon").asDouble(), r.path("remaining").asDouble());
                System.out.println(r.path("released").asBoolean() ? "Released to peers as outcome reports."
                        : "Not released: sharing is off.");
            });
        }
    }

    @Command(name = "reject", description = "Drop a candidate; it is never shared.")
    static final class Reject implements Callable<Integer> {
        @Parameters(arity = "1", paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            return SharedPatternCommands.call("patterns.reject", param("id", id), r -> System.out.println("rejected " + id));
        }
    }
}

package dev.mycel.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A compiled path rule such as {@code ~/.ssh/**}, matched against absolute, resolved paths.
 *
 * <p>Within one path segment {@code *} matches any run of characters (dots included: a
 * blocklist must not let {@code .hidden} files slip past), {@code ?} one character and
 * {@code [...]} one of a set ({@code [!...]} or {@code [^...]} negates, {@code a-z} ranges);
 * {@code \} takes the next character literally. A segment that is exactly {@code **} matches
 * any number of segments including none, so {@code ~/.ssh/**} also covers {@code ~/.ssh}
 * itself. A leading {@code ~} is the user's home; a rule that starts with neither {@code /}
 * nor {@code ~} matches at any depth ({@code id_rsa*} is {@code /**}{@code /id_rsa*}).
 *
 * <p>Matching folds case. Linux file systems are case-sensitive, but case-folding ones
 * (vfat/exfat sticks, ext4 {@code +F} directories, CIFS mounts, macOS) let {@code ~/.SSH}
 * reach {@code ~/.ssh}; a false denial of a path differing only in case costs little, a
 * missed one leaks keys. Matching is pure: no file system access.
 */
record Glob(String source, List<Segment> segments) {

    Glob {
        segments = List.copyOf(segments);
    }

    sealed interface Segment permits AnyDepth, Name {
    }

    record AnyDepth() implements Segment {
    }

    record Name(List<Token> tokens) implements Segment {
        Name {
            tokens = List.copyOf(tokens);
        }

        boolean isLiteral() {
            return tokens.stream().allMatch(t -> t instanceof Literal);
        }
    }

    sealed interface Token permits Literal, AnyChar, AnyRun, CharSet {
    }

    record Literal(int codePoint) implements Token {
    }

    record AnyChar() implements Token {
    }

    record AnyRun() implements Token {
    }

    record CharSet(boolean negated, List<Range> ranges) implements Token {
        CharSet {
            ranges = List.copyOf(ranges);
        }
    }

    record Range(int first, int last) {
    }

    /**
     * Compiles {@code pattern} with {@code ~} standing for {@code home}; the home path is taken
     * literally even if it contains glob characters.
     *
     * @throws IllegalArgumentException naming the rule when it is malformed or contains {@code ..}
     */
    static Glob compile(String pattern, Path home) {
        List<Segment> out = new ArrayList<>();
        String rest;
        if (pattern.equals("~") || pattern.startsWith("~/")) {
            home.forEach(name -> out.add(literal(name.toString())));
            rest = pattern.substring(1);
        } else if (pattern.startsWith("/")) {
            rest = pattern;
        } else {
            out.add(new AnyDepth());
            rest = pattern;
        }
        for (String part : rest.split("/", -1)) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                throw new IllegalArgumentException("policy rule '" + pattern + "': '..' is not allowed in a rule");
            }
            Segment s = part.equals("**") ? new AnyDepth() : new Name(tokens(pattern, part));
            if (!(s instanceof AnyDepth && !out.isEmpty() && out.getLast() instanceof AnyDepth)) {
                out.add(s);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("policy rule '" + pattern + "' would match every path");
        }
        return new Glob(pattern, out);
    }

    /** The leading segments that contain no wildcard, as a path: what a symlink could stand in for. */
    Optional<Path> literalPrefix() {
        int n = literalCount();
        if (n == 0) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append('/');
            ((Name) segments.get(i)).tokens().forEach(t -> sb.appendCodePoint(((Literal) t).codePoint()));
        }
        return Optional.of(Path.of(sb.toString()));
    }

    /** This rule with its literal prefix replaced by {@code realPrefix}, the prefix's resolved path. */
    Glob withPrefix(Path realPrefix) {
        List<Segment> out = new ArrayList<>();
        realPrefix.forEach(name -> out.add(literal(name.toString())));
        out.addAll(segments.subList(literalCount(), segments.size()));
        return new Glob(source, out);
    }

    boolean matches(Path absolute) {
        List<String> names = new ArrayList<>();
        absolute.forEach(n -> names.add(n.toString()));
        int s = segments.size();
        int n = names.size();
        // m[i][j]: segments from i match names from j; filled backwards so each cell reads finished ones.
        boolean[][] m = new boolean[s + 1][n + 1];
        m[s][n] = true;
        for (int i = s - 1; i >= 0; i--) {
            for (int j = n; j >= 0; j--) {
                m[i][j] = switch (segments.get(i)) {
                    case AnyDepth a -> m[i + 1][j] || (j < n && m[i][j + 1]);
                    case Name name -> j < n && m[i + 1][j + 1] && nameMatches(name.tokens(), names.get(j));
                };
            }
        }
        return m[0][0];
    }

    private int literalCount() {
        int n = 0;
        while (n < segments.size() && segments.get(n) instanceof Name name && name.isLiteral()) {
            n++;
        }
        return n;
    }

    private static boolean nameMatches(List<Token> tokens, String name) {
        int[] cps = name.codePoints().toArray();
        int t = tokens.size();
        int c = cps.length;
        boolean[][] m = new boolean[t + 1][c + 1];
        m[t][c] = true;
        for (int i = t - 1; i >= 0; i--) {
            for (int j = c; j >= 0; j--) {
                Token token = tokens.get(i);
                m[i][j] = token instanceof AnyRun
                        ? m[i + 1][j] || (j < c && m[i][j + 1])
                        : j < c && m[i + 1][j + 1] && tokenMatches(token, cps[j]);
            }
        }
        return m[0][0];
    }

    private static boolean tokenMatches(Token token, int cp) {
        return switch (token) {
            case Literal l -> fold(l.codePoint()) == fold(cp);
            case AnyChar a -> true;
            case AnyRun r -> true;
            case CharSet set -> set.negated() != inSet(set, cp);
        };
    }

    private static boolean inSet(CharSet set, int cp) {
        int[] forms = {cp, Character.toLowerCase(cp), Character.toUpperCase(cp)};
        for (Range r : set.ranges()) {
            for (int f : forms) {
                if (f >= r.first() && f <= r.last()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Upper then lower, so that characters with several case forms (such as the Kelvin sign) meet. */
    private static int fold(int cp) {
        return Character.toLowerCase(Character.toUpperCase(cp));
    }

    private static Name literal(String name) {
        return new Name(name.codePoints().mapToObj(cp -> (Token) new Literal(cp)).toList());
    }

    private static List<Token> tokens(String pattern, String part) {
        List<Token> out = new ArrayList<>();
        int[] cps = part.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp == '\\' && i + 1 < cps.length) {
                out.add(new Literal(cps[++i]));
            } else if (cp == '*') {
                if (out.isEmpty() || !(out.getLast() instanceof AnyRun)) {
                    out.add(new AnyRun());
                }
            } else if (cp == '?') {
                out.add(new AnyChar());
            } else if (cp == '[') {
                i = charSet(pattern, cps, i, out);
            } else {
                out.add(new Literal(cp));
            }
        }
        return out;
    }

    /** Parses the set opening at {@code cps[open]} into {@code out}; returns the index of its {@code ]}. */
    private static int charSet(String pattern, int[] cps, int open, List<Token> out) {
        int i = open + 1;
        boolean negated = i < cps.length && (cps[i] == '!' || cps[i] == '^');
        if (negated) {
            i++;
        }
        List<Range> ranges = new ArrayList<>();
        int start = i;
        while (i < cps.length && (cps[i] != ']' || i == start)) {
            int first = cps[i] == '\\' && i + 1 < cps.length ? cps[++i] : cps[i];
            if (i + 2 < cps.length && cps[i + 1] == '-' && cps[i + 2] != ']') {
                int last = cps[i + 2];
                if (last < first) {
                    throw new IllegalArgumentException("policy rule '" + pattern + "': range "
                            + Character.toString(first) + "-" + Character.toString(last) + " is backwards");
                }
                ranges.add(new Range(first, last));
                i += 3;
            } else {
                ranges.add(new Range(first, first));
                i++;
            }
        }
        if (i >= cps.length) {
            throw new IllegalArgumentException("policy rule '" + pattern + "': '[' is never closed");
        }
        out.add(new CharSet(negated, ranges));
        return i;
    }
}

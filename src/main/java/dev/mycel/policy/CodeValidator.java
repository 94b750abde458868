package dev.mycel.policy;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;
import org.treesitter.TreeSitterBash;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterPython;

/**
 * Judges code before it runs: parses it with tree-sitter and lets the language's rules
 * judge the syntax tree, never the raw text, so quoting and spacing tricks do not change
 * what is seen. The verdict is the strictest of all findings; code that cannot be parsed is
 * never a free pass.
 *
 * <p>Thread-safe: tree-sitter parsers are not, so every thread keeps its own (creating one
 * costs more than a whole check of a small script).
 */
public final class CodeValidator {

    /** Deeper trees are hostile or generated; checking them would cost unbounded stack. */
    private static final int MAX_DEPTH = 400;
    /** bash -c 'python -c "…"' nests languages; past this an attacker is playing games. */
    private static final int MAX_NESTING = 4;

    private final Map<Language, TSLanguage> grammars = new EnumMap<>(Map.of(
            Language.BASH, new TreeSitterBash(),
            Language.PYTHON, new TreeSitterPython(),
            Language.JAVASCRIPT, new TreeSitterJavascript()));
    private final ThreadLocal<Map<Language, TSParser>> parsers = ThreadLocal.withInitial(() -> new EnumMap<>(Language.class));

    /** The verdict on {@code code} written in {@code language}; never throws for any input text. */
    public Verdict check(Language language, String code) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(code, "code");
        return Verdict.of(judge(language, code, 0, 0));
    }

    /** Code found inside other code (a bash -c string, a python -c argument, a heredoc fed to an interpreter). */
    interface Nested {
        /** The whole judgement of nested code in another language, its findings on the caller's lines. */
        List<Finding> judge(Language language, String code, int lineOffset, int depth);

        /** Only the tree, for rules that judge nested code of their own language with what they already know. */
        SyntaxNode parse(Language language, String code, Findings out);
    }

    private final Nested nested = new Nested() {
        @Override
        public List<Finding> judge(Language language, String code, int lineOffset, int depth) {
            return CodeValidator.this.judge(language, code, lineOffset, depth);
        }

        @Override
        public SyntaxNode parse(Language language, String code, Findings out) {
            SyntaxNode root = CodeValidator.this.parse(language, code, out);
            ParseDamage.judge(root, out);
            return root;
        }
    };

    private final BashRules bash = new BashRules(nested);
    private final PythonRules python = new PythonRules(nested);
    private final JavascriptRules javascript = new JavascriptRules(nested);

    private List<Finding> judge(Language language, String code, int lineOffset, int depth) {
        Findings out = new Findings(language, lineOffset);
        SyntaxNode root = parse(language, code, out);
        if (depth > MAX_NESTING) {
            out.add(Rule.TOO_COMPLEX, root, "code nested inside code " + depth + " levels deep");
            return out.list();
        }
        ParseDamage.judge(root, out);
        switch (language) {
            case BASH -> bash.judge(root, out, depth);
            case PYTHON -> python.judge(root, out, depth);
            case JAVASCRIPT -> javascript.judge(root, out, depth);
        }
        return out.list();
    }

    private SyntaxNode parse(Language language, String text, Findings out) {
        String code = wellFormed(text);
        TSParser parser = parsers.get().computeIfAbsent(language, l -> {
            TSParser p = new TSParser();
            p.setLanguage(grammars.get(l));
            return p;
        });
        TSTree tree = parser.parseString(null, code);
        int[] charAt = charIndexByUtf8Byte(code);
        boolean[] tooDeep = {false};
        SyntaxNode root = copy(new TSTreeCursor(tree.getRootNode()), code, charAt, 0, tooDeep);
        if (tooDeep[0]) {
            out.add(Rule.TOO_COMPLEX, root, "more than " + MAX_DEPTH + " levels of nesting");
        }
        return root;
    }

    /**
     * Copies through a cursor: TSNode.getChild(i) walks the siblings before i, which makes a
     * node with many children (a large unparsable blob) cost quadratic time.
     */
    private static SyntaxNode copy(TSTreeCursor cursor, String code, int[] charAt, int depth, boolean[] tooDeep) {
        TSNode n = cursor.currentNode();
        String field = cursor.currentFieldName();
        int start = charAt == null ? n.getStartByte() : charAt[n.getStartByte()];
        int end = charAt == null ? n.getEndByte() : charAt[n.getEndByte()];
        SyntaxNode node = new SyntaxNode(n.getType(), field == null ? "" : field, n.isNamed(),
                n.isError() || n.isMissing(), start, end, n.getStartPoint().getRow() + 1, code);
        if (depth >= MAX_DEPTH) {
            tooDeep[0] |= n.getChildCount() > 0;
            return node;
        }
        if (cursor.gotoFirstChild()) {
            do {
                node.adopt(copy(cursor, code, charAt, depth + 1, tooDeep));
            } while (cursor.gotoNextSibling());
            cursor.gotoParent();
        }
        return node;
    }

    /**
     * A lone surrogate has no UTF-8 form and makes tree-sitter throw; U+FFFD keeps every other
     * character where it was, so lines and offsets still match the code as given.
     */
    private static String wellFormed(String code) {
        StringBuilder out = null;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < code.length() && Character.isLowSurrogate(code.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(code.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c) && out == null) {
                out = new StringBuilder(code.length()).append(code, 0, i);
            }
            if (out != null) {
                out.append(Character.isSurrogate(c) ? '\ufffd' : c);
            }
        }
        return out == null ? code : out.toString();
    }

    /** tree-sitter reports UTF-8 byte offsets; null means the text is ASCII and bytes are chars. */
    private static int[] charIndexByUtf8Byte(String code) {
        if (code.chars().allMatch(c -> c < 0x80)) {
            return null;
        }
        byte[] utf8 = code.getBytes(StandardCharsets.UTF_8);
        int[] map = new int[utf8.length + 1];
        int b = 0;
        for (int i = 0; i < code.length(); i++) {
            int cp = code.codePointAt(i);
            int width = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            for (int k = 0; k < width; k++) {
                map[b + k] = i;
            }
            b += width;
            if (Character.isSupplementaryCodePoint(cp)) {
                i++;
            }
        }
        map[b] = code.length();
        return map;
    }
}

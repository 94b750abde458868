package dev.mycel.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A parsed node copied out of tree-sitter into plain Java, so that the rules run without
 * native calls and the native tree can be freed as soon as parsing is done.
 *
 * <p>Text is sliced lazily from the shared source; lines are 1-based.
 */
final class SyntaxNode {

    private final String type;
    private final String field;
    private final boolean named;
    private final boolean broken;
    private final int start;
    private final int end;
    private final int line;
    private final String source;
    private final List<SyntaxNode> children = new ArrayList<>();
    private SyntaxNode parent;

    SyntaxNode(String type, String field, boolean named, boolean broken, int start, int end, int line, String source) {
        this.type = type;
        this.field = field;
        this.named = named;
        this.broken = broken;
        this.start = start;
        this.end = end;
        this.line = line;
        this.source = source;
    }

    void adopt(SyntaxNode child) {
        child.parent = this;
        children.add(child);
    }

    String type() {
        return type;
    }

    boolean is(String t) {
        return type.equals(t);
    }

    /** The grammar field this node fills in its parent ("name", "argument", ...), or "". */
    String field() {
        return field;
    }

    boolean named() {
        return named;
    }

    /** An ERROR node or a token the parser had to invent (MISSING). */
    boolean broken() {
        return broken;
    }

    int line() {
        return line;
    }

    String text() {
        return source.substring(start, end);
    }

    List<SyntaxNode> children() {
        return children;
    }

    Optional<SyntaxNode> parent() {
        return Optional.ofNullable(parent);
    }

    /** Is some node above this one (not this one) of the kind {@code test} accepts? */
    boolean hasAncestor(Predicate<SyntaxNode> test) {
        for (SyntaxNode p = parent; p != null; p = p.parent) {
            if (test.test(p)) {
                return true;
            }
        }
        return false;
    }

    List<SyntaxNode> namedChildren() {
        return children.stream().filter(SyntaxNode::named).toList();
    }

    Optional<SyntaxNode> child(String fieldName) {
        return children.stream().filter(c -> c.field.equals(fieldName)).findFirst();
    }

    List<SyntaxNode> all(String fieldName) {
        return children.stream().filter(c -> c.field.equals(fieldName)).toList();
    }

    /** Visits this node and every descendant, parents before children. */
    void walk(Consumer<SyntaxNode> visitor) {
        ArrayList<SyntaxNode> stack = new ArrayList<>();
        stack.add(this);
        while (!stack.isEmpty()) {
            SyntaxNode n = stack.removeLast();
            visitor.accept(n);
            for (int i = n.children.size() - 1; i >= 0; i--) {
                stack.add(n.children.get(i));
            }
        }
    }

    boolean contains(Predicate<SyntaxNode> test) {
        boolean[] found = {false};
        walk(n -> found[0] |= test.test(n));
        return found[0];
    }

    List<SyntaxNode> find(Predicate<SyntaxNode> test) {
        List<SyntaxNode> out = new ArrayList<>();
        walk(n -> {
            if (test.test(n)) {
                out.add(n);
            }
        });
        return out;
    }

    @Override
    public String toString() {
        return type + "@" + line + "[" + text() + "]";
    }
}

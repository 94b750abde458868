package dev.mycel.policy;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows values through a script: asks the language's expression rules for the value of a
 * node, looks variables up in the {@link Scopes}, and keeps hostile input from costing
 * unbounded time or stack (a budget of steps, a depth limit, cycles cut).
 *
 * <p>One instance judges one script; it is not thread-safe.
 */
final class Flow {

    /** The language-specific half: the value of one expression node. */
    interface Expressions {
        CodeValue evaluate(SyntaxNode expression);
    }

    /** Deep enough for any real expression; a chain of a thousand aliases is not real code. */
    private static final int MAX_DEPTH = 150;
    private static final int MAX_STEPS = 300_000;

    private final Scopes scopes;
    private Expressions expressions;
    private final Map<SyntaxNode, CodeValue> memo = new IdentityHashMap<>();
    private final Map<List<Scopes.Binding>, CodeValue> inProgress = new IdentityHashMap<>();
    private int depth;
    private int steps;
    private int cyclesCut;

    Flow(Scopes scopes) {
        this.scopes = scopes;
    }

    void use(Expressions e) {
        this.expressions = e;
    }

    Scopes scopes() {
        return scopes;
    }

    CodeValue value(SyntaxNode n) {
        if (n == null) {
            return CodeValue.unknown();
        }
        CodeValue known = memo.get(n);
        if (known != null) {
            return known;
        }
        if (depth >= MAX_DEPTH || ++steps > MAX_STEPS) {
            return CodeValue.unknown();
        }
        int cutBefore = cyclesCut;
        depth++;
        CodeValue v;
        try {
            v = expressions.evaluate(n);
        } finally {
            depth--;
        }
        // a value computed while a cycle was cut may lack what the cycle would have added
        if (cyclesCut == cutBefore) {
            memo.put(n, v);
        }
        return v;
    }

    /**
     * The value of the variable {@code name} where {@code use} is: all its bindings in source
     * order, += adding to what came before. Null when the script never binds the name.
     */
    CodeValue variable(SyntaxNode use, String name) {
        List<Scopes.Binding> bindings = scopes.lookup(use, name);
        if (bindings.isEmpty()) {
            return null;
        }
        CodeValue partial = inProgress.get(bindings);
        if (partial != null) {
            cyclesCut++;
            return partial;
        }
        CodeValue acc = null;
        inProgress.put(bindings, CodeValue.derived(List.of()));
        try {
            for (Scopes.Binding b : bindings) {
                if (depth >= MAX_DEPTH || steps > MAX_STEPS) {
                    return CodeValue.unknown();
                }
                depth++;
                CodeValue v;
                try {
                    v = b.value().apply(this);
                } finally {
                    depth--;
                }
                acc = acc == null ? v : b.augment() ? augment(acc, v) : CodeValue.merge(List.of(acc, v));
                inProgress.put(bindings, acc);
            }
        } finally {
            inProgress.remove(bindings);
        }
        return acc;
    }

    private static CodeValue augment(CodeValue before, CodeValue added) {
        if (before.number() != null && added.number() != null) {
            return CodeValue.number(before.number() + added.number());
        }
        return CodeValue.concat(before, added);
    }
}

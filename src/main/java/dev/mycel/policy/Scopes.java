package dev.mycel.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which names a script binds, in which function, to what: the table the value flow reads
 * when it meets a variable. It ignores order and branches (every assignment of a name counts),
 * which is right for judging: the code may take any branch.
 *
 * <p>The python and javascript collectors fill it; it knows nothing of either grammar except
 * which nodes open a scope.
 */
final class Scopes {

    /**
     * One way a name gets a value. {@code value} computes it when asked, so bindings can refer
     * to each other in any order; {@code augment} means it adds to the value before it (+=).
     */
    record Binding(SyntaxNode at, Function<Flow, CodeValue> value, boolean augment, SyntaxNode defines) {
        static Binding of(SyntaxNode at, Function<Flow, CodeValue> value) {
            return new Binding(at, value, false, null);
        }
    }

    /** A call of a local function, with its arguments by position and by name. */
    record CallSite(SyntaxNode call, List<SyntaxNode> positional, Map<String, SyntaxNode> named) {
    }

    private final SyntaxNode root;
    private final Predicate<SyntaxNode> opensScope;
    private final Map<SyntaxNode, Map<String, List<Binding>>> byScope = new IdentityHashMap<>();
    private final Map<SyntaxNode, List<CallSite>> calls = new IdentityHashMap<>();

    Scopes(SyntaxNode root, Predicate<SyntaxNode> opensScope) {
        this.root = root;
        this.opensScope = opensScope;
    }

    SyntaxNode root() {
        return root;
    }

    boolean opensScope(SyntaxNode n) {
        return opensScope.test(n);
    }

    /** The function (or the whole script) a node belongs to. */
    SyntaxNode scopeOf(SyntaxNode n) {
        SyntaxNode s = n.parent().orElse(null);
        while (s != null && !opensScope.test(s)) {
            s = s.parent().orElse(null);
        }
        return s == null ? root : s;
    }

    void bind(SyntaxNode scope, String name, Binding b) {
        byScope.computeIfAbsent(scope, k -> new HashMap<>()).computeIfAbsent(name, k -> new ArrayList<>()).add(b);
    }

    /** Binds in the scope the node belongs to. */
    void bindHere(SyntaxNode where, String name, Binding b) {
        bind(scopeOf(where), name, b);
    }

    /** Every binding of {@code name} visible where {@code use} is, nearest scope first; empty if none. */
    List<Binding> lookup(SyntaxNode use, String name) {
        SyntaxNode s = use;
        while (s != null) {
            if (s == root || opensScope.test(s)) {
                List<Binding> found = byScope.getOrDefault(s, Map.of()).get(name);
                if (found != null) {
                    return found;
                }
            }
            s = s.parent().orElse(null);
        }
        return List.of();
    }

    /** The scope that already binds {@code name} where {@code use} is, or the whole script: where an assignment lands. */
    SyntaxNode declaringScope(SyntaxNode use, String name) {
        for (SyntaxNode s = use; s != null; s = s.parent().orElse(null)) {
            if ((s == root || opensScope.test(s)) && byScope.getOrDefault(s, Map.of()).containsKey(name)) {
                return s;
            }
        }
        return root;
    }

    /** The function definitions a name refers to where it is used. */
    List<SyntaxNode> definitions(SyntaxNode use, String name) {
        return lookup(use, name).stream().map(Binding::defines).filter(d -> d != null).toList();
    }

    void addCall(SyntaxNode function, CallSite site) {
        calls.computeIfAbsent(function, k -> new ArrayList<>()).add(site);
    }

    List<CallSite> callsOf(SyntaxNode function) {
        return calls.getOrDefault(function, List.of());
    }
}

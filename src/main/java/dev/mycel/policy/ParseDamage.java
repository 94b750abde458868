package dev.mycel.policy;

import java.util.regex.Pattern;

/**
 * Judges the parts of the tree the parser could not make sense of. Hostile code often breaks
 * the grammar on purpose, so a parse error is never a pass: it asks for confirmation, and is
 * denied when the unparsed part mentions something dangerous.
 */
final class ParseDamage {

    private static final Pattern DANGER = Pattern.compile(
            "eval|exec|base64|b64decode|atob|fromCharCode|/dev/tcp|/dev/udp|curl|wget|\\bnc\\b|sudo|\\bsu\\b|"
                    + "\\brm\\b|chmod|chown|crontab|__\\w+__|getattr|import|require|system|subprocess|spawn|"
                    + "socket|Function|child_process|\\$\\(|`|\\$\\{|\\\\x[0-9a-fA-F]|\\bsh\\b|bash|\\.ssh|\\.aws|shadow|/etc/|\\{[\\w./-]+,");

    private ParseDamage() {
    }

    /** Words that have no place in code Mycel could not read. */
    static boolean looksDangerous(String text) {
        return DANGER.matcher(text).find();
    }

    static void judge(SyntaxNode root, Findings out) {
        root.walk(n -> {
            if (n.broken()) {
                // a MISSING token is empty; what it damaged is its parent
                SyntaxNode context = n.text().isEmpty() ? n.parent().orElse(n) : n;
                String text = context.text();
                Rule rule = looksDangerous(text) ? Rule.UNPARSED_HIDING : Rule.UNPARSED;
                out.add(rule, context, text);
            }
        });
    }
}

package dev.mycel.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys and tokens whose provider gives them a recognisable prefix (AWS, GitHub, GitLab,
 * Slack, Stripe, Google, OpenAI, Anthropic, npm, PyPI, Twilio, SendGrid, Hugging Face,
 * Shopify, DigitalOcean, Mailgun, Azure storage), the AWS secret key in an assignment, and
 * the token after {@code Bearer}. A shape's regex runs only where a token starts with its
 * literal prefix (or, for the keyword shapes, where {@link String#indexOf} finds the keyword),
 * so unrelated text costs one table look-up per token.
 */
final class ProviderKeyDetector implements Detector {
    /** One provider's format: where to look ({@code trigger}), what must match there, which group is the key. */
    private record Shape(String trigger, boolean anyCase, Pattern pattern, int group, boolean needsDigit) {
        Shape(String trigger, String regex) {
            this(trigger, false, Pattern.compile(regex), 0, true);
        }
    }

    private static final String B64URL = "[A-Za-z0-9_-]";
    private static final List<Shape> SHAPES = List.of(
            new Shape("AKIA", "AKIA[A-Z0-9]{16}(?![A-Za-z0-9])"),
            new Shape("ASIA", "ASIA[A-Z0-9]{16}(?![A-Za-z0-9])"),
            new Shape("ABIA", "ABIA[A-Z0-9]{16}(?![A-Za-z0-9])"),
            new Shape("ACCA", "ACCA[A-Z0-9]{16}(?![A-Za-z0-9])"),
            new Shape("gh", "gh[pousr]_[A-Za-z0-9]{30,255}(?![A-Za-z0-9])"),
            new Shape("github_pat_", "github_pat_[A-Za-z0-9_]{22,255}"),
            new Shape("gl", "gl(?:pat|ptt|dt|rt|cbt|oas|soat)-" + B64URL + "{20,}"),
            new Shape("xox", "xox[abposre]-[A-Za-z0-9-]{10,}"),
            new Shape("xapp-", "xapp-\\d-[A-Za-z0-9-]{10,}"),
            new Shape("hooks.slack.com/", false, Pattern.compile("hooks\\.slack\\.com/(?:services|workflows)/"
                    + "([A-Za-z0-9_/]{20,})"), 1, true),
            new Shape("sk_", "sk_(?:live|test)_[A-Za-z0-9]{10,}(?![A-Za-z0-9])"),
            new Shape("rk_", "rk_(?:live|test)_[A-Za-z0-9]{10,}(?![A-Za-z0-9])"),
            new Shape("whsec_", "whsec_[A-Za-z0-9+/=]{20,}"),
            new Shape("AIza", "AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])"),
            new Shape("ya29.", "ya29\\." + B64URL + "{20,}"),
            new Shape("sk-", "sk-(?:ant-|proj-|svcacct-|admin-)?" + B64URL + "{20,}"),
            new Shape("npm_", "npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])"),
            new Shape("pypi-", "pypi-" + B64URL + "{40,}"),
            new Shape("AC", "AC[0-9a-f]{32}(?![A-Za-z0-9])"),
            new Shape("SK", "SK[0-9a-f]{32}(?![A-Za-z0-9])"),
            new Shape("SG.", "SG\\." + B64URL + "{16,32}\\." + B64URL + "{16,64}"),
            new Shape("hf_", "hf_[A-Za-z0-9]{30,}(?![A-Za-z0-9])"),
            new Shape("shp", "shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}(?![A-Za-z0-9])"),
            new Shape("dop_v1_", "do[pro]_v1_[a-f0-9]{64}(?![A-Za-z0-9])"),
            new Shape("key-", "key-[0-9a-f]{32}(?![A-Za-z0-9])"),
            new Shape("GOCSPX-", "GOCSPX-[A-Za-z0-9_-]{24,}"),
            new Shape("sq0", "sq0(?:atp|csp)-[A-Za-z0-9_-]{22,}"),
            new Shape("lin_api_", "lin_api_[A-Za-z0-9]{32,}"),
            new Shape("PMAK-", "PMAK-[a-f0-9]{24}-[a-f0-9]{34}"),
            new Shape("ntn_", "ntn_[A-Za-z0-9]{40,}"),
            new Shape("glsa_", "glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}"),
            new Shape("dp.pt.", "dp\\.pt\\.[A-Za-z0-9]{40,}"),
            new Shape("ATATT", "ATATT[A-Za-z0-9_=-]{100,}"),
            new Shape("accountkey=", true, Pattern.compile("(?i)AccountKey=([A-Za-z0-9+/]{40,}={0,2})"), 1, false),
            new Shape("sharedaccesskey=", true, Pattern.compile("(?i)SharedAccessKey=([A-Za-z0-9+/]{40,}={0,2})"), 1, false),
            new Shape("secret", true, Pattern.compile("(?i)secret[_.-]?(?:access[_.-]?)?key[\"']?\\s*(?::|=>?|:=)\\s*"
                    + "[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])"), 1, false),
            new Shape("bearer", true, Pattern.compile("(?i)bearer\\s+([A-Za-z0-9._~+/-]{16,}=*)(?![A-Za-z0-9._~+/=-])"),
                    1, true));

    /** The case-sensitive shapes by the first character of their trigger, for a dispatch at each token start. */
    private static final Shape[][] BY_FIRST = byFirst();

    @Override
    public void find(Scanned text, List<Span> out) {
        String s = text.raw();
        Matcher[] matchers = new Matcher[SHAPES.size()];
        int resume = 0;
        for (int k = 0; k < text.wordCount(); k++) {
            int at = text.word(k);
            char c = s.charAt(at);
            if (at < resume || c >= 128) {
                continue;
            }
            for (Shape shape : BY_FIRST[c]) {
                if (s.startsWith(shape.trigger(), at)) {
                    resume = Math.max(resume, match(s, shape, at, matchers, out));
                }
            }
        }
        for (Shape shape : SHAPES) {
            if (shape.anyCase()) {
                int after = 0;
                for (int at : text.hits(shape.trigger())) {
                    after = at < after ? after : match(s, shape, at, matchers, out);
                }
            }
        }
    }

    @Override
    public java.util.Set<String> keywords() {
        return SHAPES.stream().filter(Shape::anyCase).map(Shape::trigger).collect(java.util.stream.Collectors.toSet());
    }

    /** Tries {@code shape} at {@code at}; returns the end of what it found there, or {@code at}. */
    private static int match(String s, Shape shape, int at, Matcher[] matchers, List<Span> out) {
        int index = SHAPES.indexOf(shape);
        Matcher m = matchers[index] == null ? matchers[index] = shape.pattern().matcher(s) : matchers[index];
        m.region(at, Math.min(s.length(), at + 1024));
        if (!m.lookingAt()) {
            return at;
        }
        String key = m.group(shape.group());
        if (shape.needsDigit() && !hasDigit(key)) {
            return at;
        }
        out.add(new Span(PiiType.API_KEY, m.start(shape.group()), m.end(shape.group())));
        return m.end();
    }

    private static Shape[][] byFirst() {
        Shape[][] table = new Shape[128][];
        for (int c = 0; c < 128; c++) {
            final int first = c;
            table[c] = SHAPES.stream().filter(s -> !s.anyCase() && s.trigger().charAt(0) == first).toArray(Shape[]::new);
        }
        return table;
    }

    private static boolean hasDigit(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (Scanned.isDigit(key.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

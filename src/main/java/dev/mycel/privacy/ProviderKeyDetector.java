package dev.mycel.privacy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys and tokens whose provider gives them a recognisable prefix (AWS, GitHub, GitLab,
 * Slack, Stripe, Google, OpenAI, Anthropic, npm, PyPI, Twilio, SendGrid, Hugging Face,
 * Shopify, DigitalOcean, Mailgun, Azure storage), the AWS secret key in an assignment, and
 * the token after {@code Bearer}. A shape's regex runs only where {@link Keywords} found its
 * literal prefix at the start of a token (the case checked here), so unrelated text costs nothing
 * beyond the shared keyword scan.
 */
final class ProviderKeyDetector implements Detector {
    /** One provider's format: where to look ({@code trigger}), what must match there, which group is the key. */
    private record Shape(String trigger, boolean anyCase, Pattern pattern, int group, boolean needsDigit) {
        Shape(String trigger, String regex) {
            this(trigger, false, Pattern.compile(regex), 0, true);
        }
    }

    private static final String B64URL = "[A-Za-z0-9_-]";
    private static final String GITHUB = "gh[pousr]_[A-Za-z0-9]{30,255}(?![A-Za-z0-9])";
    private static final String GITLAB = "gl(?:pat|ptt|dt|rt|cbt|oas|soat)-" + B64URL + "{20,}";
    private static final String SHOPIFY = "shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}(?![A-Za-z0-9])";
    private static final String DIGITALOCEAN = "do[pro]_v1_[a-f0-9]{64}(?![A-Za-z0-9])";
    private static final String SQUARE = "sq0(?:atp|csp)-[A-Za-z0-9_-]{22,}";
    private static final List<Shape> SHAPES = List.of(
            new Shape("AKIA", "AKIA[A-Z0-9]{16}(?![A-Za-z0-9])"),
            new Shape("ASIA", "ASIA[A-Z0-9]{16}(?![A-Za-z0-9])"),
            new Shape("ABIA", "ABIA[A-Z0-9]{16}(?![A-Za-z0-9])"),
            new Shape("ACCA", "ACCA[A-Z0-9]{16}(?![A-Za-z0-9])"),
            new Shape("ghp_", GITHUB), new Shape("gho_", GITHUB), new Shape("ghu_", GITHUB), new Shape("ghs_", GITHUB),
            new Shape("ghr_", GITHUB),
            new Shape("github_pat_", "github_pat_[A-Za-z0-9_]{22,255}"),
            new Shape("glpat-", GITLAB), new Shape("glptt-", GITLAB), new Shape("gldt-", GITLAB), new Shape("glrt-", GITLAB),
            new Shape("glcbt-", GITLAB), new Shape("gloas-", GITLAB), new Shape("glsoat-", GITLAB),
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
            new Shape("shpat_", SHOPIFY), new Shape("shpss_", SHOPIFY), new Shape("shpca_", SHOPIFY),
            new Shape("shppa_", SHOPIFY),
            new Shape("dop_v1_", DIGITALOCEAN), new Shape("dor_v1_", DIGITALOCEAN), new Shape("doo_v1_", DIGITALOCEAN),
            new Shape("key-", "key-[0-9a-f]{32}(?![A-Za-z0-9])"),
            new Shape("GOCSPX-", "GOCSPX-[A-Za-z0-9_-]{24,}"),
            new Shape("sq0atp-", SQUARE), new Shape("sq0csp-", SQUARE),
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

    /** Shapes whose trigger starts with a capital, by that letter: tried where a capitalised token starts. */
    private static final List<List<Shape>> BY_CAPITAL = byCapital();

    @Override
    public void find(Scanned text, List<Span> out) {
        String s = text.raw();
        Matcher[] matchers = new Matcher[SHAPES.size()];
        int resume = 0;
        for (int k = 0; k < text.capitalCount(); k++) {
            int at = text.capital(k);
            char c = s.charAt(at);
            if (at >= resume && c >= 'A' && c <= 'Z') {
                for (Shape shape : BY_CAPITAL.get(c - 'A')) {
                    if (s.startsWith(shape.trigger(), at)) {
                        resume = Math.max(resume, match(s, shape, at, matchers, out));
                    }
                }
            }
        }
        for (Shape shape : SHAPES) {
            if (capitalised(shape)) {
                continue;
            }
            int after = 0;
            for (int at : text.hits(shape.trigger().toLowerCase(Locale.ROOT))) {
                if (at < after || !shape.anyCase() && (!s.startsWith(shape.trigger(), at)
                        || at > 0 && Character.isLetterOrDigit(s.charAt(at - 1)))) {
                    continue; // "task_live_…" is not a Stripe key, "MACxxxx" not a Twilio SID
                }
                after = match(s, shape, at, matchers, out);
            }
        }
    }

    @Override
    public java.util.Set<String> keywords() {
        return SHAPES.stream().filter(shape -> !capitalised(shape)).map(shape -> shape.trigger().toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static boolean capitalised(Shape shape) {
        char c = shape.trigger().charAt(0);
        return !shape.anyCase() && c >= 'A' && c <= 'Z';
    }

    private static List<List<Shape>> byCapital() {
        List<List<Shape>> table = new java.util.ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            final char first = c;
            table.add(SHAPES.stream().filter(s -> capitalised(s) && s.trigger().charAt(0) == first).toList());
        }
        return List.copyOf(table);
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

    private static boolean hasDigit(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (Scanned.isDigit(key.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

package dev.mycel.web;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The policy for static surfaces: text formatting, blocks, lists, tables and images whose source is
 * an inline raster {@code data:} URL; no script, no event handlers, no links, no forms, no frames,
 * no {@code <style>}, {@code <base>}, {@code <meta>} or {@code <link>}, and style attributes only from
 * the sanitizer's CSS allow-list, which carries no {@code url()}. The surface CSP forbids fetching
 * anyway; this makes a static page inert even if that header were lost.
 */
final class SurfaceSanitizer {
    private static final Pattern RASTER_DATA_URL =
            Pattern.compile("data:image/(?:png|gif|jpeg|webp);base64,[A-Za-z0-9+/=\\s]+");

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.STYLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("ul", "ol", "li", "dl", "dt", "dd", "pre", "code", "hr", "br", "figure", "figcaption",
                            "section", "article", "header", "footer", "main", "aside", "nav", "small", "mark", "kbd", "samp")
                    .allowAttributes("start", "type").onElements("ol")
                    .allowAttributes("colspan", "rowspan").matching(Pattern.compile("[0-9]{1,3}")).onElements("td", "th")
                    .allowAttributes("title", "lang").globally()
                    .toFactory())
            .and(new HtmlPolicyBuilder()
                    .allowElements("img")
                    .allowUrlProtocols("data")
                    .allowAttributes("src").matching(RASTER_DATA_URL).onElements("img")
                    .allowAttributes("alt", "width", "height").onElements("img")
                    .toFactory());

    private SurfaceSanitizer() {
    }

    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}

package dev.mycel.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * JSON Web Tokens: three base64url parts joined by dots whose first part decodes to a JSON
 * object with an {@code "alg"} member. Found by the {@code ey} every JSON header encodes to
 * ({@code {"} is {@code eyJ}, <code>{ "</code> is {@code eyAi}); the signature may be empty
 * ({@code alg: none}).
 */
final class JwtDetector implements Detector {

    @Override
    public void find(Scanned text, List<Span> out) {
        String s = text.raw();
        for (int at = s.indexOf("ey"); at >= 0; at = s.indexOf("ey", at + 1)) {
            if (at > 0 && isPart(s.charAt(at - 1))) {
                continue;
            }
            int headerEnd = partEnd(s, at);
            if (headerEnd - at < 10 || headerEnd >= s.length() || s.charAt(headerEnd) != '.') {
                continue;
            }
            int payloadEnd = partEnd(s, headerEnd + 1);
            if (payloadEnd - headerEnd < 3 || payloadEnd >= s.length() || s.charAt(payloadEnd) != '.') {
                continue;
            }
            int end = partEnd(s, payloadEnd + 1);
            if (end < s.length() && (s.charAt(end) == '.' || s.charAt(end) == '=')) {
                continue; // a fourth part: JWE or something else dotted
            }
            if (header(s.substring(at, headerEnd))) {
                out.add(new Span(PiiType.JWT, at, end));
                at = end - 1;
            }
        }
    }

    private static int partEnd(String s, int i) {
        while (i < s.length() && isPart(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isPart(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    private static boolean header(String part) {
        try {
            String json = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8).strip();
            return json.startsWith("{") && json.endsWith("}") && json.contains("\"alg\"");
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}

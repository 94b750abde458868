package dev.mycel.web;

/**
 * A request the web zone will not serve; thrown from a check and turned into a bare status by
 * {@link WebErrors}, the web zone's one error mapper. The text is generic on purpose: a refused
 * client learns the status and nothing about why.
 */
final class Refused extends RuntimeException {
    private final int status;
    private final String text;

    private Refused(int status, String text) {
        super(text, null, false, false);
        this.status = status;
        this.text = text;
    }

    static Refused misdirected() {
        return new Refused(421, "");
    }

    static Refused forbidden() {
        return new Refused(403, "");
    }

    static Refused unauthenticated() {
        return new Refused(401, "Not logged in. Run ./mycel ui for a login link.");
    }

    static Refused notFound() {
        return new Refused(404, "Not found.");
    }

    static Refused badRequest(String why) {
        return new Refused(400, why);
    }

    static Refused busy(String why) {
        return new Refused(409, why);
    }

    static Refused tooMany() {
        return new Refused(429, "Too many requests.");
    }

    int status() {
        return status;
    }

    String text() {
        return text;
    }
}

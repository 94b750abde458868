package dev.mycel.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Measures redaction throughput on a few MB of mixed text — prose, e-mails, log lines, config
 * files, source code, JSON, HTML, stack traces, git logs and CSV rows, about one finding in
 * every 150 bytes (denser than most real text, so the figure errs low) — redacted whole,
 * pass after pass, after a warm-up so the JIT has compiled the detectors. MB are 10^6 bytes of
 * UTF-8. {@code ./mycel bench} prints the figures.
 */
public final class RedactionBench {
    private static final List<String> PIECES = List.of(
            "Hi team,\nthe quarterly report is attached. Revenue grew 12%% over Q3 and churn fell to 2.1%%; see the "
                    + "dashboard for the breakdown by region. Let's discuss on Thursday at 10:30.\n",
            "Dear Ms. Garcia,\nthank you for your order #%d. It ships to %d Maple Avenue, Springfield, IL 62704 "
                    + "within 3-5 days. Questions? Write to support@shop.example.com or call +1 415-555-%04d.\n",
            "2024-03-%02d 10:15:%02d INFO  [http-nio-8080-exec-%d] c.e.api.OrderController - GET /api/orders/%d "
                    + "200 in 14ms from 10.1.%d.%d user=jane.doe@example.org\n",
            "2024-03-%02d 10:15:%02d WARN  [pool-2-thread-%d] c.e.db.Pool - connection %d slow (1200ms), retrying; "
                    + "version 4.2.%d, request id 9f8c2a1e-%04d-4c5d-9e2f-0a1b2c3d4e5f\n",
            "[database]\nhost = db.internal\nport = 5432\nuser = app\npassword = S3cure!pass%d\npool_size = 20\n"
                    + "timeout_ms = 3000\n",
            "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport GITHUB_TOKEN=ghp_%036d\nexport LOG_LEVEL=info\n",
            "def summarize(rows):\n    total = sum(r['amount'] for r in rows)\n    avg = total / max(len(rows), 1)\n"
                    + "    return {'total': round(total, 2), 'avg': avg, 'count': len(rows)}  # v%d\n",
            "function retry(fn, attempts = %d) {\n  for (let i = 0; i < attempts; i++) {\n    try { return fn(); } "
                    + "catch (e) { console.warn(`attempt ${i} failed`, e.message); }\n  }\n  throw new Error('gave up');\n}\n",
            "id,name,email,phone,dob\n%d,Emily Watson,emily.watson%d@example.com,(212) 555-%04d,1985-03-12\n"
                    + "%d,Robert Brown,rbrown@example.net,312-555-0147,1979-11-30\n",
            "Card on file: 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, SSN 078-05-%04d. "
                    + "Server mac 00:1a:2b:3c:4d:%02d, build 3f786850e387550fdab836ed7e6dc881de23001b.\n",
            "The committee met on 12 March 2024 and approved items 4.1 to 4.7. Attendance was 37 of 41; the next "
                    + "meeting is planned for the week of the %dth. Minutes will follow.\n",
            "{\"status\": \"ok\", \"page\": %d, \"per_page\": 50, \"items\": [{\"id\": %d, \"sku\": \"WX-%d\", "
                    + "\"price\": 19.99, \"tags\": [\"sale\", \"new\"], \"updated_at\": \"2024-02-%02dT08:00:00Z\"}]}\n",
            "Exception in thread \"main\" java.lang.IllegalStateException: pool exhausted (%d of 64 in use)\n"
                    + "\tat com.example.db.Pool.acquire(Pool.java:%d)\n\tat com.example.api.Handler.handle(Handler.java:88)\n"
                    + "\tat java.base/java.lang.Thread.run(Thread.java:1583)\n",
            "## Installation\n\nRun `make install` (needs Go 1.22 or newer). The binary lands in `~/.local/bin`; "
                    + "add it to your PATH. See docs/config.md for the %d options and CHANGELOG.md for release %d.\n",
            "<div class=\"card\"><h2>Plan %d</h2><p>Up to %d users, 50 GB storage and priority support.</p>"
                    + "<a href=\"/pricing#plan-%d\" class=\"btn btn-primary\">Choose</a></div>\n",
            "jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
                    + "      - name: Run Tests\n        run: ./gradlew test --parallel --max-workers=%d\n",
            "SELECT o.id, o.total, c.region FROM orders o JOIN customers c ON c.id = o.customer_id "
                    + "WHERE o.created_at > '2024-01-01' AND o.total > %d ORDER BY o.total DESC LIMIT 100;\n",
            "commit 9fceb02d0ae598e95dc970b74767f19372d61af8\nAuthor: Daniel Kim <daniel.kim@example.com>\n"
                    + "Date:   Tue Mar %d 14:02:11 2024 +0100\n\n    Fix race in cache eviction (#%d)\n");

    /** One measurement: the text's size, how many passes were timed, the median throughput. */
    public record Figures(int bytes, int runs, int warmUps, double medianMbPerSecond, double medianMs, int findings) {

        @Override
        public String toString() {
            return String.format("redaction, %.1f MB of mixed text, %d passes after %d warm-up passes (target >= 20 MB/s):"
                    + "%n  median %6.1f MB/s  (%.0f ms a pass, %d findings)", bytes / 1e6, runs, warmUps,
                    medianMbPerSecond, medianMs, findings);
        }
    }

    private RedactionBench() {
    }

    public static String run(int runs) {
        return measure(4_000_000, runs, Math.max(3, runs)).toString();
    }

    public static Figures measure(int bytes, int runs, int warmUps) {
        if (runs < 1 || warmUps < 0 || bytes < 1000) {
            throw new IllegalArgumentException("at least 1 run and 1000 bytes, not " + runs + " and " + bytes);
        }
        String text = text(bytes);
        int size = text.getBytes(StandardCharsets.UTF_8).length;
        Redactor redactor = new Redactor();
        int findings = 0;
        for (int i = 0; i < warmUps; i++) {
            findings = redactor.redact(text, new Pseudonyms()).findings().size();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            findings = redactor.redact(text, new Pseudonyms()).findings().size();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[runs / 2];
        return new Figures(size, runs, warmUps, size / 1e6 / (median / 1000), median, findings);
    }

    /** About {@code bytes} of mixed text, the same every time (seeded). */
    static String text(int bytes) {
        Random random = new Random(42);
        StringBuilder b = new StringBuilder(bytes + 1024);
        while (b.length() < bytes) {
            String piece = PIECES.get(random.nextInt(PIECES.size()));
            Object[] args = new Object[8];
            for (int k = 0; k < args.length; k++) {
                args[k] = random.nextInt(9000) + 10;
            }
            args[1] = random.nextInt(60);
            args[0] = random.nextInt(28) + 1;
            b.append(String.format(piece, args)).append('\n');
        }
        return b.toString();
    }
}

package dev.mycel.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text with no PII must come through untouched: source code in several languages, build and
 * deployment files, logs and documentation. Each line here is a false positive that an earlier
 * version produced on real files (the Python standard library, /etc, this repository).
 */
class OrdinaryTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "backend.auditTail(n).forEach(a::add);",
        "Code that cannot be parsed is never a pass: it is asked about, and denied",
        "Pattern.compile(\"-----BEGIN [A-Z ]*PRIVATE KEY-----\");",
        "double msPerToken = 60_000.0 / perMinute;",
        "const init = { method, headers: {}, credentials: 'same-origin', cache: 'no-store' };",
        "def __init__(self, display_name=None, addresses=None, parent=None):",
        "# token          = 1*tchar",
        "credentials = '{0}:{1}'.format(user, passwd).encode()",
        "headers[\"Authorization\"] = \"Basic %s\" % auth",
        "self.username, self.password = credentials\nself.passwd = password_mgr",
        "exposed, token = result\nuserid = passwd = acct = ''",
        "Token = Ignore + PlainToken\nnode_token = current_ast_node.value",
        "fmt = 'password:%s' % pw",
        "# https://tools.ietf.org/html/rfc7231#section-7.1.1.1",
        ">>> ExtendedContext.quantize(Decimal('+35236450.6'), Decimal('1e-2'))",
        "NAME=\"Debian GNU/Linux\"\nVERSION_ID=\"12\"",
        "<privateKey>/path/to/private/key</privateKey>",
        "<passphrase>optional; leave empty if not used.</passphrase>",
        "b.sendLine(\"{\\\"params\\\":{\\\"token\\\":\\\"\" + token + \"\\\"}}\");",
        "sl=${PWD:0:1}",
        "console.log(ok ? 'PASS' : 'FAIL');",
        "The password is incorrect. The PIN is required.",
        "# platforms.  This is Very Helpful.",
        "The James Webb Space Telescope launched on 25 December 2021.",
        "let m = parse(\"page=2&limit=50&sort=created_at&token=abc\");",
    })
    void lines_that_once_were_false_positives(String text) {
        Marked.clean(text);
    }

    @Test
    void java_source() {
        Marked.clean("""
                package com.example.orders;

                import java.time.Duration;
                import java.util.List;

                /** Retries a call with exponential back-off; see RFC 7231 section 7.1.3. */
                public final class Retry {
                    private static final int MAX_ATTEMPTS = 5;
                    private static final Duration BASE = Duration.ofMillis(250);

                    public <T> T call(Callable<T> fn, String token) throws Exception {
                        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                            try {
                                return fn.call();
                            } catch (java.io.IOException e) {
                                Thread.sleep(BASE.toMillis() << attempt);
                            }
                        }
                        throw new IllegalStateException("gave up after " + MAX_ATTEMPTS + " attempts");
                    }

                    List<Integer> ports() {
                        return List.of(80, 443, 8080, 8443, 5432);
                    }
                }
                """);
    }

    @Test
    void deployment_files() {
        Marked.clean("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: orders-api
                  labels: {app: orders, tier: backend}
                spec:
                  replicas: 3
                  template:
                    spec:
                      containers:
                        - name: api
                          image: registry.example.com/orders-api:2.14.1
                          ports: [{containerPort: 8080}]
                          env:
                            - name: DB_PASSWORD
                              valueFrom: {secretKeyRef: {name: orders-db, key: password}}
                            - name: JAVA_OPTS
                              value: "-Xmx512m -XX:+UseG1GC"
                          resources: {limits: {cpu: 500m, memory: 1Gi}}
                """);
        Marked.clean("""
                FROM eclipse-temurin:21-jre
                WORKDIR /app
                COPY target/orders-api-2.14.1.jar app.jar
                EXPOSE 8080
                HEALTHCHECK --interval=30s CMD curl -f http://localhost:8080/health || exit 1
                ENTRYPOINT ["java", "-jar", "app.jar"]
                """);
        Marked.clean("""
                {
                  "name": "orders-ui",
                  "version": "3.2.0",
                  "scripts": {"build": "vite build", "test": "vitest run --coverage"},
                  "dependencies": {"react": "^18.2.0", "@tanstack/react-query": "5.28.4"},
                  "engines": {"node": ">=18.17.1"}
                }
                """);
    }

    @Test
    void logs_and_metrics() {
        Marked.clean("""
                2024-03-12T09:41:07.118Z INFO  Starting Application v2.14.1 (pid 48213)
                2024-03-12 09:41:09,502 WARN  [pool-2-thread-7] retrying request 3/5 after 2000 ms
                Mar 12 09:41:10 web-7 kernel: [12345.678901] eth0: link up, 1000 Mbps, full duplex
                GET /api/v2/orders?page=2&limit=50 HTTP/1.1 200 1532 0.023 "Mozilla/5.0 (X11; Linux x86_64)"
                cpu=37.5% mem=1.2GiB gc_pause_ms=12 threads=214 uptime=86400s build=20240312.7
                java.lang.IllegalStateException: pool exhausted (64 of 64 in use)
                \tat com.example.db.Pool.acquire(Pool.java:118)
                \tat java.base/java.lang.Thread.run(Thread.java:1583)
                """);
    }

    @Test
    void sql_and_shell() {
        Marked.clean("""
                SELECT o.id, o.total, c.region FROM orders o JOIN customers c ON c.id = o.customer_id
                WHERE o.created_at >= '2024-01-01' AND o.total > 100 ORDER BY o.total DESC LIMIT 50;
                for f in *.csv; do wc -l "$f"; done | sort -n | tail -5
                tar -czf backup-2024-03-12.tgz --exclude='*.log' /srv/app && echo "done in ${SECONDS}s"
                """);
    }
}

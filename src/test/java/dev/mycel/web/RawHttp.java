package dev.mycel.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends one hand-written HTTP/1.1 request over a plain socket, for what java.net.http will not
 * send: a foreign, empty or missing Host, or a hand-made WebSocket upgrade.
 */
final class RawHttp {
    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    static Response send(int port, String request) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            s.setSoTimeout(3000);
            s.getOutputStream().write(request.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            return parse(readHead(s.getInputStream()));
        }
    }

    static Response get(int port, String path, String hostLine, String... extraHeaders) throws IOException {
        StringBuilder r = new StringBuilder("GET " + path + " HTTP/1.1\n");
        if (hostLine != null) {
            r.append(hostLine).append('\n');
        }
        for (String h : extraHeaders) {
            r.append(h).append('\n');
        }
        r.append("Connection: close\n\n");
        return send(port, r.toString());
    }

    /** Reads the status line and headers, plus whatever body arrives before the peer closes or goes quiet. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                String sofar = out.toString(StandardCharsets.UTF_8);
                if (complete(sofar)) {
                    break; // an accepted upgrade or a kept-alive answer does not close by itself
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            // a kept-open connection: what arrived is the answer
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean complete(String sofar) {
        int end = sofar.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        if (sofar.startsWith("HTTP/1.1 101")) {
            return true;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(sofar.substring(0, end));
        return m.find() && sofar.getBytes(StandardCharsets.UTF_8).length - end - 4 >= Integer.parseInt(m.group(1));
    }

    private static Response parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        String head = end < 0 ? raw : raw.substring(0, end);
        String body = end < 0 ? "" : raw.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = lines.length == 0 || lines[0].length() < 12 ? -1 : Integer.parseInt(lines[0].substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
        }
        return new Response(status, headers, body);
    }
}

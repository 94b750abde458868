package dev.mycel.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback listener that records every TCP connection made to it, with the first bytes sent,
 * ("connect", then "sent: FIRST LINE" when bytes arrive) and answers like a permissive web server. Stricter than logging HTTP requests: a preconnect or a
 * WebSocket attempt counts as a hit too.
 */
final class Beacon implements AutoCloseable {
    final List<String> hits = new CopyOnWriteArrayList<>();
    private final ServerSocket socket;
    private final Thread acceptor;

    Beacon() throws IOException {
        socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        acceptor = Thread.ofVirtual().start(this::acceptLoop);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                Thread.ofVirtual().start(() -> record(s));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void record(Socket s) {
        hits.add("connect");
        try (s) {
            s.setSoTimeout(1000);
            byte[] buf = new byte[512];
            InputStream in = s.getInputStream();
            int n;
            try {
                n = in.read(buf);
            } catch (java.net.SocketTimeoutException e) {
                n = 0;
            }
            if (n > 0) {
                hits.add("sent: " + new String(buf, 0, n, StandardCharsets.ISO_8859_1).lines().findFirst().orElse(""));
            }
            s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nAccess-Control-Allow-Origin: *\r\n"
                    + "Content-Length: 2\r\nConnection: close\r\n\r\nok").getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            hits.add("(connection broke: " + e.getMessage() + ")");
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        acceptor.interrupt();
    }
}

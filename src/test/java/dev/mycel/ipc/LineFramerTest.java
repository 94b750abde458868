package dev.mycel.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineFramerTest {

    @Test
    void splitsLinesAndEndsAtEof() throws IOException {
        assertThat(texts(framer("one\ntwo\n\nthree\n", 100))).containsExactly("one", "two", "", "three", "END");
    }

    @Test
    void unterminatedTailIsNotALine() throws IOException {
        assertThat(texts(framer("whole\nhalf", 100))).containsExactly("whole", "END");
    }

    @Test
    void carriageReturnStaysInTheLine() throws IOException {
        assertThat(texts(framer("a\r\n", 100))).containsExactly("a\r", "END");
    }

    @Test
    void linesSpanningManyOneByteReadsAreReassembled() throws IOException {
        String big = "x".repeat(5000);
        LineFramer f = new LineFramer(oneByteAtATime((big + "\nok\n").getBytes(StandardCharsets.US_ASCII)), 8192);
        assertThat(texts(f)).containsExactly(big, "ok", "END");
    }

    @Test
    void capIsInclusiveAndLongerLinesAreReportedBySize() throws IOException {
        LineFramer f = framer("12345\n123456\nafter\n", 5);
        assertThat(f.next()).isInstanceOfSatisfying(Frame.Line.class, l -> assertThat(l.bytes()).hasSize(5));
        assertThat(f.next()).isEqualTo(new Frame.Oversized(6));
        assertThat(f.next()).isInstanceOfSatisfying(Frame.Line.class,
                l -> assertThat(new String(l.bytes(), StandardCharsets.US_ASCII)).isEqualTo("after"));
        assertThat(f.next()).isInstanceOf(Frame.End.class);
    }

    @Test
    void endlessLineIsCountedNotKept() throws IOException {
        long n = 50L << 20;
        ReadableByteChannel endless = new ReadableByteChannel() {
            long left = n;

            @Override
            public int read(ByteBuffer dst) {
                if (left == 0) {
                    dst.put((byte) '\n');
                    left = -1;
                    return 1;
                }
                if (left < 0) {
                    return -1;
                }
                int k = (int) Math.min(dst.remaining(), left);
                for (int i = 0; i < k; i++) {
                    dst.put((byte) 'z');
                }
                left -= k;
                return k;
            }

            @Override
            public boolean isOpen() {
                return true;
            }

            @Override
            public void close() {
            }
        };
        LineFramer f = new LineFramer(endless, 1024);
        assertThat(f.next()).isEqualTo(new Frame.Oversized(n));
        assertThat(f.next()).isInstanceOf(Frame.End.class);
    }

    @Test
    void tracksWhetherALineIsUnderway() throws IOException {
        LineFramer f = new LineFramer(oneByteAtATime("ab\n".getBytes(StandardCharsets.US_ASCII)), 10);
        assertThat(f.inLine()).isFalse();
        long before = System.nanoTime();
        f.next();
        assertThat(f.inLine()).as("a finished line is not underway").isFalse();
        assertThat(f.lineStartNanos()).isGreaterThanOrEqualTo(before);
        LineFramer half = framer("abc", 10);
        half.next();
        assertThat(half.inLine()).as("EOF in the middle of a line").isTrue();
    }

    private static LineFramer framer(String s, int max) {
        return new LineFramer(Channels.newChannel(new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII))), max);
    }

    private static ReadableByteChannel oneByteAtATime(byte[] bytes) {
        return new ReadableByteChannel() {
            int pos;

            @Override
            public int read(ByteBuffer dst) {
                if (pos == bytes.length) {
                    return -1;
                }
                dst.put(bytes[pos++]);
                return 1;
            }

            @Override
            public boolean isOpen() {
                return true;
            }

            @Override
            public void close() {
            }
        };
    }

    private static List<String> texts(LineFramer f) throws IOException {
        List<String> out = new ArrayList<>();
        while (true) {
            switch (f.next()) {
                case Frame.Line l -> out.add(new String(l.bytes(), StandardCharsets.US_ASCII));
                case Frame.Oversized o -> out.add("OVERSIZED " + o.droppedBytes());
                case Frame.End e -> {
                    out.add("END");
                    return out;
                }
            }
        }
    }
}

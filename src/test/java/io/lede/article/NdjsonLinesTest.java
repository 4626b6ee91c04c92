package io.lede.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

    private static List<NdjsonLines.Line> lines(InputStream in, int max) throws IOException {
        NdjsonLines reader = new NdjsonLines(in, max);
        List<NdjsonLines.Line> lines = new ArrayList<>();
        for (NdjsonLines.Line line; (line = reader.next()) != null;) {
            lines.add(line);
        }
        return lines;
    }

    private static List<NdjsonLines.Line> lines(String text, int max) throws IOException {
        return lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    }

    private static String text(NdjsonLines.Line line) {
        return new String(line.content(), StandardCharsets.UTF_8);
    }

    @Test
    void skipsBlankLinesButKeepsTheirNumbers() throws IOException {
        List<NdjsonLines.Line> lines = lines("a\n\n  \nb\r\nc", 100);

        assertThat(lines).extracting(NdjsonLines.Line::number).containsExactly(1L, 4L, 5L);
        assertThat(lines).extracting(NdjsonLinesTest::text).containsExactly("a", "b", "c");
    }

    @Test
    void anOversizedLineIsReportedWithoutItsContentAndReadingGoesOn() throws IOException {
        List<NdjsonLines.Line> lines = lines("short\n" + "x".repeat(1000) + "\nnext\n", 10);

        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).oversized()).isTrue();
        assertThat(text(lines.get(2))).isEqualTo("next");
        assertThat(lines.get(2).number()).isEqualTo(3);
    }

    @Test
    void linesLongerThanTheReadBufferStayWhole() throws IOException {
        String longLine = "é".repeat(100_000);
        List<NdjsonLines.Line> lines = lines(longLine + "\n" + longLine, 1_000_000);

        assertThat(lines).extracting(NdjsonLinesTest::text).containsExactly(longLine, longLine);
    }

    @Test
    void readsStreamsThatDeliverOneByteAtATime() throws IOException {
        InputStream trickle = new ByteArrayInputStream("one\ntwo\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };

        assertThat(lines(trickle, 100)).extracting(NdjsonLinesTest::text).containsExactly("one", "two");
    }

    @Test
    void emptyStreamHasNoLines() throws IOException {
        assertThat(lines("", 10)).isEmpty();
        assertThat(lines("\n\n", 10)).isEmpty();
    }
}

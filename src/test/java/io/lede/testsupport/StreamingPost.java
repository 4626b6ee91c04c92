package io.lede.testsupport;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client that sends a chunked request body while it reads the response on the calling thread,
 * as a streaming client does. (java.net.http only starts reading a response once the whole body is sent, which
 * would hide whether the server streams.)
 */
public final class StreamingPost {

    /** What came back: the status, whether the body was streamed (chunked), and what the handler returned. */
    public record Result<T>(int status, boolean chunked, T value) {
    }

    /** Reads a response body. */
    public interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    private StreamingPost() {
    }

    public static <T> Result<T> post(int port, String path, String contentType, InputStream body, BodyReader<T> reader)
            throws IOException, InterruptedException {
        try (Socket socket = new Socket("localhost", port)) {
            Thread sender = new Thread(() -> send(socket, path, contentType, body), "streaming-post-sender");
            sender.start();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            int status = Integer.parseInt(line(in).split(" ")[1]);
            boolean chunked = false;
            for (String header; !(header = line(in)).isEmpty();) {
                chunked |= header.toLowerCase(Locale.ROOT).replace(" ", "").equals("transfer-encoding:chunked");
            }
            T value = reader.read(chunked ? new Dechunked(in) : in);
            sender.join();
            return new Result<>(status, chunked, value);
        }
    }

    private static void send(Socket socket, String path, String contentType, InputStream body) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] buffer = new byte[32 * 1024];
            for (int n; (n = body.read(buffer)) >= 0;) {
                if (n > 0) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(buffer, 0, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) >= 0 && b != '\n';) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    /** The payload of a chunked body. */
    private static final class Dechunked extends InputStream {
        private final InputStream in;
        private long remaining;
        private boolean done;

        Dechunked(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (done) {
                return -1;
            }
            if (remaining == 0) {
                String size = line(in);
                if (size.isEmpty()) {
                    size = line(in); // the CRLF that ends the previous chunk
                }
                remaining = Long.parseLong(size.split(";")[0].trim(), 16);
                if (remaining == 0) {
                    done = true;
                    return -1;
                }
            }
            int n = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (n < 0) {
                throw new IOException("Response ended inside a chunk");
            }
            remaining -= n;
            return n;
        }
    }
}

package peacegraph;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tiny Bolt client: handshake (Bolt 5.0 or 4.4), HELLO with basic auth, {@code RETURN 1}.
 * It exists because the official Java driver needs Netty 4.2 while the server uses Netty 4.1,
 * so the two cannot share a classpath. Only what the readiness check needs is implemented.
 *
 * <p>CLI: {@code BoltPing [port]} (password from NEO4J_PASSWORD); exit 0 when an authenticated
 * query succeeded, 1 otherwise.
 */
public final class BoltPing {
    private static final int SUCCESS = 0x70, RECORD = 0x71, FAILURE = 0x7F;

    public static void main(String[] args) {
        int port = Integer.parseInt(args.length > 0 ? args[0] : env("NEO4J_BOLT_PORT", "7687"));
        try {
            ping("127.0.0.1", port, "neo4j", env("NEO4J_PASSWORD", "peacegraph-dev"));
            System.out.println("bolt://127.0.0.1:" + port + " answered RETURN 1 as neo4j");
        } catch (Exception e) {
            System.out.println("bolt://127.0.0.1:" + port + " check failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Retries {@link #ping} until it succeeds or {@code timeout} passes. */
    static void check(String host, int port, String user, String password, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                ping(host, port, user, password);
                return;
            } catch (Exception e) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("Bolt check failed after " + timeout.toSeconds() + "s: " + e.getMessage(), e);
                }
                Thread.sleep(500);
            }
        }
    }

    /** One authenticated {@code RETURN 1} over Bolt; throws with the server's message on failure. */
    static void ping(String host, int port, String user, String password) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5000);
            socket.setSoTimeout(10000);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            DataInputStream in = new DataInputStream(socket.getInputStream());

            // Magic preamble, then four version proposals: 5.0, 4.4.
            out.writeInt(0x6060B017);
            out.writeInt(0x00000005);
            out.writeInt(0x00000404);
            out.writeInt(0);
            out.writeInt(0);
            out.flush();
            int version = in.readInt();
            if (version == 0) {
                throw new IOException("server accepted none of Bolt 5.0 / 4.4");
            }

            Map<String, Object> hello = new LinkedHashMap<>();
            hello.put("user_agent", "peacegraph-boltping/1");
            hello.put("scheme", "basic");
            hello.put("principal", user);
            hello.put("credentials", password);
            send(out, 0x01, hello);
            expect(in, "HELLO", SUCCESS);

            send(out, 0x10, "RETURN 1 AS n", Map.of(), Map.of());
            expect(in, "RUN", SUCCESS);
            send(out, 0x3F, Map.of("n", -1L));
            List<Object> record = expect(in, "PULL", RECORD);
            if (!List.of(List.of(1L)).equals(record)) {
                throw new IOException("unexpected record " + record);
            }
            expect(in, "PULL", SUCCESS);
            send(out, 0x02); // GOODBYE
        }
    }

    private static List<Object> expect(DataInputStream in, String what, int signature) throws IOException {
        Message m = receive(in);
        if (m.signature == FAILURE) {
            Object meta = m.fields.isEmpty() ? Map.of() : m.fields.get(0);
            Map<?, ?> map = meta instanceof Map<?, ?> mm ? mm : Map.of();
            throw new IOException(what + " failed: " + map.get("code") + ": " + map.get("message"));
        }
        if (m.signature != signature) {
            throw new IOException(what + ": unexpected message 0x" + Integer.toHexString(m.signature));
        }
        return m.fields;
    }

    // ---- chunked transport -------------------------------------------------------------

    private static void send(DataOutputStream out, int signature, Object... fields) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        buf.write(0xB0 | fields.length);
        buf.write(signature);
        for (Object f : fields) {
            pack(buf, f);
        }
        byte[] body = buf.toByteArray(); // our messages are far below the 64 KiB chunk limit
        out.writeShort(body.length);
        out.write(body);
        out.writeShort(0);
        out.flush();
    }

    private record Message(int signature, List<Object> fields) {}

    private static Message receive(DataInputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        while (true) {
            int size = in.readUnsignedShort();
            if (size == 0) {
                if (buf.size() == 0) {
                    continue; // NOOP keep-alive chunk
                }
                break;
            }
            buf.write(in.readNBytes(size));
        }
        DataInputStream body = new DataInputStream(new java.io.ByteArrayInputStream(buf.toByteArray()));
        int marker = body.readUnsignedByte();
        if ((marker & 0xF0) != 0xB0) {
            throw new IOException("malformed Bolt message");
        }
        int signature = body.readUnsignedByte();
        List<Object> fields = new ArrayList<>();
        for (int i = 0; i < (marker & 0x0F); i++) {
            fields.add(unpack(body));
        }
        return new Message(signature, fields);
    }

    // ---- PackStream (the subset we send, and enough to read replies) -------------------

    private static void pack(ByteArrayOutputStream out, Object v) throws IOException {
        if (v instanceof String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            if (b.length < 16) {
                out.write(0x80 | b.length);
            } else if (b.length < 256) {
                out.write(0xD0);
                out.write(b.length);
            } else {
                out.write(0xD1);
                out.write(b.length >> 8);
                out.write(b.length & 0xFF);
            }
            out.write(b);
        } else if (v instanceof Long n && n >= -16 && n < 128) {
            out.write(n.intValue() & 0xFF);
        } else if (v instanceof Map<?, ?> m && m.size() < 16) {
            out.write(0xA0 | m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                pack(out, e.getKey());
                pack(out, e.getValue());
            }
        } else {
            throw new IllegalArgumentException("cannot pack " + v);
        }
    }

    private static Object unpack(DataInputStream in) throws IOException {
        int m = in.readUnsignedByte();
        int hi = m & 0xF0, lo = m & 0x0F;
        if (m < 0x80 || m >= 0xF0) return (long) (byte) m; // tiny int
        if (hi == 0x80) return string(in, lo);
        if (hi == 0x90) return list(in, lo);
        if (hi == 0xA0) return map(in, lo);
        if (hi == 0xB0) { // struct (node, date, ...): keep its fields
            in.readUnsignedByte();
            return list(in, lo);
        }
        switch (m) {
            case 0xC0: return null;
            case 0xC1: return in.readDouble();
            case 0xC2: return false;
            case 0xC3: return true;
            case 0xC8: return (long) in.readByte();
            case 0xC9: return (long) in.readShort();
            case 0xCA: return (long) in.readInt();
            case 0xCB: return in.readLong();
            case 0xCC: return in.readNBytes(in.readUnsignedByte());
            case 0xCD: return in.readNBytes(in.readUnsignedShort());
            case 0xCE: return in.readNBytes(in.readInt());
            case 0xD0: return string(in, in.readUnsignedByte());
            case 0xD1: return string(in, in.readUnsignedShort());
            case 0xD2: return string(in, in.readInt());
            case 0xD4: return list(in, in.readUnsignedByte());
            case 0xD5: return list(in, in.readUnsignedShort());
            case 0xD6: return list(in, in.readInt());
            case 0xD8: return map(in, in.readUnsignedByte());
            case 0xD9: return map(in, in.readUnsignedShort());
            case 0xDA: return map(in, in.readInt());
            default: throw new IOException("unsupported PackStream marker 0x" + Integer.toHexString(m));
        }
    }

    private static String string(DataInputStream in, int size) throws IOException {
        return new String(in.readNBytes(size), StandardCharsets.UTF_8);
    }

    private static List<Object> list(DataInputStream in, int size) throws IOException {
        List<Object> l = new ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(unpack(in));
        return l;
    }

    private static Map<String, Object> map(DataInputStream in, int size) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) m.put((String) unpack(in), unpack(in));
        return m;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? fallback : v;
    }
}

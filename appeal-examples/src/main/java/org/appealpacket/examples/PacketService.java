package org.appealpacket.examples;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.appealpacket.AppealException;
import org.appealpacket.AppealPacket;
import org.appealpacket.AppealPackets;
import org.appealpacket.PacketRequest;
import org.appealpacket.AppealValidationException;
import org.appealpacket.ExhibitException;
import org.appealpacket.Problem;
import org.appealpacket.json.CaseJson;
import org.appealpacket.json.CaseReading;
import org.jspecify.annotations.Nullable;

/**
 * How an intake application serves packets over HTTP: a case file in, the packet PDF out.
 *
 * <pre>
 * POST /packets[?today=yyyy-MM-dd]     Content-Type: application/json     body: the case file
 *   200  application/pdf               the packet; X-Packet-Pages and X-Packet-SHA256 headers
 *   422  application/json              {"problems": [{"path": …, "code": …, "message": …}, …]}
 *                                      or {"exhibit": {"label": …, "file": …, "kind": …, "reason": …}}
 *   400 a bad today; 404 another path; 405 another method; 413 a body over 16 MB; 415 not JSON;
 *   500 anything else, with no detail
 * </pre>
 *
 * <p>Exhibits come from one folder the service is configured with (the intake application's
 * document store): each exhibit's {@code file} is resolved inside it and may not leave it, so a
 * request can name only documents already there and cannot upload files or read others. No
 * response and no log line quotes a case value; a problem names its field path and code.
 *
 * <p>The server runs each request on a virtual thread and shares one {@link AppealPackets}; stop it
 * with {@link #close()}.
 */
public final class PacketService implements AutoCloseable {
    /** The one path the service answers. */
    public static final String PATH = "/packets";
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final HttpServer server;
    private final ExecutorService threads;
    private final AppealPackets packets;
    private final Path exhibits;

    private PacketService(HttpServer server, ExecutorService threads, AppealPackets packets, Path exhibits) {
        this.server = server;
        this.threads = threads;
        this.packets = packets;
        this.exhibits = exhibits;
    }

    /**
     * Starts a service.
     *
     * @param address where to listen; port 0 chooses a free port ({@link #port()})
     * @param packets the shared engine (templates, clock, options)
     * @param exhibits the folder exhibit files are resolved inside
     */
    public static PacketService start(InetSocketAddress address, AppealPackets packets, Path exhibits)
            throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        PacketService service = new PacketService(server, threads, Objects.requireNonNull(packets, "packets"),
                Objects.requireNonNull(exhibits, "exhibits"));
        server.createContext("/", service::handle);
        server.setExecutor(threads);
        server.start();
        return service;
    }

    /** The port the service listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops accepting requests, lets running ones finish for up to a second, and stops. */
    @Override
    public void close() {
        server.stop(1);
        threads.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            if (!PATH.equals(uri.getPath())) {
                plain(exchange, 404, "not found: the service answers POST " + PATH);
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                plain(exchange, 405, "method not allowed: POST a case file");
                return;
            }
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                plain(exchange, 415, "unsupported media type: send the case file as application/json");
                return;
            }
            LocalDate today;
            try {
                today = today(uri.getRawQuery());
            } catch (DateTimeParseException | IllegalArgumentException e) {
                plain(exchange, 400, "bad request: today must be a date in the form yyyy-MM-dd");
                return;
            }
            CaseReading reading;
            try (InputStream body = exchange.getRequestBody()) {
                reading = CaseJson.read(body);
                if (body.read() != -1) {
                    plain(exchange, 413, "content too large: a case file is at most 16 MB");
                    return;
                }
            }
            assemble(exchange, reading, today);
        } catch (IOException | RuntimeException e) {
            // The client went away, or something failed that says nothing a client can act on.
            if (exchange.getResponseCode() == -1) {
                plain(exchange, 500, "the packet could not be made");
            }
        }
    }

    private void assemble(HttpExchange exchange, CaseReading read, @Nullable LocalDate today) throws IOException {
        // The request's day, when it gives one, decides what is in the future; else the service's clock.
        CaseReading reading = read.checkedBy(c -> request(c, today).check());
        if (reading.appealCase().isEmpty()) {
            problems(exchange, reading.problems());
            return;
        }
        PacketRequest request = request(reading.appealCase().get(), today);
        AppealPacket packet;
        try {
            packet = request.assemble();
        } catch (AppealValidationException e) {
            problems(exchange, e.problems());
            return;
        } catch (ExhibitException e) {
            exhibit(exchange, e);
            return;
        } catch (AppealException e) {
            plain(exchange, 500, "the packet could not be made");
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/pdf");
        exchange.getResponseHeaders().set("X-Packet-Pages", Integer.toString(packet.pageCount()));
        exchange.getResponseHeaders().set("X-Packet-SHA256", packet.sha256());
        byte[] pdf = packet.toByteArray();
        exchange.sendResponseHeaders(200, pdf.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(pdf);
        }
    }

    private PacketRequest request(org.appealpacket.model.AppealCase appealCase, @Nullable LocalDate today) {
        PacketRequest request = packets.request(appealCase).folder(exhibits);
        return today == null ? request : request.today(today);
    }

    /** {@code today=yyyy-MM-dd} from the query, or null without one. */
    static @Nullable LocalDate today(@Nullable String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        LocalDate today = null;
        for (String pair : query.split("&")) {
            if (pair.startsWith("today=")) {
                String value = pair.substring("today=".length());
                if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new IllegalArgumentException("not yyyy-MM-dd");
                }
                today = LocalDate.parse(value);
            } else {
                throw new IllegalArgumentException("unknown parameter");
            }
        }
        return today;
    }

    private static void problems(HttpExchange exchange, List<Problem> problems) throws IOException {
        json(exchange, 422, g -> {
            g.writeArrayFieldStart("problems");
            for (Problem p : problems) {
                g.writeStartObject();
                g.writeStringField("path", p.path());
                g.writeStringField("code", p.code().name());
                g.writeStringField("message", p.message());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    private static void exhibit(HttpExchange exchange, ExhibitException e) throws IOException {
        json(exchange, 422, g -> {
            g.writeObjectFieldStart("exhibit");
            g.writeStringField("label", e.label());
            g.writeStringField("file", e.file());
            g.writeStringField("kind", e.kind().name());
            g.writeStringField("reason", e.reason());
            g.writeEndObject();
        });
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static void json(HttpExchange exchange, int status, Body body) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(buffer, JsonEncoding.UTF8)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        }
        send(exchange, status, "application/json", buffer.toByteArray());
    }

    private static void plain(HttpExchange exchange, int status, String message) throws IOException {
        // A plain answer may come before the request body was read to its end. Read what is left
        // (within a bound), so that a client still sending gets the answer instead of a reset; and
        // close the connection, saying so, so that no client reuses it.
        discardBody(exchange);
        exchange.getResponseHeaders().set("Connection", "close");
        send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Reads and drops what is left of the request body, up to twice the case-file limit. */
    private static void discardBody(HttpExchange exchange) {
        byte[] buffer = new byte[64 * 1024];
        long left = 2 * CaseJson.MAX_FILE_BYTES;
        try {
            InputStream body = exchange.getRequestBody();
            for (int n; left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
                left -= n;
            }
        } catch (IOException e) {
            // The client stopped sending; the refusal is still sent, and the connection closed.
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}

package org.migkb.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service under hostile requests: each is refused with a 4xx JSON error naming no Java class, and the rest goes on. */
class AbuseTest {

    private static final Path EXAMPLE = Path.of("examples/q182665-edited-user-list").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "abuse-boundary-51c2";
    private static final long LIMIT = 64 * 1024;
    private static MigkbServer server;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = MigkbServer.start(ServerSettings.defaults().withPort(0).withLimits(LIMIT, 10)
                .withTimeouts(Duration.ofSeconds(1), 1000));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A 4xx answer whose body is a JSON error that names no Java class or local path. */
    private static JsonNode clientError(int status, HttpResponse<String> response) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.headers().toString());
        JsonNode error = JSON.readTree(response.body());
        assertEquals(status, error.get("status").asInt());
        assertFalse(response.body().matches("(?s).*\\b(java|org|com|jakarta|io)\\.[a-z]+\\..*"), response.body());
        assertFalse(response.body().contains(System.getProperty("user.dir")), response.body());
        return error;
    }

    private static HttpResponse<String> post(String contentType, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/diagnoses"))
                .header("Content-Type", contentType).POST(body).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aChunkedJsonBodyOverTheLimitIsRefusedWhileItStreams() throws Exception {
        // Valid JSON, four times the limit, sent without a Content-Length.
        byte[] event = "{\"source\": \"MSExchangeMig\", \"eventId\": 7026},".getBytes(StandardCharsets.US_ASCII);
        List<InputStream> parts = new ArrayList<>();
        parts.add(new java.io.ByteArrayInputStream("{\"events\": [".getBytes(StandardCharsets.US_ASCII)));
        for (long sent = 0; sent < 4 * LIMIT; sent += event.length) {
            parts.add(new java.io.ByteArrayInputStream(event));
        }
        parts.add(new java.io.ByteArrayInputStream("{\"source\": \"x\", \"eventId\": 1}]}".getBytes(StandardCharsets.US_ASCII)));
        HttpResponse<String> response = post("application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(parts))));
        assertTrue(clientError(413, response).get("error").asText().contains("limit of " + LIMIT + " bytes"));
    }

    @Test
    void deeplyNestedOrHugeJsonIsRefusedByALimit() throws Exception {
        String nested = "{\"events\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        JsonNode deep = clientError(413, post("application/json", HttpRequest.BodyPublishers.ofString(nested)));
        assertTrue(deep.get("error").asText().contains("nested deeper than " + JsonFacts.MAX_NESTING_DEPTH), deep.toString());
        JsonNode broken = clientError(400, post("application/json", HttpRequest.BodyPublishers.ofString("{\"events\": [}")));
        assertTrue(broken.get("error").asText().contains("line 1, column"), broken.toString());
    }

    @Test
    void aThousandAndOnePartsAreRefusedByCount() throws Exception {
        StringBuilder body = new StringBuilder(); // small parts, so that the whole stays under the size limit
        for (int i = 0; i <= MigkbServer.MAX_PARTS; i++) {
            body.append("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n");
        }
        body.append("--b--\r\n");
        assertTrue(body.length() < LIMIT);
        JsonNode error = clientError(413, post("multipart/form-data; boundary=b", HttpRequest.BodyPublishers.ofString(body.toString())));
        assertTrue(error.get("error").asText().contains("more than " + MigkbServer.MAX_PARTS + " parts"), error.toString());
    }

    @Test
    void malformedMultipartIsABadRequest() throws Exception {
        clientError(400, post("multipart/form-data; boundary=" + BOUNDARY, HttpRequest.BodyPublishers.ofString("no parts here at all")));
        String unfinished = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.csv\"\r\n\r\nabc";
        clientError(400, post("multipart/form-data; boundary=" + BOUNDARY, HttpRequest.BodyPublishers.ofString(unfinished)));
        clientError(400, post("multipart/form-data", HttpRequest.BodyPublishers.ofString("--x\r\n")));
    }

    @Test
    void hostileFileNamesAreCitedEscapedAndCut() throws Exception {
        // Jetty reads a tab in a part header as a space; a C1 control such as CSI comes through and is escaped.
        String cited = citedName(uploadNamed("../a\tb\u009Bc" + "x".repeat(900) + ".csv", 200));
        assertTrue(cited.startsWith("../a b\\u009Bcxxx"), cited);
        assertTrue(cited.length() <= MigkbServer.MAX_CITED_NAME && cited.endsWith("..."), cited.length() + " " + cited);
        assertFalse(cited.chars().anyMatch(Character::isISOControl), cited);
        // Jetty refuses NUL, ESC and DEL in a part's headers, and a header line over 998 characters,
        // as the malformed requests they are.
        for (String name : List.of("a\u0000b.csv", "a\u001Bb.csv", "a\u007Fb.csv", "y".repeat(5000))) {
            JsonNode error = clientError(400, uploadNamed(name, 400));
            assertTrue(error.get("error").asText().matches(".*(Illegal character|Header Line Exceeded).*"), error.toString());
        }
    }

    private static String citedName(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body()).get("inputs").get(0).get("path").asText();
    }

    private static HttpResponse<String> uploadNamed(String name, int expected) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Files.readAllBytes(EXAMPLE.resolve("users.csv")));
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = post("multipart/form-data; boundary=" + BOUNDARY,
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        assertEquals(expected, response.statusCode(), response.body());
        return response;
    }

    @Test
    void citationNamesKeepOrdinaryNamesAndEscapeTheRest() {
        assertEquals("case/users.csv", MigkbServer.citationName("C:\\case\\users.csv"));
        assertEquals("tab\\u0009name.csv", MigkbServer.citationName("tab\tname.csv"));
        assertEquals("upload", MigkbServer.citationName("/"));
    }

    @Test
    void slowClientsAreCutOffWhileHealthAnswers() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Socket socket = new Socket("127.0.0.1", server.port());
                socket.setSoTimeout(15_000);
                socket.getOutputStream().write(("POST /api/v1/diagnoses HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 60000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            Socket slowHeaders = new Socket("127.0.0.1", server.port());
            slowHeaders.setSoTimeout(15_000);
            slowHeaders.getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
            slow.add(slowHeaders);
            List<String> answers = new ArrayList<>(List.of("", "", "", ""));
            long until = System.nanoTime() + Duration.ofSeconds(12).toNanos();
            for (int round = 0; System.nanoTime() < until && answers.contains(""); round++) {
                assertEquals(200, http.get("/health").statusCode());
                for (int i = 0; i < 3; i++) {
                    if (answers.get(i).isEmpty()) {
                        try {
                            slow.get(i).getOutputStream().write(' '); // a byte every 300 ms: far below 1000 B/s
                        } catch (IOException closed) {
                            answers.set(i, "closed");
                        }
                    }
                }
                Thread.sleep(300);
                for (int i = 0; i < slow.size(); i++) {
                    if (answers.get(i).isEmpty() && slow.get(i).getInputStream().available() > 0) {
                        answers.set(i, readAll(slow.get(i)));
                    }
                }
                if (round > 8) { // the idle timeout (1 s) has long passed: the slow headers' connection is closed
                    if (answers.get(3).isEmpty()) {
                        String answer = readAll(slowHeaders);
                        answers.set(3, answer.isEmpty() ? "closed" : answer);
                    }
                }
            }
            for (int i = 0; i < 3; i++) {
                String answer = answers.get(i);
                assertTrue(answer.equals("closed") || answer.startsWith("HTTP/1.1 408"), "slow body " + i + ": " + answer);
            }
            String headers = answers.get(3);
            assertTrue(headers.equals("closed") || headers.startsWith("HTTP/1.1 408"), "slow headers: " + headers);
            assertEquals(200, http.get("/health").statusCode());
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aLyingContentLengthIsAClientError() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(("POST /api/v1/diagnoses HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 5000\r\n\r\n{\"events\": [").getBytes(StandardCharsets.US_ASCII));
            String answer = readAll(socket); // the body stops short; the idle timeout ends the wait
            assertFalse(answer.contains(" 500 ") || answer.matches("(?s).*\\b(java|org)\\.[a-z]+\\..*"), answer);
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertFalse(answer.contains(NOT_CLOSED), "the idle timeout ends the exchange: " + answer);
        }
    }

    @Test
    void securityHeadersOnThePageAndTheApiAndNoCors() throws Exception {
        for (String path : List.of("/", "/app.js", "/api/v1/articles", "/health", "/no/such/page")) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + path)).header("Origin", "http://evil.example").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertNull(response.headers().firstValue("Access-Control-Allow-Origin").orElse(null), path);
        }
    }

    @Test
    void healthRevealsNoLocalPath() throws Exception {
        String health = http.get("/health").body();
        assertFalse(health.contains(System.getProperty("user.dir")) || health.contains(System.getProperty("java.home")), health);
    }

    private static final String NOT_CLOSED = "[still open]";

    /** What the server sends until it closes the connection (or nothing more comes for the socket's timeout). */
    private static String readAll(Socket socket) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                got.write(buffer, 0, n);
                if (got.toString(StandardCharsets.UTF_8).contains("\r\n\r\n{") && got.toString(StandardCharsets.UTF_8).endsWith("}")) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            got.writeBytes(NOT_CLOSED.getBytes(StandardCharsets.UTF_8));
        } catch (java.net.SocketException e) {
            // reset by the server: what came so far is the answer
        }
        return got.toString(StandardCharsets.UTF_8);
    }
}

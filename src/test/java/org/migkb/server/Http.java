package org.migkb.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A small HTTP client for the service tests: GET, JSON POST and multipart upload (the JDK has no multipart writer). */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String BOUNDARY = "migkb-test-boundary-7d1f";

    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String json) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/diagnoses"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> upload(List<Path> files, List<String> answers) throws IOException, InterruptedException {
        return CLIENT.send(uploadRequest(files, answers), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> uploadAsync(List<Path> files, List<String> answers) throws IOException {
        return CLIENT.sendAsync(uploadRequest(files, answers), HttpResponse.BodyHandlers.ofString());
    }

    /** The same upload sent chunked, without a Content-Length for the server to check first. */
    HttpResponse<String> uploadChunked(List<Path> files) throws IOException, InterruptedException {
        HttpRequest sized = uploadRequest(files, List.of());
        byte[] body = multipartBody(files, List.of());
        HttpRequest chunked = HttpRequest.newBuilder(sized.uri())
                .header("Content-Type", sized.headers().firstValue("Content-Type").orElseThrow())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build();
        return CLIENT.send(chunked, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest uploadRequest(List<Path> files, List<String> answers) throws IOException {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/diagnoses"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(files, answers))).build();
    }

    private static byte[] multipartBody(List<Path> files, List<String> answers) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Path file : files) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(Files.readAllBytes(file));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        for (String answer : answers) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"answer\"\r\n\r\n" + answer + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** The files of a case folder, in name order. */
    static List<Path> filesOf(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** What {@code migkb diagnose . --format json} prints when run inside the folder (so it cites files by name). */
    static String cliJson(Path folder, String... answers) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dmigkb.cache=" + System.getProperty("migkb.cache"),
                org.migkb.cli.Main.class.getName(), "diagnose", ".", "--format", "json"));
        for (String answer : answers) {
            command.add("--answer");
            command.add(answer);
        }
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}

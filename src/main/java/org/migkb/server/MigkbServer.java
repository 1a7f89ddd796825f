package org.migkb.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.migkb.api.Diagnoser;
import org.migkb.engine.RuleCompileException;
import org.migkb.engine.RuleRunException;
import org.migkb.facts.Answer;
import org.migkb.facts.Answers;
import org.migkb.ingest.CaseData;
import org.migkb.knowledge.Article;
import org.migkb.report.JsonReportWriter;
import org.migkb.report.Report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The migkb HTTP service. Every route is in {@link #ROUTES}, registered from there, and described
 * by the OpenAPI document served at {@code /openapi.json} (a test checks the two agree).
 */
public final class MigkbServer implements AutoCloseable {

    /** A route: method and path, as Javalin and the OpenAPI document write them. */
    public record Route(String method, String path) {
    }

    /** Every route the service answers. */
    public static final List<Route> ROUTES = List.of(
            new Route("GET", "/health"),
            new Route("GET", "/api/v1/articles"),
            new Route("GET", "/api/v1/articles/{id}"),
            new Route("GET", "/api/v1/rules"),
            new Route("POST", "/api/v1/diagnoses"),
            new Route("GET", "/openapi.json"),
            new Route("GET", "/schemas/report.schema.json"));

    /** Where the build puts the API documents on the class path. */
    static final String API_DOCS = "migkb/api/";

    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final ServerSettings settings;
    private final RuleReloader rules;
    private final Javalin app;

    private MigkbServer(ServerSettings settings, RuleReloader rules, Javalin app) {
        this.settings = settings;
        this.rules = rules;
        this.app = app;
    }

    /**
     * Starts the service.
     *
     * @throws RuleCompileException when the rule folders have errors at start
     */
    public static MigkbServer start(ServerSettings settings) throws IOException, RuleCompileException {
        RuleReloader rules = new RuleReloader(settings.ruleFolders(), settings.limits(), settings.reloadEvery());
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(JSON, false));
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxRequestBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(settings.maxRequestBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/migkb/web";
                files.location = Location.CLASSPATH;
            });
        });
        MigkbServer server = new MigkbServer(settings, rules, app);
        Map<Route, Handler> handlers = server.handlers();
        for (Route route : ROUTES) {
            app.addHttpHandler(HandlerType.valueOf(route.method()), route.path(), handlers.get(route));
        }
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            String message = String.valueOf(e.getMessage());
            if (message.contains("exceeds") || message.contains("too large") || message.contains("413")) {
                error(ctx, 413, "the request is larger than the limit of " + settings.maxRequestBytes() + " bytes");
            } else {
                error(ctx, 500, "internal error: " + e);
            }
        });
        app.error(404, ctx -> {
            // Keep the service's own JSON errors (no such article); replace Javalin's plain text.
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith("application/json")) {
                error(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path());
            }
        });
        app.start(settings.bind(), settings.port());
        return server;
    }

    private Map<Route, Handler> handlers() {
        Map<Route, Handler> handlers = new LinkedHashMap<>();
        handlers.put(ROUTES.get(0), this::health);
        handlers.put(ROUTES.get(1), ctx -> ctx.json(rules.current().rules().articles().articles()));
        handlers.put(ROUTES.get(2), this::article);
        handlers.put(ROUTES.get(3), ctx -> ctx.json(rules.current().rules().rules()));
        handlers.put(ROUTES.get(4), this::diagnose);
        handlers.put(ROUTES.get(5), ctx -> document(ctx, "openapi.json"));
        handlers.put(ROUTES.get(6), ctx -> document(ctx, "report.schema.json"));
        return handlers;
    }

    /** The port the service listens on (useful when started on port 0). */
    public int port() {
        return app.port();
    }

    private void health(Context ctx) {
        RuleReloader.State state = rules.current();
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", state.problems().isEmpty() ? "ok" : "degraded");
        health.put("rules", state.rules().rules().size());
        health.put("articles", state.rules().articles().articles().size());
        health.put("rulesGeneration", state.generation());
        health.put("ruleProblems", state.problems());
        ctx.json(health);
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id").toUpperCase(java.util.Locale.ROOT);
        Article article = rules.current().rules().articles().article(id)
                .orElseThrow(() -> new ApiException(404, "no article " + id));
        ctx.json(article);
    }

    private static void document(Context ctx, String name) {
        try (InputStream in = MigkbServer.class.getClassLoader().getResourceAsStream(API_DOCS + name)) {
            if (in == null) {
                throw new ApiException(500, name + " is missing from the build");
            }
            ctx.contentType("application/json").result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Diagnoses an upload of case files (multipart) or a JSON body of facts; answers the CLI's JSON contract. */
    private void diagnose(Context ctx) throws IOException {
        long length = ctx.contentLength();
        if (length > settings.maxRequestBytes()) {
            throw new ApiException(413, "the request has " + length + " bytes; the limit is " + settings.maxRequestBytes());
        }
        Diagnoser diagnoser = rules.current().diagnoser(); // taken once: a reload does not touch this request
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        Report report;
        if (type.startsWith("application/json")) {
            JsonNode body;
            try {
                body = JSON.readTree(ctx.bodyInputStream());
            } catch (IOException e) {
                throw new ApiException(400, "the body is not valid JSON: " + e.getMessage());
            }
            JsonFacts.Parsed parsed = JsonFacts.parse(body);
            report = run(() -> diagnoser.diagnose(parsed.data(), parsed.answers()));
        } else if (type.startsWith("multipart/form-data")) {
            report = diagnoseUpload(ctx, diagnoser);
        } else {
            throw new ApiException(415, "send the case as multipart/form-data (files, answer) or as application/json");
        }
        // Nothing readable is the client's problem, but the report still says why, file by file.
        ctx.status(CaseData.anythingRead(report.inputs()) ? 200 : 422);
        ctx.contentType("application/json").result(new JsonReportWriter().toJson(report));
    }

    private Report diagnoseUpload(Context ctx, Diagnoser diagnoser) throws IOException {
        List<UploadedFile> uploads = ctx.uploadedFiles("files");
        if (uploads.isEmpty()) {
            throw new ApiException(400, "no files: upload the case's files in the form field 'files'");
        }
        if (uploads.size() > settings.maxFiles()) {
            throw new ApiException(400, uploads.size() + " files; the limit is " + settings.maxFiles());
        }
        List<Answer> answers = new ArrayList<>();
        for (String answer : ctx.formParams("answer")) {
            try {
                answers.add(Answers.parse(answer));
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, e.getMessage());
            }
        }
        List<Diagnoser.NamedStream> inputs = new ArrayList<>();
        for (UploadedFile upload : uploads.stream().sorted(Comparator.comparing(UploadedFile::filename)).toList()) {
            inputs.add(new Diagnoser.NamedStream(citationName(upload.filename()), upload.content()));
        }
        try {
            return run(() -> {
                try {
                    return diagnoser.diagnoseStreams(inputs, answers);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } finally {
            for (Diagnoser.NamedStream input : inputs) {
                input.content().close();
            }
        }
    }

    /** The uploaded file's name as citations show it: forward slashes, no leading slash or drive. */
    private static String citationName(String uploaded) {
        String name = uploaded == null || uploaded.isBlank() ? "upload" : uploaded.replace('\\', '/');
        return name.replaceFirst("^[A-Za-z]:", "").replaceFirst("^/+", "");
    }

    private interface Diagnosis {
        Report get();
    }

    private static Report run(Diagnosis diagnosis) {
        try {
            return diagnosis.get();
        } catch (RuleRunException e) {
            throw new ApiException(503, "the rules could not finish: " + e.getMessage());
        }
    }

    private static void error(Context ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message);
        ctx.status(status).json(body);
    }

    @Override
    public void close() {
        app.stop();
        rules.close();
    }
}

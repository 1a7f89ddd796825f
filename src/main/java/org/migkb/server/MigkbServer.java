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
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.migkb.api.Diagnoser;
import org.migkb.api.Versions;
import org.migkb.engine.RuleCompileException;
import org.migkb.engine.RuleRunException;
import org.migkb.facts.Answer;
import org.migkb.ingest.CaseData;
import org.migkb.knowledge.Article;
import org.migkb.report.JsonReportWriter;
import org.migkb.report.Report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
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
            new Route("GET", "/schemas/report.schema.json"),
            new Route("GET", "/api/v1/questions"));

    /** Where the build puts the API documents on the class path. */
    static final String API_DOCS = "migkb/api/";

    /** A stuck thread ends only if its rule does: a client should wait longer than for a full queue. */
    private static final int STUCK_RETRY_AFTER_SECONDS = 60;

    /** The most parts (files and answers) a form may have; Jetty refuses more while counting, before reading them all. */
    static final int MAX_PARTS = 1000;

    /** The longest uploaded file name cited; longer names are cut (they are only ever cited, never used as paths). */
    static final int MAX_CITED_NAME = 255;

    /** Sent with every answer, page and API alike: no inline script or style, no sniffing, no framing. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                    + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MigkbServer.class);

    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final ServerSettings settings;
    private final RuleReloader rules;
    private final Javalin app;
    private final DiagnosisGate gate;
    private final StuckRuleThreads stuck = new StuckRuleThreads();

    private MigkbServer(ServerSettings settings, RuleReloader rules, Javalin app) {
        this.settings = settings;
        this.rules = rules;
        this.app = app;
        this.gate = new DiagnosisGate(settings.maxConcurrent(), settings.maxQueued());
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
            config.jetty.modifyServletContextHandler(context -> context.setMaxFormKeys(MAX_PARTS));
            // A body slower than this gets 408 (a byte every few seconds no longer holds a thread for ever);
            // headers and a body that stop altogether are closed at the idle timeout.
            config.jetty.modifyHttpConfiguration(http -> http.setMinRequestDataRate(settings.minBodyBytesPerSecond()));
            config.jetty.addConnector((jetty, http) -> {
                ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
                connector.setHost(settings.bind());
                connector.setPort(settings.port());
                connector.setIdleTimeout(settings.idleTimeout().toMillis());
                return connector;
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/migkb/web";
                files.location = Location.CLASSPATH;
                files.headers = SECURITY_HEADERS;
            });
        });
        MigkbServer server = new MigkbServer(settings, rules, app);
        Map<Route, Handler> handlers = server.handlers();
        for (Route route : ROUTES) {
            app.addHttpHandler(HandlerType.valueOf(route.method()), route.path(), outOfMemoryIs503(handlers.get(route)));
        }
        app.exception(ApiException.class, (e, ctx) -> {
            if (e.retryAfterSeconds() > 0) {
                ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            }
            error(ctx, e.status(), e.getMessage());
        });
        app.exception(Exception.class, (e, ctx) -> {
            ApiException known = ClientErrors.of(e, settings.maxRequestBytes(), MAX_PARTS);
            if (known != null) {
                error(ctx, known.status(), known.getMessage());
            } else {
                // The details (classes, paths) go to the log only, never to the client.
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal error; the service's log has the details");
            }
        });
        app.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
        app.error(404, ctx -> {
            // Keep the service's own JSON errors (no such article); replace Javalin's plain text.
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith("application/json")) {
                error(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path());
            }
        });
        app.start();
        warnIfExposed(settings.bind());
        return server;
    }

    /** The service has no authentication: say so when it listens beyond this machine. */
    private static void warnIfExposed(String bind) {
        boolean loopback;
        try {
            loopback = InetAddress.getByName(bind).isLoopbackAddress();
        } catch (IOException e) {
            loopback = false;
        }
        if (!loopback) {
            System.err.println("migkb: WARNING: listening on " + bind + ", beyond this machine, and the service has no"
                    + " authentication: anyone who reaches the port can upload cases and read the answers. Put it behind"
                    + " an authenticating proxy (docs/embedding.md) or bind to 127.0.0.1.");
        }
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
        handlers.put(ROUTES.get(7), ctx -> ctx.json(rules.current().rules().questions().all()));
        return handlers;
    }

    /** The port the service listens on (useful when started on port 0). */
    public int port() {
        return app.port();
    }

    private void health(Context ctx) {
        RuleReloader.State state = rules.current();
        Map<String, Object> health = new LinkedHashMap<>();
        int stuckThreads = stuck.alive();
        health.put("status", state.problems().isEmpty() && stuckThreads == 0 ? "ok" : "degraded");
        health.put("version", Versions.migkb());
        health.put("droolsVersion", Versions.drools());
        health.put("javaVersion", Versions.java());
        health.put("rules", state.rules().rules().size());
        health.put("articles", state.rules().articles().articles().size());
        health.put("rulesGeneration", state.generation());
        health.put("ruleProblems", state.problems().stream().map(this::withoutLocalPaths).toList());
        health.put("diagnosesRunning", gate.running());
        health.put("diagnosesQueued", gate.queued());
        health.put("stuckRuleThreads", stuckThreads);
        health.put("maxStuckRuleThreads", settings.maxStuck());
        ctx.json(health);
    }

    /** A rule problem citing its file from the rule folder's own name on: /health shows no local path. */
    private String withoutLocalPaths(String problem) {
        String shown = problem;
        for (java.nio.file.Path folder : settings.ruleFolders()) {
            if (folder.getFileName() == null) {
                continue;
            }
            java.nio.file.Path parent = folder.toAbsolutePath().normalize().getParent();
            for (java.nio.file.Path local : new java.nio.file.Path[] {parent, folder.getParent()}) {
                if (local != null && !local.toString().isEmpty()) {
                    shown = shown.replace(local.toString().replace('\\', '/') + "/", "");
                }
            }
        }
        return shown;
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

    /**
     * Diagnoses an upload of case files (multipart) or a JSON body of facts; answers the CLI's JSON
     * contract. Refused at once when too many rule threads are stuck; otherwise run through the
     * gate that bounds concurrent diagnoses.
     */
    private void diagnose(Context ctx) throws Exception {
        long length = ctx.contentLength();
        if (length > settings.maxRequestBytes()) {
            throw new ApiException(413, "the request has " + length + " bytes; the limit is " + settings.maxRequestBytes());
        }
        int stuckThreads = stuck.alive();
        if (stuckThreads >= settings.maxStuck()) {
            throw new ApiException(503, stuckThreads + " rule threads abandoned at the deadline are still running, the most"
                    + " the service tolerates (serve --max-stuck); it takes no new diagnosis until they end or it is restarted;"
                    + " see /health", STUCK_RETRY_AFTER_SECONDS);
        }
        gate.run(() -> {
            diagnoseNow(ctx);
            return null;
        });
    }

    private void diagnoseNow(Context ctx) throws IOException {
        Diagnoser diagnoser = rules.current().diagnoser(); // taken once: a reload does not touch this request
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        Report report;
        if (type.startsWith("application/json")) {
            JsonNode body = JsonFacts.read(ctx.bodyInputStream(), settings.maxRequestBytes());
            JsonFacts.Parsed parsed = JsonFacts.parse(body, diagnoser.questions());
            checkFactCount(parsed.data());
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
        List<UploadedFile> uploads;
        List<String> answerFields;
        try {
            uploads = ctx.uploadedFiles("files");
            answerFields = ctx.formParams("answer");
        } catch (Exception e) { // Jetty's parse errors (some of them checked, thrown through Kotlin)
            throw ClientErrors.malformedMultipart(e, settings.maxRequestBytes(), MAX_PARTS);
        }
        if (uploads.isEmpty()) {
            throw new ApiException(400, "no files: upload the case's files in the form field 'files'");
        }
        if (uploads.size() > settings.maxFiles()) {
            throw new ApiException(400, uploads.size() + " files; the limit is " + settings.maxFiles());
        }
        List<Answer> answers = new ArrayList<>();
        for (String answer : answerFields) {
            try {
                answers.add(diagnoser.questions().parse(answer));
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, e.getMessage());
            }
        }
        List<Diagnoser.NamedStream> inputs = new ArrayList<>();
        for (UploadedFile upload : uploads.stream().sorted(Comparator.comparing(UploadedFile::filename)).toList()) {
            inputs.add(new Diagnoser.NamedStream(citationName(upload.filename()), upload.content()));
        }
        try {
            CaseData data = diagnoser.readStreams(inputs);
            checkFactCount(data);
            return run(() -> diagnoser.diagnose(data, answers));
        } finally {
            for (Diagnoser.NamedStream input : inputs) {
                input.content().close();
            }
        }
    }

    /**
     * The uploaded file's name as citations show it: forward slashes, no leading slash or drive,
     * control characters written as {@code \\uXXXX}, at most {@link #MAX_CITED_NAME} characters. It
     * is only ever cited: uploads are read as streams and never written under their names.
     */
    static String citationName(String uploaded) {
        String name = uploaded == null || uploaded.isBlank() ? "upload" : uploaded.replace('\\', '/');
        name = name.replaceFirst("^[A-Za-z]:", "").replaceFirst("^/+", "");
        StringBuilder cited = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                cited.append(String.format("\\u%04X", c));
            } else {
                cited.appendCodePoint(c);
            }
        });
        if (cited.length() > MAX_CITED_NAME) {
            int end = Character.isHighSurrogate(cited.charAt(MAX_CITED_NAME - 4)) ? MAX_CITED_NAME - 4 : MAX_CITED_NAME - 3;
            return cited.substring(0, end) + "...";
        }
        return cited.isEmpty() ? "upload" : cited.toString();
    }

    /** A case too big for one request is refused before its rules run, naming the limit. */
    private void checkFactCount(CaseData data) {
        int facts = data.facts().size();
        if (facts > settings.maxFacts()) {
            throw new ApiException(413, "the case holds " + facts + " facts (user-list rows, directory objects and"
                    + " addresses, events the rules use); the limit is " + settings.maxFacts()
                    + " facts per request (serve --max-facts): split the case or diagnose it with the CLI");
        }
    }

    private interface Diagnosis {
        Report get();
    }

    /** Runs the rules; a session that would not stop is left to itself and counted, never waited for. */
    private Report run(Diagnosis diagnosis) {
        try {
            return diagnosis.get();
        } catch (RuleRunException e) {
            e.abandonedThread().ifPresent(stuck::add);
            throw new ApiException(503, "the rules could not finish: " + e.getMessage());
        }
    }

    /**
     * A request that runs the heap out gets a JSON 503 instead of a dead worker thread; once it
     * has unwound, its case is garbage and the server goes on with the next request.
     */
    private static Handler outOfMemoryIs503(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (OutOfMemoryError | RuntimeException e) {
                Throwable t = e;
                while (t != null && !(t instanceof OutOfMemoryError)) {
                    t = t.getCause() == t ? null : t.getCause();
                }
                if (t == null) {
                    throw (RuntimeException) e;
                }
                throw new ApiException(503, "out of memory for this request; send a smaller case, try again when the"
                        + " service is less busy, or start it with more heap (MIGKB_JAVA_OPTS=-Xmx4g bin/migkb serve)", 30);
            }
        };
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

package org.redress.testkit.fuzz;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;

import org.redress.testkit.OpenApiOperation;
import org.redress.testkit.Tokens;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Sends the {@link FuzzRequests} of every operation to the running service and checks each
 * answer: no 5xx; every 4xx an {@code application/problem+json} problem detail; a refused request
 * (4xx or 5xx) changed nothing in the database ({@link DatabaseFingerprint}); then, once, that the
 * service is still live and that none of the walk's personal values or control characters reached
 * its log. Call from a {@code @QuarkusTest}; see {@link FuzzWalkContract}.
 */
public final class FuzzWalk {

    public static final String SEED_PROPERTY = "redress.fuzz.seed";
    public static final long DEFAULT_SEED = 12L;
    public static final String BUDGET_PROPERTY = "redress.fuzz.budget-per-operation";
    public static final int DEFAULT_BUDGET = 70;
    private static final int EXCERPT = 160;

    /** Values for path parameters that name existing records, made fresh for each operation. */
    @FunctionalInterface
    public interface PathValues {
        Map<String, String> of(OpenApiOperation operation);
    }

    private static final RestAssuredConfig CONFIG = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8)
                    .appendDefaultContentCharsetToContentTypeIfUndefined(false))
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 5_000)
                    .setParam("http.socket.timeout", 15_000));

    private final DataSource dataSource;
    private final Path log;
    private final PathValues pathValues;
    private final long seed;
    private final int budget;
    private final Map<String, String> tokens = new HashMap<>();
    private Function<String, String> tokenForRole = Tokens::forRole;

    public FuzzWalk(DataSource dataSource, Path log, PathValues pathValues, long seed, int budget) {
        this.dataSource = dataSource;
        this.log = log;
        this.pathValues = pathValues;
        this.seed = seed;
        this.budget = budget;
    }

    /**
     * Sends each request with the token {@code tokenForRole} gives for the role it is sent as: someone the
     * service's record-level rules let through to the records {@link PathValues} made, so that the walk reaches
     * past the 404 a stranger to them would get.
     */
    public FuzzWalk callingAs(Function<String, String> tokenForRole) {
        this.tokenForRole = tokenForRole;
        return this;
    }

    /** A walk with the seed and budget of the system properties, or their defaults. */
    public static FuzzWalk configured(DataSource dataSource, Path log, PathValues pathValues) {
        return new FuzzWalk(dataSource, log, pathValues, Long.getLong(SEED_PROPERTY, DEFAULT_SEED),
                Integer.getInteger(BUDGET_PROPERTY, DEFAULT_BUDGET));
    }

    public FuzzReport run(JsonNode document) {
        FuzzReport report = new FuzzReport(seed);
        FuzzRequests generator = new FuzzRequests(document, seed, budget);
        DatabaseFingerprint fingerprint = DatabaseFingerprint.of(dataSource);
        long logStart = logSize();
        for (OpenApiOperation operation : OpenApiOperation.all(document)) {
            List<FuzzRequest> requests = generator.forOperation(operation, pathValues.of(operation));
            Map<String, String> before = quiet(fingerprint);
            for (FuzzRequest request : requests) {
                Map<String, String> after = send(request, fingerprint, before, report);
                before = after;
            }
        }
        checkLiveness(report);
        scanLog(logStart, report);
        return report;
    }

    private Map<String, String> send(FuzzRequest request, DatabaseFingerprint fingerprint, Map<String, String> before,
            FuzzReport report) {
        String what = "[" + HostileText.printable(request.mutation(), 120) + "] → ";
        Response response;
        long started = System.nanoTime();
        try {
            response = specification(request).request(request.method(), request.uri());
        } catch (RuntimeException e) {
            report.unanswered(request);
            report.finding(request.operation(), what + "no answer: " + e.getClass().getSimpleName() + ": "
                    + HostileText.printable(String.valueOf(e.getMessage()), EXCERPT));
            return fingerprint.take();
        }
        int status = response.statusCode();
        report.answered(request, status);
        String contentType = String.valueOf(response.contentType());
        String excerpt = HostileText.printable(response.asString(), EXCERPT);
        if (status >= 500) {
            report.finding(request.operation(), what + status + " " + contentType + " " + excerpt);
        } else if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            report.finding(request.operation(), what + status + " without a problem detail (" + contentType + ") "
                    + excerpt);
        }
        long answered = System.nanoTime();
        Map<String, String> after = fingerprint.take();
        report.timed(answered - started, System.nanoTime() - answered);
        if (status >= 400) {
            List<String> changed = DatabaseFingerprint.changedTables(before, after);
            if (!changed.isEmpty()) {
                report.finding(request.operation(), "refused (4xx/5xx) but changed " + changed, what + status);
            }
        }
        return after;
    }

    private RequestSpecification specification(FuzzRequest request) {
        RequestSpecification specification = given().config(CONFIG).urlEncodingEnabled(false)
                .auth().oauth2(tokens.computeIfAbsent(request.role(), tokenForRole));
        request.headers().forEach((name, value) -> {
            if (name.equalsIgnoreCase("Content-Type")) {
                specification.contentType(value);
            } else {
                specification.header(name, value);
            }
        });
        if (request.body() != null) {
            specification.body(request.body().getBytes(StandardCharsets.UTF_8));
        }
        return specification;
    }

    /**
     * The fingerprint once the service has stopped changing its tables on its own (a consumer
     * applying an event another test published, say), so that only the walk's requests count.
     */
    private static Map<String, String> quiet(DatabaseFingerprint fingerprint) {
        Map<String, String> previous = fingerprint.take();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            sleep(150);
            Map<String, String> now = fingerprint.take();
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    private static void checkLiveness(FuzzReport report) {
        Response live = given().config(CONFIG).when().get("/q/health/live");
        if (live.statusCode() != 200 || !"UP".equals(live.jsonPath().getString("status"))) {
            report.finding("liveness", "/q/health/live answered " + live.statusCode() + " "
                    + HostileText.printable(live.asString(), 400));
        }
    }

    /** Every line the service logged during the walk that carries a marker or a control character. */
    private void scanLog(long start, FuzzReport report) {
        sleep(300); // the file handler may still be writing the walk's last lines
        if (!Files.exists(log)) {
            report.finding("service log", "no log at " + log.toAbsolutePath() + " to scan");
            return;
        }
        try {
            byte[] bytes = Files.readAllBytes(log);
            String written = new String(bytes, (int) Math.min(start, bytes.length),
                    (int) Math.max(0, bytes.length - start), StandardCharsets.UTF_8);
            Map<String, Integer> leaks = new LinkedHashMap<>();
            Map<String, String> examples = new HashMap<>();
            for (String line : written.split("\n", -1)) {
                if (HostileText.leaksInto(line)) {
                    String shape = shape(line);
                    leaks.merge(shape, 1, Integer::sum);
                    examples.putIfAbsent(shape, HostileText.printable(line, 300));
                }
            }
            leaks.forEach((shape, count) -> report.finding("service log", "carries what a caller sent (" + count
                    + " lines like this): " + examples.get(shape)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a log line says, without its time, process, thread, ids and whatever the caller sent:
     * lines that differ only in those are one finding.
     */
    private static String shape(String line) {
        String withoutPrefix = line.replaceFirst("^\\d{4}-\\d\\d-\\d\\d [\\d:,]+ .*?\\s(TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\\s", "$1 ")
                .replaceAll("\\(executor-thread-\\d+\\)|\\(vert\\.x-[^)]*\\)", "")
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>");
        int cut = withoutPrefix.length();
        for (String marker : HostileText.MARKERS) {
            int at = withoutPrefix.indexOf(marker);
            cut = at >= 0 ? Math.min(cut, at) : cut;
        }
        for (int i = 0; i < cut; i++) {
            char c = withoutPrefix.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                cut = i;
            }
        }
        return withoutPrefix.substring(0, cut).replaceAll("/[^ ]*$", "/…");
    }

    private long logSize() {
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

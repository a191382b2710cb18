package org.redress.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The report an end-to-end run writes to {@code e2e/target/e2e-report.md}: for each flow, fault and load
 * scenario what was done and the accounting — sent, stored, delivered, duplicated (must be 0), lost (must
 * be 0). Tests add their line once their assertions have run, so a line with a non-zero duplicate or loss
 * count can only come from a failed test, whose failure is recorded too.
 */
public final class RunReport {

    /** One scenario's accounting; counts that do not apply are -1 and print as "–". */
    public record Line(String scenario, String whatWasDone, long sent, long stored, long delivered, long duplicated,
                       long lost, String outcome) {
    }

    private static final List<Line> LINES = new ArrayList<>();
    private static final OffsetDateTime STARTED = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);

    private RunReport() {
    }

    public static synchronized void add(Line line) {
        LINES.add(line);
    }

    public static void passed(String scenario, String whatWasDone, long sent, long stored, long delivered, long duplicated,
                              long lost) {
        add(new Line(scenario, whatWasDone, sent, stored, delivered, duplicated, lost, "passed"));
    }

    static synchronized String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Redress end-to-end run\n\n")
                .append("Started ").append(STARTED).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores. Services run as separate JVMs from their packaged jars, with a real Kafka broker and ")
                .append("real PostgreSQL databases.\n\n")
                .append(summaryLine())
                .append("Columns: **Sent** requests (or events) sent; **Stored** what the services' databases hold of them; ")
                .append("**Delivered** distinct events on the topics (or effects downstream); **Duplicated** effects ")
                .append("applied twice and **Lost** acknowledged work missing — both must be 0. Requests that got no ")
                .append("answer (a killed service) are not counted as lost; the text says how many were stored anyway. ")
                .append("– = not applicable.\n\n")
                .append(table(LINES));
        return out.toString();
    }

    /** The report's table with {@code lines} only, e.g. for a test to print its own accounting where it can be quoted. */
    public static String table(List<Line> lines) {
        StringBuilder out = new StringBuilder()
                .append("| Scenario | What was done | Sent | Stored | Delivered | Duplicated | Lost | Outcome |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---|\n");
        for (Line line : lines) {
            out.append("| ").append(line.scenario()).append(" | ").append(line.whatWasDone()).append(" | ")
                    .append(count(line.sent())).append(" | ").append(count(line.stored())).append(" | ")
                    .append(count(line.delivered())).append(" | ").append(count(line.duplicated())).append(" | ")
                    .append(count(line.lost())).append(" | ").append(line.outcome()).append(" |\n");
        }
        return out.toString();
    }

    private static String summaryLine() {
        long passed = LINES.stream().filter(line -> "passed".equals(line.outcome())).count();
        long skipped = LINES.stream().filter(line -> "skipped".equals(line.outcome())).count();
        return LINES.size() + " scenarios, " + passed + " passed, " + (LINES.size() - passed - skipped) + " failed"
                + (skipped > 0 ? ", " + skipped + " skipped" : "") + ".\n\n";
    }

    static void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run report " + file, e);
        }
    }

    private static String count(long value) {
        return value < 0 ? "–" : String.valueOf(value);
    }
}

package org.redress.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table printed once the suite is up: where each service is, and how long it took. */
public final class StartupReport {

    /** One service's line. */
    public record Row(String service, String baseUrl, Readiness readiness, Duration startup) {
        String swaggerUi() {
            return baseUrl + "/q/swagger-ui";
        }
    }

    private static final List<String> HEADER = List.of("SERVICE", "URL", "SWAGGER UI", "READINESS", "START-UP");

    private StartupReport() {
    }

    public static String table(List<Row> rows) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(HEADER);
        for (Row row : rows) {
            cells.add(List.of(row.service(), row.baseUrl(), row.swaggerUi(), row.readiness().name(), seconds(row.startup())));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> line : cells) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (List<String> line : cells) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                text.append(String.format("%-" + widths[i] + "s", line.get(i))).append(i < line.size() - 1 ? "  " : "");
            }
            table.append(text.toString().stripTrailing()).append('\n');
        }
        return table.toString();
    }

    public static String summary(Duration kafka, Duration services, Duration total) {
        return "Suite ready in %s (Kafka %s, services %s).".formatted(seconds(total), seconds(kafka), seconds(services));
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}

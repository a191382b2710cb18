package org.redress.testkit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.redress.testkit.OpenApiContract;
import org.redress.testkit.OpenApiValidation;
import org.redress.testkit.OpenApiOperation;
import org.redress.testkit.Tokens;

/**
 * The fuzz walk every service passes, written once. A service's {@code FuzzWalkIT} extends this
 * (as a {@code @QuarkusTest}), gives its data source and, for operations on a record, the ids of
 * records that exist so that the walk reaches the service's rules and not only its 404.
 *
 * <p>The report (figures and findings) is printed and written to {@code target/fuzz-walk-report.txt};
 * set {@code -Dredress.fuzz.seed=…} to rerun a walk, {@code -Dredress.fuzz.budget-per-operation=…}
 * to send more or fewer requests per operation.
 */
public abstract class FuzzWalkContract {

    /** Where the test profile writes the service's log (service kit, {@code %test.quarkus.log.file.path}). */
    protected static final Path SERVICE_LOG = Path.of("target/test-service.log");

    /** The service's own database, as the application under test uses it. */
    protected abstract DataSource dataSource();

    /**
     * Ids of existing records for the operation's path parameters, by parameter name; created
     * afresh for each operation, so that one operation's changes do not close the record another
     * one needs. None by default: the walk then sends ids from the document's schema.
     */
    protected Map<String, String> pathValues(OpenApiOperation operation) {
        return Map.of();
    }

    /**
     * The token each request is sent with, for the role it is sent as: by default a test user holding just the
     * role. A service whose records are seen by assignment or team gives one its {@link #pathValues} records let
     * through.
     */
    protected String tokenFor(String role) {
        return Tokens.forRole(role);
    }

    @Test
    void hostileAndMistakenInputIsRefusedWithoutHarm() {
        FuzzReport report = OpenApiValidation.hostile(
                () -> FuzzWalk.configured(dataSource(), SERVICE_LOG, this::pathValues).callingAs(this::tokenFor)
                        .run(OpenApiContract.fetch()));
        String summary = report.summary();
        System.out.println(summary);
        try {
            Files.writeString(Path.of("target/fuzz-walk-report.txt"), summary + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!report.passed()) {
            throw new AssertionError(summary);
        }
    }
}

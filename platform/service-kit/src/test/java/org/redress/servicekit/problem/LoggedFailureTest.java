package org.redress.servicekit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class LoggedFailureTest {

    private static final String DATABASE_MESSAGE = """
            ERROR: duplicate key value violates unique constraint "x"
              Detail: Key (name)=(Persephone Quillfeather-Ngata) already exists.
              Where: JSON data, line 1: 27 Wrenfield Crescent""";

    private static final RuntimeException FAILURE = new IllegalStateException("could not execute statement for Persephone",
            new SQLException(DATABASE_MESSAGE, "23505"));

    private static String printed(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    @Test
    void summarisesTheCauseChainWithTheSqlState() {
        assertThat(LoggedFailure.summary(FAILURE)).isEqualTo("IllegalStateException < SQLException [SQLState 23505]");
    }

    @Test
    void keepsTheClassesAndFramesOfAStackTraceButNoMessage() {
        String trace = printed(LoggedFailure.withoutMessages(FAILURE));
        assertThat(trace).contains("java.lang.IllegalStateException", "Caused by: java.sql.SQLException [SQLState 23505]",
                "at " + LoggedFailureTest.class.getName());
        assertThat(trace).doesNotContain("Persephone", "Wrenfield", "Detail", "Where");
    }

    @Test
    void survivesACauseChainThatLoopsBackOnItself() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(LoggedFailure.summary(first)).isEqualTo("RuntimeException < RuntimeException");
    }
}

package org.redress.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.redress.local.RepositoryRoot;

/**
 * Gives a test class the JVM's {@link RunningSuite} (as a parameter of its constructor, lifecycle or test
 * methods), started before the first end-to-end test and stopped after the last, when the run report is
 * written. Records every failed or skipped test in the report.
 */
public final class SuiteExtension implements BeforeAllCallback, ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SuiteExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        suite(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningSuite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return suite(context);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        RunReport.add(new RunReport.Line(context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName(),
                "FAILED: " + firstLine(cause), -1, -1, -1, -1, -1, "FAILED"));
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        RunReport.add(new RunReport.Line(context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName(),
                "SKIPPED: " + firstLine(cause), -1, -1, -1, -1, -1, "skipped"));
    }

    private static String firstLine(Throwable cause) {
        String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("").replace("|", "/");
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    private static RunningSuite suite(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("suite", key -> new SharedSuite(RunningSuite.shared()), SharedSuite.class).suite();
    }

    /** Closed by JUnit when the whole run ends: writes the report, then stops the suite. */
    private record SharedSuite(RunningSuite suite) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            RunReport.write(RepositoryRoot.locate().resolve("e2e/target/e2e-report.md"));
            suite.close();
        }
    }
}

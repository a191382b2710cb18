package org.redress.complaints.imports;

/**
 * Why one line of an import file was refused: the failure the API would have answered with, and where in
 * the line it arose (the step, and the prefix that turns the failure's own field into a path in the line).
 */
final class LineRefusal extends RuntimeException {

    private final Integer stepIndex;
    private final String command;
    private final String fieldPrefix;

    LineRefusal(Integer stepIndex, String command, String fieldPrefix, Throwable failure) {
        super(failure.getClass().getSimpleName(), failure, false, false);
        this.stepIndex = stepIndex;
        this.command = command;
        this.fieldPrefix = fieldPrefix;
    }

    /** A failure of step {@code index} (from 0) of the line, a command the import knows. */
    static LineRefusal ofStep(int index, String command, Throwable failure) {
        return new LineRefusal(index, command, "steps[" + index + "].body.", failure);
    }

    /** The step's number as a person counts it, from 1; null when no one step was at fault. */
    Integer stepNumber() {
        return stepIndex == null ? null : stepIndex + 1;
    }

    String command() {
        return command;
    }

    String fieldPrefix() {
        return fieldPrefix;
    }
}

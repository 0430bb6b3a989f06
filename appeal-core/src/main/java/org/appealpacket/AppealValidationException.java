package org.appealpacket;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The case is not valid. Carries every problem found, not just the first; the message lists them
 * one per line as {@code field.path: what is wrong}.
 */
public final class AppealValidationException extends AppealException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * The case's problems; the message lists them (paths and messages, never values).
     *
     * @param problems every problem found, at least one
     * @throws IllegalArgumentException if there is none
     */
    public AppealValidationException(List<Problem> problems) {
        super(message(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** {@return the problems, in the order found (case-file order)} */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        return "the appeal case is not valid (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "):\n" + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}

package org.rapport.course;

import java.util.List;

/**
 * Course content that cannot be loaded. The message lists every problem found, each naming the file, the
 * line and the field, so an author can fix them all in one pass.
 */
public class InvalidContentException extends RuntimeException {
    private final transient List<String> problems;

    public InvalidContentException(List<String> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String describe(List<String> problems) {
        StringBuilder sb = new StringBuilder("The course content has ")
                .append(problems.size() == 1 ? "1 problem" : problems.size() + " problems").append(':');
        int shown = Math.min(problems.size(), 100);
        for (int i = 0; i < shown; i++) {
            sb.append("\n  - ").append(problems.get(i));
        }
        if (shown < problems.size()) {
            sb.append("\n  ... and ").append(problems.size() - shown).append(" more");
        }
        return sb.toString();
    }
}

package org.rapport.grader.cli;

import java.io.IOException;
import java.io.Reader;

/** Reads one line at a time but never holds more than {@link GraderCli#MAX_LINE_CHARS} of it in memory. */
final class BoundedLine {
    private final StringBuilder text = new StringBuilder();
    private boolean truncated;

    /** Reads the next line; false at the end of input. */
    boolean read(Reader reader) throws IOException {
        text.setLength(0);
        truncated = false;
        int c;
        boolean any = false;
        while ((c = reader.read()) != -1) {
            any = true;
            if (c == '\n') {
                break;
            }
            if (text.length() < GraderCli.MAX_LINE_CHARS) {
                text.append((char) c);
            } else {
                truncated = true;
            }
        }
        if (!any) {
            return false;
        }
        if (!text.isEmpty() && text.charAt(text.length() - 1) == '\r') {
            text.setLength(text.length() - 1);
        }
        return true;
    }

    String text() {
        return text.toString();
    }

    boolean truncated() {
        return truncated;
    }
}

package org.rapport.grader;

/** A reply the grader will not grade, with a message fit to show the person who wrote it. */
public class ReplyRejectedException extends IllegalArgumentException {
    public ReplyRejectedException(String message) {
        super(message);
    }
}

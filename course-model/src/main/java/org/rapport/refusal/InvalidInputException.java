package org.rapport.refusal;

/**
 * Input that will not do (a name too long, a password too easy to guess, a move not chosen). It is an
 * {@link IllegalArgumentException}, as invalid arguments are in Java, but only this subtype is shown to people:
 * a bare one may come from a library and say anything.
 */
public class InvalidInputException extends IllegalArgumentException implements Refusal {
    public InvalidInputException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }
}

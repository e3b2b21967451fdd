package org.rapport.refusal;

/** Something asked for by id does not exist (or is not visible to the asker, who is told the same). */
public class NotFoundException extends RuntimeException implements Refusal {
    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}

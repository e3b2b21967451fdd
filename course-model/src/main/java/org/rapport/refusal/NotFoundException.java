package org.rapport.account;

/** Something asked for by id does not exist (or is not visible to the asker, who is told the same). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}

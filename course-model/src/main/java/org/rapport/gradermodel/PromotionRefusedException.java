package org.rapport.gradermodel;

/** A model change an admin asked for that the rules do not allow; the message says why. */
public class PromotionRefusedException extends RuntimeException {
    public PromotionRefusedException(String message) {
        super(message);
    }
}

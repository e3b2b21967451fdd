package org.rapport.gradermodel;

import org.rapport.refusal.ConflictException;

/** A model change an admin asked for that the rules do not allow; the message says why. */
public class PromotionRefusedException extends ConflictException {
    public PromotionRefusedException(String message) {
        super(message);
    }
}

package org.rapport.api;

import org.rapport.refusal.InvalidInputException;

/** A request the API cannot act on, with a message for the integrator. */
class BadRequestException extends InvalidInputException {
    BadRequestException(String message) {
        super(message);
    }
}

package org.rapport.api;

/** A request the API cannot act on, with a message for the integrator. */
class BadRequestException extends RuntimeException {
    BadRequestException(String message) {
        super(message);
    }
}

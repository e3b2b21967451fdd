package org.rapport.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.rapport.account.NotFoundException;
import org.rapport.account.NotPermittedException;
import org.rapport.cohort.EnrollmentRefusedException;
import org.rapport.DatabaseFailures;
import org.rapport.grader.ReplyRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every failure the API knows of becomes a clear 4xx (or 503 when the database is away), never a bare 500. */
// Global, so failures before a controller is chosen (wrong media type, wrong method) get JSON too; only the API
// uses Spring MVC controllers (Vaadin has its own servlet).
@RestControllerAdvice
class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler({BadRequestException.class, ReplyRejectedException.class, IllegalArgumentException.class})
    ResponseEntity<Map<String, Object>> badRequest(RuntimeException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "The body is not valid JSON: send an object such as "
                + "{\"response\": \"...\"}.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> wrongType(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "'" + e.getName() + "' has the wrong type.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send JSON with Content-Type: application/json.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "This route does not take " + e.getMethod() + ".");
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<Map<String, Object>> forbidden(NotPermittedException e) {
        return error(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(EnrollmentRefusedException.class)
    ResponseEntity<Map<String, Object>> conflict(EnrollmentRefusedException e) {
        return error(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler({TransactionException.class, DataAccessException.class})
    ResponseEntity<Map<String, Object>> database(RuntimeException e) {
        if (!DatabaseFailures.databaseAway(e)) {
            return unexpected(e); // a broken constraint or query is ours, not the database's absence
        }
        LOG.error("database unavailable", e);
        return error(HttpStatus.SERVICE_UNAVAILABLE, DatabaseFailures.MESSAGE);
    }

    /** A fault of ours, not of the request: logged in full, answered without internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) {
        LOG.error("unexpected API failure", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged.");
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", message);
        return ResponseEntity.status(status).body(body);
    }
}

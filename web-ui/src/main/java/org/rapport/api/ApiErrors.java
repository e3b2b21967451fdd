package org.rapport.api;

import org.rapport.ErrorBody;
import java.util.Map;

import org.rapport.DatabaseFailures;
import org.rapport.Refusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every failure the API knows of becomes a clear 4xx (or 503 when the database is away), never a bare 500. */
// Global, so failures before a controller is chosen (wrong media type, wrong method) get JSON too; only the API
// uses Spring MVC controllers (Vaadin has its own servlet).
@RestControllerAdvice
class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

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

    /**
     * A path under /api/ that no route answers. Vaadin is told not to take these ({@code vaadin.excludeUrls}),
     * or it would answer an integration's typo with the app's page and a 200.
     */
    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    ResponseEntity<Map<String, Object>> noRoute(jakarta.servlet.http.HttpServletRequest request) {
        return error(HttpStatus.NOT_FOUND, "No API route " + request.getMethod() + " " + request.getRequestURI()
                + ". The routes are described at /v3/api-docs.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "This route does not take " + e.getMethod() + ".");
    }

    /**
     * Everything else: a service's refusal with its status and message, a database that does not answer as 503,
     * and a fault of ours as 500, logged in full and answered without internals ({@link Refusals} decides).
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> failure(Exception e) {
        HttpStatus status = Refusals.status(e);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            LOG.error("database unavailable", e);
            return error(status, DatabaseFailures.MESSAGE);
        }
        return Refusals.in(e).map(refused -> error(refused.status(), refused.message())).orElseGet(() -> {
            LOG.error("unexpected API failure", e);
            return error(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged.");
        });
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(ErrorBody.of(status, message));
    }
}

package org.rapport;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's one error shape, {@code {"status": 404, "error": "..."}}, for controllers' failures and for the
 * answers written before a controller runs (sign-in, throttling, body size).
 */
public final class ErrorBody {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ErrorBody() {
    }

    public static Map<String, Object> of(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", message);
        return body;
    }

    /** Writes the error as the whole response. */
    public static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(of(status, message)));
    }
}

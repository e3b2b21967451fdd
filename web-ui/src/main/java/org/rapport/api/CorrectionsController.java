package org.rapport.api;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rapport.review.CorrectionsService;
import org.rapport.security.SignedInUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Supervisors' corrections as corpus lines, for an admin to train a candidate grader model on. */
@RestController
@Tag(name = "grader")
class CorrectionsController {
    static final MediaType JSON_LINES = new MediaType("application", "x-ndjson", StandardCharsets.UTF_8);

    private final CorrectionsService corrections;

    CorrectionsController(CorrectionsService corrections) {
        this.corrections = corrections;
    }

    @GetMapping(value = "/api/v1/corrections.jsonl", produces = "application/x-ndjson")
    @Operation(summary = "Every reviewed reply with the supervisor's move for each sentence, one JSON line each "
            + "(admins only)")
    ResponseEntity<StreamingResponseBody> corrections(@AuthenticationPrincipal SignedInUser user) {
        // The security chain lets only admins reach this, so a wrong role gets its 403 before the stream starts.
        StreamingResponseBody body = stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            corrections.exportCorrections(user.id(), out);
            out.flush();
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rapport-corrections.jsonl\"")
                .contentType(JSON_LINES).body(body);
    }
}

package org.rapport.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rapport.progress.ProgressReportService;
import org.rapport.security.SignedInUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A cohort's progress for the supervisor who runs it (or an admin), as JSON or as the gradebook CSV. */
@RestController
@RequestMapping("/api/v1/cohorts/{cohortId}")
@Tag(name = "cohorts")
class CohortProgressController {
    private final ProgressReportService progress;

    CohortProgressController(ProgressReportService progress) {
        this.progress = progress;
    }

    @GetMapping(value = "/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One row per learner: lessons done, attempts, average score, share of each move, trend")
    List<ProgressReportService.LearnerProgress> progress(@AuthenticationPrincipal SignedInUser user,
                                                   @PathVariable long cohortId) {
        return progress.cohortProgress(user.id(), cohortId);
    }

    @GetMapping(value = {"/progress.csv", "/gradebook.csv"}, produces = "text/csv")
    @Operation(summary = "The cohort gradebook as CSV")
    ResponseEntity<String> gradebook(@AuthenticationPrincipal SignedInUser user, @PathVariable long cohortId) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cohort-" + cohortId + "-gradebook.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(progress.gradebookCsv(user.id(), cohortId));
    }
}

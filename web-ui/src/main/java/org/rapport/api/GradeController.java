package org.rapport.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rapport.grader.GradeReport;
import org.rapport.practice.GradingService;
import org.rapport.practice.GradingService.ScenarioResult;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Grades a reply. The body is read as a JSON tree and checked field by field, so a wrong type gets a message
 * naming the field instead of being coerced (a number is not a reply).
 */
@RestController
@RequestMapping("/api/v1/grade")
@Tag(name = "grading")
class GradeController {
    private final GradingService grading;

    GradeController(GradingService grading) {
        this.grading = grading;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Grade a reply: the same fields as the grader CLI's classify output, plus the score "
            + "against a scenario when scenarioId is given. Nothing is stored.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = GradeRequest.class)))
    GradeResponse grade(@RequestBody JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new BadRequestException("The body must be a JSON object with a 'response' field.");
        }
        String response = text(node, "response", true);
        String prompt = text(node, "prompt", false);
        String scenarioId = text(node, "scenarioId", false);
        Object id = id(node.get("id"));
        GradingService.ScenarioGrade grade = grading.grade(response, prompt, scenarioId);
        return new GradeResponse(id, grade.report(), grade.scenario());
    }

    /**
     * The answer: the caller's id (always there, null when not sent, as in the CLI's output), the grader CLI's
     * {@code classify} fields, then the score against the scenario when one was named.
     */
    record GradeResponse(
            @Schema(description = "The request's id, echoed back; null when none was sent",
                    requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) Object id,
            @JsonUnwrapped GradeReport grade,
            @JsonUnwrapped @JsonInclude(JsonInclude.Include.NON_NULL) ScenarioResult scenario) {
    }

    /** The request as documented; the controller reads the raw tree so each field's type is checked. */
    record GradeRequest(
            @Schema(description = "What the helper would say, up to 4,000 characters",
                    requiredMode = Schema.RequiredMode.REQUIRED) String response,
            @Schema(description = "What the client said; defaults to the scenario's client line") String prompt,
            @Schema(description = "A scenario id from GET /api/v1/courses, to score the reply against") String scenarioId,
            @Schema(description = "Text or a number, echoed back to match answers to requests; null when not sent")
            Object id) {
    }

    /** The caller's id for this request, echoed back: text or a number, as JSON-RPC allows. */
    private static Object id(JsonNode id) {
        if (id == null || id.isNull()) {
            return null;
        }
        if (id.isNumber()) {
            return id.numberValue();
        }
        if (id.isString()) {
            return id.asString();
        }
        throw new BadRequestException("The field 'id' must be text or a number, not " + id.getNodeType().name()
                .toLowerCase(java.util.Locale.ROOT) + ".");
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new BadRequestException("The field '" + field + "' is missing: send the reply as text.");
            }
            return null;
        }
        if (!value.isString()) {
            throw new BadRequestException("The field '" + field + "' must be text, not " + value.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return value.asString();
    }
}

package org.rapport.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.rapport.DatabaseFailures;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

class ApiErrorsTest {
    private final ApiErrors errors = new ApiErrors();

    @Test
    void a_database_that_does_not_answer_is_503_with_words_for_the_caller_and_no_internals() {
        var response = errors.failure(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getBody()).containsEntry("error", DatabaseFailures.MESSAGE);
    }

    @Test
    void each_kind_of_refusal_gets_its_status_and_a_bare_illegal_argument_is_ours() {
        assertThat(errors.failure(new org.rapport.refusal.InvalidInputException("Choose a role.")).getStatusCode()
                .value()).isEqualTo(400);
        assertThat(errors.failure(new org.rapport.refusal.NotFoundException("No cohort 7.")).getStatusCode().value())
                .isEqualTo(404);
        assertThat(errors.failure(new org.rapport.refusal.NotPermittedException("Not yours.")).getStatusCode()
                .value()).isEqualTo(403);
        assertThat(errors.failure(new org.rapport.cohort.EnrollmentRefusedException(
                org.rapport.cohort.EnrollmentRefusedException.Reason.FULL)).getStatusCode().value()).isEqualTo(409);
        var fromALibrary = errors.failure(new IllegalArgumentException("Invalid UUID string: x"));
        assertThat(fromALibrary.getStatusCode().value()).isEqualTo(500);
        assertThat(fromALibrary.getBody().get("error").toString()).doesNotContain("UUID");
    }

    @Test
    void a_broken_constraint_is_our_fault_and_500_not_an_absent_database() {
        var response = errors.failure(new DataIntegrityViolationException("unique index ux_attempt_key violated"));

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getBody().get("error").toString()).doesNotContain("ux_attempt_key");
    }
}

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
        var response = errors.database(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getBody()).containsEntry("error", DatabaseFailures.MESSAGE);
    }

    @Test
    void a_broken_constraint_is_our_fault_and_500_not_an_absent_database() {
        var response = errors.database(new DataIntegrityViolationException("unique index ux_attempt_key violated"));

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getBody().get("error").toString()).doesNotContain("ux_attempt_key");
    }
}

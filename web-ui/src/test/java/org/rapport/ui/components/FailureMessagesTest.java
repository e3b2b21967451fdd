package org.rapport.ui.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.rapport.DatabaseFailures;
import org.rapport.refusal.NotPermittedException;
import org.rapport.cohort.EnrollmentRefusedException;
import org.rapport.grader.ReplyRejectedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.transaction.CannotCreateTransactionException;

class FailureMessagesTest {

    @Test
    void a_refusal_written_for_people_is_shown_as_it_is() {
        assertThat(FailureMessages.forPerson(new org.rapport.refusal.InvalidInputException("A cohort name has 1 to "
                + "100 printable characters."))).isEqualTo("A cohort name has 1 to 100 printable characters.");
        assertThat(FailureMessages.forPerson(new NotPermittedException("Only the cohort's supervisor can do that.")))
                .isEqualTo("Only the cohort's supervisor can do that.");
        assertThat(FailureMessages.forPerson(new RuntimeException("listener failed",
                new EnrollmentRefusedException(EnrollmentRefusedException.Reason.FULL))))
                .isEqualTo("This cohort is full. Ask your supervisor about a place.");
    }

    @Test
    void the_graders_rejection_of_a_reply_is_a_refusal_too() {
        assertThat(FailureMessages.forPerson(new ReplyRejectedException("Write a reply before you submit.")))
                .isEqualTo("Write a reply before you submit.");
    }

    @Test
    void a_database_that_does_not_answer_is_named_and_its_internals_are_not_shown() {
        var noConnection = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"));

        assertThat(FailureMessages.forPerson(noConnection)).isEqualTo(DatabaseFailures.MESSAGE)
                .doesNotContain("Hikari").doesNotContain("JPA");
        assertThat(FailureMessages.forPerson(new RuntimeException(new SQLTransientConnectionException("pool"))))
                .isEqualTo(DatabaseFailures.MESSAGE);
    }

    @Test
    void a_connection_killed_by_a_database_restart_reads_as_the_database_being_away() {
        var killed = new java.sql.SQLException("FATAL: terminating connection due to administrator command", "57P01");
        var rollbackOnDeadConnection = new org.springframework.transaction.TransactionSystemException(
                "Could not roll back JPA transaction", new RuntimeException("Unable to rollback against JDBC Connection",
                new java.sql.SQLException("Connection is closed")));

        assertThat(FailureMessages.forPerson(new RuntimeException(killed))).isEqualTo(DatabaseFailures.MESSAGE);
        assertThat(FailureMessages.forPerson(rollbackOnDeadConnection)).isEqualTo(DatabaseFailures.MESSAGE);
        assertThat(DatabaseFailures.databaseAway(new java.sql.SQLException("duplicate key", "23505"))).isFalse();
    }

    @Test
    void anything_else_is_ours_and_is_answered_without_its_message() {
        assertThat(FailureMessages.forPerson(new IllegalStateException("row 42 of attempt_sentence has no move")))
                .isEqualTo(FailureMessages.UNEXPECTED);
        assertThat(FailureMessages.forPerson(new DataIntegrityViolationException("unique index ux_user_name")))
                .as("a constraint is not an absent database").isEqualTo(FailureMessages.UNEXPECTED);
        assertThat(FailureMessages.forPerson(new IllegalArgumentException(" ")))
                .isEqualTo(FailureMessages.UNEXPECTED);
        assertThat(FailureMessages.forPerson(new IllegalArgumentException("No enum constant org.rapport.Role.X")))
                .as("a bare illegal argument may come from a library").isEqualTo(FailureMessages.UNEXPECTED);
    }

    @Test
    void an_illegal_argument_from_below_the_data_layer_is_not_mistaken_for_a_refusal() {
        var fromHibernate = new InvalidDataAccessApiUsageException("could not bind",
                new IllegalArgumentException("Parameter value [x] did not match expected type [java.lang.Long]"));

        assertThat(FailureMessages.forPerson(fromHibernate)).isEqualTo(FailureMessages.UNEXPECTED);
    }

    @Test
    void a_cause_chain_that_loops_is_answered_not_followed_forever() {
        var outer = new IllegalStateException("outer");
        var inner = new IllegalStateException("inner", outer);
        outer.initCause(inner);

        String message = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> FailureMessages.forPerson(outer));

        assertThat(message).isEqualTo(FailureMessages.UNEXPECTED);
        assertThat(org.rapport.Refusals.in(outer)).isEmpty();
    }
}

package org.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.ErrorParameter;
import org.junit.jupiter.api.Test;
import org.rapport.DatabaseFailures;
import org.rapport.refusal.NotFoundException;
import org.rapport.refusal.NotPermittedException;
import org.rapport.cohort.EnrollmentRefusedException;
import org.rapport.ui.components.FailureMessages;
import org.springframework.transaction.CannotCreateTransactionException;

class FailureViewTest {

    @Test
    void a_refusal_among_the_causes_sets_both_the_words_and_the_status() {
        assertOpened(new RuntimeException("while entering", new NotFoundException("There is no lesson 'x'.")),
                404, "There is no lesson 'x'.");
        assertOpened(new NotPermittedException("Only the cohort's supervisor can see this."), 403,
                "Only the cohort's supervisor can see this.");
        assertOpened(new org.rapport.refusal.InvalidInputException("A comment has at most 2000 characters."), 400,
                "A comment has at most 2000 characters.");
        assertOpened(new EnrollmentRefusedException(EnrollmentRefusedException.Reason.FULL), 409,
                "This cohort is full. Ask your supervisor about a place.");
    }

    @Test
    void an_absent_database_is_503_and_anything_else_500_without_its_message() {
        assertOpened(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 timed out")), 503, DatabaseFailures.MESSAGE);
        assertOpened(new IllegalStateException("row 42 has no move"), 500, FailureMessages.UNEXPECTED);
        assertOpened(new IllegalArgumentException("Invalid UUID string: 42"), 500, FailureMessages.UNEXPECTED);
    }

    private static void assertOpened(Exception failure, int status, String words) {
        FailureView view = new FailureView();

        int answered = view.setErrorParameter(null, new ErrorParameter<>(Exception.class, failure));

        assertThat(answered).isEqualTo(status);
        assertThat(view.getChildren().filter(Paragraph.class::isInstance).map(c -> ((Paragraph) c).getText()))
                .containsExactly(words);
    }
}

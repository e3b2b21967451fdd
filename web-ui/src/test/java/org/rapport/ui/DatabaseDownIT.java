package org.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.Map;

import javax.sql.DataSource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rapport.DatabaseFailures;
import org.rapport.DatabaseOutage;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.Scenario;
import org.rapport.grader.Move;
import org.rapport.practice.PracticeService;
import org.rapport.security.CurrentUser;
import org.rapport.ui.components.FailureMessages;
import org.rapport.ui.learning.MyLearningView;
import org.rapport.ui.learning.ScenarioView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.CannotCreateTransactionException;

/** The database stops answering while people are working: nothing typed may be lost, and the message must say so. */
@SpringBootTest
@WithUserDetails("learner")
@ViewPackages(classes = {MyLearningView.class, FailureView.class})
class DatabaseDownIT extends SpringBrowserlessTest {
    @Autowired
    DataSource dataSource;
    @Autowired
    CourseCatalogue catalogue;
    @Autowired
    PracticeService practice;
    @Autowired
    CurrentUser currentUser;
    private DatabaseOutage outage;

    @Test
    void a_reply_submitted_while_the_database_is_away_stays_in_the_box_and_goes_in_once_it_is_back()
            throws Exception {
        Scenario scenario = catalogue.course("meeting-resistance").orElseThrow().scenarios().findFirst()
                .orElseThrow();
        String reply = scenario.modelReply(Move.REFLECTIVE).text() + " (written while the database was away)";
        navigate(ScenarioView.class, Map.of("scenarioId", scenario.id()));
        test($(TextArea.class).withId("reply").single()).setValue(reply);

        outage = DatabaseOutage.begin(dataSource);
        test($(Button.class).withId("submit").single()).click();

        assertThat($(Span.class).withId("reply-error").single().getText()).isEqualTo(DatabaseFailures.MESSAGE);
        assertThat($(TextArea.class).withId("reply").single().getValue()).isEqualTo(reply);
        assertThat($(Button.class).withId("submit").single().isEnabled()).as("the learner can try again").isTrue();
        assertThat($(Span.class).withId("feedback-move").exists()).isFalse();

        outage.close();
        test($(Button.class).withId("submit").single()).click();

        assertThat($(Span.class).withId("feedback-move").exists()).isTrue();
        assertThat(practice.timeline(currentUser.id(), currentUser.id(), 0, 50))
                .filteredOn(a -> a.reply().equals(reply)).hasSize(1);
    }

    @Test
    void a_page_opened_while_the_database_is_away_says_so_instead_of_an_internal_server_error() throws Exception {
        outage = DatabaseOutage.begin(dataSource);

        // Not "learning": the test's UI already shows it, and Vaadin keeps a view it is showing.
        FailureView page = navigate("progress", FailureView.class);

        assertThat(test(page).find(Paragraph.class).withId("failure-message").single().getText())
                .isEqualTo(DatabaseFailures.MESSAGE);
    }

    @Test
    void a_failure_no_view_caught_is_told_to_the_person_not_only_logged() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(ViewErrors.Notifying.class);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction")));

        assertThat($(Notification.class).all()).anySatisfy(n -> assertThat(n.getElement().getTextRecursively()
                + n.getElement().getProperty("text", "")).contains(DatabaseFailures.MESSAGE));
    }

    @AfterEach
    void databaseComesBack() {
        if (outage != null) {
            outage.close();
        }
    }
}

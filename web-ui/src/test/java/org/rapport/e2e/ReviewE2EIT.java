package org.rapport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A supervisor overrides a grade in the review queue, and the learner sees the comment. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewE2EIT {
    @LocalServerPort
    int port;
    @Value("${RAPPORT_DEMO_PASSWORD}")
    String password;

    @Test
    void a_supervisor_overrides_a_grade_and_the_learner_sees_it() throws Exception {
        String comment = "Browser check " + System.nanoTime() + ": this reads as a reflection to me.";
        String learner;
        try (Browser supervisor = new Browser("http://localhost:" + port, 1280, 1000)) {
            supervisor.signIn("supervisor", password);
            supervisor.byId("cohorts-grid");
            supervisor.screenshot("supervisor-cohorts");
            supervisor.open("/review");
            WebElement cohort = supervisor.byId("review-cohort");
            cohort.findElement(By.tagName("input")).click();
            supervisor.waitFor(d -> d.findElements(By.tagName("vaadin-combo-box-item")).isEmpty() ? null : true);
            // Other tests add cohorts for this supervisor; the demo cohort is the one with attempts to review.
            supervisor.driver().findElements(By.tagName("vaadin-combo-box-item")).stream()
                    .filter(i -> i.getText().contains("Autumn practicum")).findFirst().orElseThrow().click();
            supervisor.byId("review-item");
            learner = supervisor.byId("review-learner").getText();
            String graderMove = supervisor.byId("review-grader-move").getText().toLowerCase();
            String other = graderMove.contains("reflective") ? "Validating" : "Reflective";
            supervisor.click(supervisor.byId("review-move").findElements(By.tagName("vaadin-radio-button")).stream()
                    .filter(b -> b.getText().contains(other)).findFirst().orElseThrow());
            supervisor.byId("review-comment").findElement(By.tagName("textarea")).sendKeys(comment);
            supervisor.screenshot("supervisor-review-queue");
            supervisor.click(supervisor.byId("review-override"));
            supervisor.waitFor(d -> d.findElement(By.id("review-message")).getText().isBlank() ? null : true);
        }
        try (Browser student = new Browser("http://localhost:" + port, 1280, 1000)) {
            student.signIn(usernameOf(learner), password);
            student.open("/progress");
            WebElement comments = student.byId("supervisor-comments");
            student.waitFor(d -> comments.getText().contains(comment) ? true : null);
            assertThat(comments.getText()).contains(comment);
            student.screenshot("learner-progress-with-comment");
        }
    }

    /** The queue shows display names; the demo accounts' usernames follow from them. */
    private static String usernameOf(String displayName) {
        return switch (displayName.strip()) {
            case "Lee Morgan" -> "learner";
            case "Maya Chen" -> "maya.chen";
            case "Tomás Okafor" -> "tomas.okafor";
            case "Priya Nair" -> "priya.nair";
            case "Jordan Blake" -> "jordan.blake";
            case "Inês Duarte" -> "ines.duarte";
            default -> throw new AssertionError("the queue item belongs to a learner the test does not know: " + displayName);
        };
    }
}

package org.rapport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rapport.course.CourseCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A learner signs in, practises a scenario in a real browser and reads the feedback. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PractiseE2EIT {
    @LocalServerPort
    int port;
    @Value("${RAPPORT_DEMO_PASSWORD}")
    String password;
    @Autowired
    CourseCatalogue catalogue;

    @Test
    void a_learner_signs_in_practises_a_scenario_and_sees_the_move_score_and_highlights() throws Exception {
        String scenario = catalogue.course("meeting-resistance").orElseThrow().scenarios().skip(3).findFirst()
                .orElseThrow().id();
        try (Browser browser = new Browser("http://localhost:" + port, 1280, 1000)) {
            browser.signIn("learner", password);
            browser.byId("join"); // signing in lands a learner on My learning
            browser.screenshot("learner-my-learning");

            browser.open("/scenarios/" + scenario);
            WebElement reply = browser.byId("reply").findElement(By.tagName("textarea"));
            reply.sendKeys("I hear you, but you really need to keep going. It sounds like you're exhausted by all of it.");
            browser.byId("submit").click();

            WebElement move = browser.byId("feedback-move");
            assertThat(move.getText()).containsIgnoringCase("judging");
            assertThat(browser.byId("feedback-score").getText()).matches(".*\\d+.*");
            assertThat(browser.driver().findElements(By.className("graded-sentence"))).hasSize(2);
            assertThat(browser.driver().findElements(By.className("cue"))).isNotEmpty();
            browser.screenshot("learner-scenario-feedback");
        }
    }

    @Test
    void the_practice_page_works_at_phone_width() throws Exception {
        String scenario = catalogue.course("meeting-resistance").orElseThrow().scenarios().findFirst()
                .orElseThrow().id();
        try (Browser browser = new Browser("http://localhost:" + port, 375, 812)) {
            browser.signIn("maya.chen", password);
            browser.open("/scenarios/" + scenario);
            WebElement reply = browser.byId("reply");

            assertThat(reply.getRect().getWidth()).isLessThanOrEqualTo(375);
            Object scrollWidth = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth");
            assertThat(((Number) scrollWidth).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(375);
            browser.screenshot("learner-scenario-375px");
        }
    }
}

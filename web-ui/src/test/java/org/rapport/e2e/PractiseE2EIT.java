package org.rapport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
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

            browser.driver().findElement(By.className("rubric-link")).click();
            assertThat(browser.byId("rubric").getText()).contains("Judging", "Validating", "Reflective", "Partnering");
            browser.screenshot("learner-rubric");
        }
    }

    @Test
    void a_learner_signs_in_and_practises_with_the_keyboard_alone() throws Exception {
        String scenario = catalogue.course("meeting-resistance").orElseThrow().scenarios().skip(1).findFirst()
                .orElseThrow().id();
        try (Browser browser = new Browser("http://localhost:" + port, 1280, 1000)) {
            browser.open("/login");
            browser.waitFor(d -> d.findElement(By.cssSelector("vaadin-login-form input[name='username']")));
            assertThat(tabTo(browser, "vaadin-login-form input[name='username']")).as("the username field is reachable")
                    .isTrue();
            keys(browser, "priya.nair", Keys.TAB, password, Keys.ENTER);
            browser.byId("join");

            browser.open("/scenarios/" + scenario);
            browser.byId("reply");
            assertThat(tabTo(browser, "#reply")).as("Tab reaches the reply box").isTrue();
            keys(browser, "It sounds like you're tired of being told what to do.");
            assertThat(tabTo(browser, "#submit")).as("Tab reaches Submit").isTrue();
            keys(browser, Keys.ENTER);

            assertThat(browser.byId("feedback-move").getText()).isNotBlank();
            assertThat(browser.driver().findElements(By.className("graded-sentence"))).hasSize(1);
        }
    }

    /** Presses Tab until the focus is on or inside what the selector names, as someone without a mouse would. */
    private static boolean tabTo(Browser browser, String selector) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        for (int i = 0; i < 60; i++) {
            Object inside = js.executeScript("const a = document.activeElement;"
                    + "return !!a && !!a.closest(arguments[0]);", selector);
            if (Boolean.TRUE.equals(inside)) {
                return true;
            }
            keys(browser, Keys.TAB);
        }
        return false;
    }

    private static void keys(Browser browser, CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
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

package org.rapport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.rapport.account.AccountService;
import org.rapport.account.Role;
import org.rapport.cohort.CohortService;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.Lesson;
import org.rapport.ui.learning.LearnerFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every main view at 375 px, a small phone held upright: the page itself never scrolls sideways (a wide grid may
 * scroll inside its own box) and the view's content is there. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneWidthE2EIT {
    private static final int WIDTH = 375;

    @LocalServerPort
    int port;
    @Value("${RAPPORT_DEMO_PASSWORD}")
    String password;
    @Autowired
    CourseCatalogue catalogue;
    @Autowired
    CohortService cohorts;
    @Autowired
    AccountService accounts;

    @Test
    void a_learners_views_fit_a_phone() throws Exception {
        Lesson lesson = catalogue.course("meeting-resistance").orElseThrow().lessons().findFirst().orElseThrow();
        Map<String, String> views = new LinkedHashMap<>();
        views.put("learning", "join");
        views.put("courses/meeting-resistance", "course-title");
        views.put("lessons/" + lesson.id(), "lesson-title");
        views.put("lessons/" + lesson.id() + "/check", "submit-check");
        views.put("progress", "overall-moves");
        views.put("try", "try-reply");
        views.put("rubric", "rubric");
        checkAtPhoneWidth("learner", views);
    }

    @Test
    void a_supervisors_views_fit_a_phone() throws Exception {
        long supervisor = accounts.credentials("supervisor").orElseThrow().id();
        long cohort = cohorts.cohortsOf(supervisor).stream().filter(c -> c.name().equals("Autumn practicum"))
                .findFirst().orElseThrow().id();
        long learner = accounts.credentials("maya.chen").orElseThrow().id();
        Map<String, String> views = new LinkedHashMap<>();
        views.put("cohorts", "cohorts-grid");
        views.put("cohorts/" + cohort, "progress-grid");
        views.put("cohorts/" + cohort + "/learners/" + learner, "timeline");
        views.put("review", "review-queue");
        checkAtPhoneWidth("supervisor", views);
    }

    @Test
    void an_admins_views_fit_a_phone() throws Exception {
        Map<String, String> views = new LinkedHashMap<>();
        views.put("admin/users", "users-grid");
        views.put("admin/system", "model-version");
        checkAtPhoneWidth("admin", views);
    }

    @Test
    void a_learner_with_the_longest_display_name_allowed_still_reaches_sign_out() throws Exception {
        String username = LearnerFixtures.uniqueName("it-long-name");
        String hundredCharacters = "Maria Fernanda de la Concepción Alvarez-Whitcombe Montgomery-Smythe"
                + " y Castellanos-Rivera Okonkwo-Lin";
        accounts.register(new AccountService.NewUser(username, hundredCharacters, password, Role.LEARNER));
        checkAtPhoneWidth(username, Map.of("learning", "join"));
    }

    /** Opens each view and collects every misfit, so one run names them all. */
    private void checkAtPhoneWidth(String user, Map<String, String> viewsAndAnElementOnEach) throws Exception {
        List<String> misfits = new ArrayList<>();
        try (Browser browser = new Browser("http://localhost:" + port, WIDTH, 812)) {
            browser.signIn(user, password);
            for (var view : viewsAndAnElementOnEach.entrySet()) {
                browser.open("/" + view.getKey());
                browser.byId(view.getValue());
                Number pageWidth = (Number) ((JavascriptExecutor) browser.driver())
                        .executeScript("return document.documentElement.scrollWidth");
                if (pageWidth.intValue() > WIDTH) {
                    misfits.add(view.getKey() + " is " + pageWidth + " px wide");
                }
                if (!browser.driver().findElements(By.cssSelector("vaadin-app-layout[overlay]")).isEmpty()
                        && browser.driver().findElement(By.id(view.getValue())).getRect().getWidth() > WIDTH) {
                    misfits.add(view.getKey() + ": #" + view.getValue() + " is wider than the screen");
                }
                var signOut = browser.byId("sign-out").getRect();
                if (signOut.getX() + signOut.getWidth() > WIDTH) {
                    misfits.add(view.getKey() + ": Sign out is cut off at " + WIDTH + " px");
                }
                browser.screenshot("375px-" + user + "-" + view.getKey().replaceAll("[^a-z0-9]+", "-"));
            }
        }
        assertThat(misfits).as("views that do not fit %d px", WIDTH).isEmpty();
    }
}

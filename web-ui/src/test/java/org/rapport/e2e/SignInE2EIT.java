package org.rapport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInE2EIT {
    @LocalServerPort
    int port;
    @Value("${RAPPORT_DEMO_PASSWORD}")
    String password;

    @Test
    void a_wrong_password_keeps_the_person_on_the_sign_in_page_with_an_error() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port, 1280, 900)) {
            browser.open("/login");
            browser.screenshot("login");
            browser.waitFor(d -> d.findElement(By.cssSelector("vaadin-login-form input[name='username']")))
                    .sendKeys("learner");
            browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                    .sendKeys("not the password");
            browser.driver().findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();

            browser.waitFor(d -> d.getCurrentUrl().contains("error") ? true : null);
            String error = browser.waitFor(d -> d.findElements(By.cssSelector("vaadin-login-form[error]")).isEmpty()
                    ? null : "shown");
            assertThat(error).isEqualTo("shown");
            browser.screenshot("login-error");
        }
    }

    @Test
    void a_learner_signs_in_and_leaves_the_sign_in_page() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port, 1280, 900)) {
            browser.signIn("learner", password);

            assertThat(browser.driver().getCurrentUrl()).doesNotContain("/login");
        }
    }
}

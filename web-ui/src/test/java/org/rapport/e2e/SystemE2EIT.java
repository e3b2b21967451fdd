package org.rapport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The admin's grader section of the System page, in a real browser at desktop and phone width. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SystemE2EIT {
    @LocalServerPort
    int port;
    @Value("${RAPPORT_DEMO_PASSWORD}")
    String password;

    @Test
    void an_admin_sees_the_model_in_use_the_corrections_download_and_can_start_a_candidate() throws Exception {
        for (int width : new int[] {1366, 375}) {
            try (Browser browser = new Browser("http://localhost:" + port, width, 900)) {
                browser.signIn("admin", password);
                browser.open("/admin/system");
                assertThat(browser.byId("corrections-download").getText()).contains("corrections");
                ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                        browser.byId("models"));
                assertThat(browser.byId("models-in-use").getText()).startsWith("rg-");
                // Found again after scrolling: the panel is rebuilt when it attaches.
                assertThat(browser.byId("models-train").getAttribute("disabled")).as("the checkout's corpus is found").isNull();
                browser.screenshot(width + "px-admin-system-models");
            }
        }
    }
}

package org.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.account.AccountService;
import org.rapport.account.Role;
import org.rapport.ui.learning.LearnerFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-in over real HTTP as a browser and an attacker would send it: CSRF, throttling, cookies and headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SignInProtectionIT {
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    SignInThrottle throttle;

    @Test
    void the_sign_in_form_without_a_valid_token_signs_nobody_in() throws Exception {
        String username = newLearner();
        Browser victim = new Browser();
        victim.get("/login");

        HttpResponse<String> noToken = victim.postLogin(username, LearnerFixtures.PASSWORD, null, null);
        HttpResponse<String> forged = victim.postLogin(username, LearnerFixtures.PASSWORD, "forged-token", null);
        Browser attacker = new Browser();
        String attackersToken = attacker.csrfToken();
        HttpResponse<String> othersToken = victim.postLogin(username, LearnerFixtures.PASSWORD, attackersToken,
                "https://evil.example");

        // Refused as any forbidden request of a signed-out visitor is: back to the sign-in page, not in.
        for (HttpResponse<String> refused : List.of(noToken, forged, othersToken)) {
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        }
        assertThat(victim.get("/").headers().firstValue("Location")).as("still signed out")
                .hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    void the_sign_in_form_with_the_pages_token_signs_in_with_a_new_cookie_only_session() throws Exception {
        String username = newLearner();
        Browser browser = new Browser();
        HttpResponse<String> page = browser.get("/login");
        String before = browser.sessionCookie();

        HttpResponse<String> signedIn = browser.postLogin(username, LearnerFixtures.PASSWORD, browser.token(page), null);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("login")
                .doesNotContainIgnoringCase("jsessionid");
        assertThat(browser.sessionCookie()).as("a new session id after sign-in").isNotEqualTo(before);
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(browser.get("/").statusCode()).as("signed in").isEqualTo(200);
    }

    @Test
    void the_first_answer_to_a_new_visitor_carries_no_session_id_in_its_urls() throws Exception {
        HttpResponse<String> first = new Browser().get("/");

        assertThat(first.headers().firstValue("Location").orElseThrow()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void failed_sign_ins_through_the_form_are_throttled_logged_and_shown_to_admins(CapturedOutput output)
            throws Exception {
        String username = newLearner();
        Browser browser = new Browser();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = browser.postLogin(username, "wrong guess " + i, browser.csrfToken(), null);
            assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }

        HttpResponse<String> right = browser.postLogin(username, LearnerFixtures.PASSWORD, browser.csrfToken(), null);

        assertThat(right.headers().firstValue("Location").orElseThrow()).contains("/login?throttled=");
        assertThat(output.getAll()).contains("Failed sign-in for account '" + username + "'")
                .doesNotContain("wrong guess");
        assertThat(throttle.recentFailures()).filteredOn(f -> f.account().equals(username)).hasSize(5)
                .allSatisfy(f -> assertThat(f.channel()).isEqualTo("sign-in form"));
        assertThat(throttle.throttledNow()).anySatisfy(t -> assertThat(t.who()).startsWith(username + " from "));
    }

    @Test
    void failed_sign_ins_over_the_api_end_in_429_with_retry_after() throws Exception {
        String username = newLearner();
        for (int i = 0; i < 5; i++) {
            assertThat(api("/api/v1/courses", username, "wrong guess " + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = api("/api/v1/courses", username, LearnerFixtures.PASSWORD);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 600L);
        assertThat(throttled.body()).contains("\"status\":429").contains("Too many failed sign-ins");
    }

    @Test
    void every_kind_of_answer_carries_the_browser_hardening_headers() throws Exception {
        Browser browser = new Browser();
        for (String path : List.of("/login", "/signup", "/", "/api/v1/courses", "/actuator/health")) {
            HttpResponse<String> response = browser.get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'")
                            .containsAnyOf("object-src 'none'", "default-src 'none'").doesNotContain("*"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
        }
        assertThat(browser.get("/login").headers().firstValue("Cache-Control")).contains("no-store");
        HttpResponse<String> styles = browser.get("/rapport.css");
        assertThat(styles.statusCode()).as("our stylesheet is public, as Lumo's is").isEqualTo(200);
        assertThat(styles.headers().firstValue("Cache-Control")).as("static files keep their caching")
                .isNotEqualTo(java.util.Optional.of("no-store"));
    }

    @Test
    void an_unknown_api_path_is_a_json_404_not_the_apps_page() throws Exception {
        String username = newLearner();

        HttpResponse<String> response = api("/api/v1/courses/nope", username, LearnerFixtures.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("application/json");
        assertThat(response.body()).contains("\"status\":404").doesNotContain("<html");
    }

    private String newLearner() {
        return LearnerFixtures.newAccount(accounts, "it-signin", Role.LEARNER).username();
    }

    private HttpResponse<String> api(String path, String username, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A cookie-keeping client that does not follow redirects, so each answer can be looked at. */
    private final class Browser {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String csrfToken() throws Exception {
            return token(get("/login"));
        }

        String token(HttpResponse<String> page) {
            Matcher m = CSRF.matcher(page.body());
            assertThat(m.find()).as("the sign-in page carries a CSRF token").isTrue();
            return m.group(1);
        }

        HttpResponse<String> postLogin(String username, String password, String token, String origin)
                throws Exception {
            String form = "username=" + enc(username) + "&password=" + enc(password)
                    + (token == null ? "" : "&_csrf=" + enc(token));
            HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            if (origin != null) {
                request.header("Origin", origin);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        String sessionCookie() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse("");
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}

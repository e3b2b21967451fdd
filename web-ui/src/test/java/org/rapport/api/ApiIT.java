package org.rapport.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.rapport.DatabaseFailures;
import org.rapport.DatabaseOutage;
import org.rapport.account.AccountService;
import org.rapport.account.Role;
import org.rapport.cohort.CohortService;
import org.rapport.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API over real HTTP with basic authentication, as an integration would call it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Value("${RAPPORT_DEMO_PASSWORD}")
    String password;
    @Autowired
    CohortService cohorts;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    DataSource dataSource;

    @Test
    void courses_are_listed_with_modules_lessons_and_scenarios_nested_each_with_id_and_title() throws Exception {
        HttpResponse<String> response = get("/api/v1/courses", "learner", password);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode course = JSON.readTree(response.body()).get(0);
        assertThat(course.get("id").asString()).isEqualTo("meeting-resistance");
        assertThat(course.get("title").asString()).isEqualTo("Meeting resistance, building the alliance");
        JsonNode module = course.get("modules").get(0);
        JsonNode lesson = module.get("lessons").get(0);
        JsonNode scenario = lesson.get("scenarios").get(0);
        for (JsonNode level : List.of(module, lesson, scenario)) {
            assertThat(level.get("id").isString()).isTrue();
            assertThat(level.get("title").asString()).isNotBlank();
        }
        assertThat(course.get("modules").size()).isEqualTo(7);
    }

    @Test
    void a_reply_is_graded_with_the_clis_fields_and_scored_when_a_scenario_is_named() throws Exception {
        HttpResponse<String> plain = post("/api/v1/grade", "{\"id\": 7, \"response\": \"It sounds like you're "
                + "worn out by all the advice.\", \"prompt\": \"Everyone tells me what to do.\"}");
        HttpResponse<String> scored = post("/api/v1/grade", "{\"response\": \"I hear you, but you need to go.\", "
                + "\"scenarioId\": \"marisol-feels-weak-for-needing-help\"}");

        assertThat(plain.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(plain.body());
        assertThat(body.propertyNames()).containsExactly("id", "label", "rollUp", "confidence", "unsure", "scores",
                "sentences", "model");
        assertThat(body.get("id").asInt()).isEqualTo(7);
        assertThat(body.get("sentences").get(0).propertyNames()).containsExactly("text", "start", "end", "label",
                "confidence", "scores", "cues");
        assertThat(body.get("model").asString()).startsWith("rg-");
        JsonNode withScore = JSON.readTree(scored.body());
        assertThat(withScore.get("id").isNull()).as("id is always there, null when not sent, as in the CLI")
                .isTrue();
        assertThat(withScore.get("label").asString()).isEqualTo("judging");
        assertThat(withScore.get("score").asInt()).isBetween(0, 20);
        assertThat(withScore.get("outcome").asString()).isEqualTo("judging");
        assertThat(withScore.get("target").asString()).isEqualTo("validating");
    }

    @Test
    void bad_input_gets_a_clear_4xx_never_a_500() throws Exception {
        assertError(post("/api/v1/grade", "{\"response\": \"\"}"), 400, "empty");
        assertError(post("/api/v1/grade", "{\"response\": \"" + "a".repeat(5000) + "\"}"), 400, "limit is 4000");
        assertError(post("/api/v1/grade", "{\"response\": 42}"), 400, "must be text");
        assertError(post("/api/v1/grade", "{\"response\": [\"a\"]}"), 400, "must be text");
        assertError(post("/api/v1/grade", "{}"), 400, "missing");
        assertError(post("/api/v1/grade", "[1, 2]"), 400, "JSON object");
        assertError(post("/api/v1/grade", "not json"), 400, "not valid JSON");
        assertError(post("/api/v1/grade", "{\"response\": \"123 456 !!!\"}"), 400, "no words");
        for (String id : List.of("{}", "[1]", "true")) {
            assertError(post("/api/v1/grade", "{\"response\": \"Hi.\", \"id\": " + id + "}"), 400,
                    "'id' must be text or a number");
        }
        HttpResponse<String> html = post("/api/v1/grade", "{\"response\": \"<b>Stop</b> <script>alert(1)</script>\"}");
        assertThat(html.statusCode()).as("markup is graded as the text it is").isEqualTo(200);
        assertThat(JSON.readTree(html.body()).get("sentences").get(0).get("text").asString()).startsWith("<b>Stop</b>");
        assertError(post("/api/v1/grade", "{\"response\": \"Hi there.\", \"scenarioId\": \"nope\"}"), 404, "nope");
        assertError(post("/api/v1/grade", "{\"response\": \"" + "a".repeat(70_000) + "\"}"), 413, "larger than");
        HttpResponse<String> text = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/grade"))
                .header("Authorization", basic("learner", password)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build(), HttpResponse.BodyHandlers.ofString());
        assertError(text, 415, "application/json");
    }

    @Test
    void the_api_needs_a_valid_sign_in_and_the_right_role() throws Exception {
        assertError(HTTP.send(HttpRequest.newBuilder(uri("/api/v1/courses")).GET().build(),
                HttpResponse.BodyHandlers.ofString()), 401, "Sign in");
        assertError(get("/api/v1/courses", "learner", "wrong password"), 401, "Sign in");
        long cohort = cohortOf("supervisor");
        assertError(get("/api/v1/cohorts/" + cohort + "/progress", "learner", password), 403, "role");
        assertThat(get("/api/v1/cohorts/" + cohort + "/progress", "supervisor", password).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/cohorts/" + cohort + "/progress", "admin", password).statusCode()).isEqualTo(200);
        assertError(get("/api/v1/cohorts/999999/progress", "supervisor", password), 404, "No cohort");
        assertError(get("/api/v1/cohorts/abc/progress", "supervisor", password), 400, "wrong type");
        assertThat(get("/actuator/health", null, null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env", "admin", password).statusCode()).isIn(401, 403);
    }

    @Test
    void an_admin_downloads_the_supervisors_corrections_as_corpus_lines() throws Exception {
        HttpResponse<String> export = get("/api/v1/corrections.jsonl", "admin", password);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/x-ndjson"));
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("rapport-corrections.jsonl"));
        // The demo cohort's supervisor has reviewed some replies.
        assertThat(export.body().lines()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("\"writer\":\"learner\"", "\"cohort\":", "\"moves\":"));
    }

    @Test
    void every_route_answers_each_role_as_its_rule_says() throws Exception {
        long cohort = cohortOf("supervisor");
        String grade = "{\"response\": \"It sounds like the advice has worn you out.\"}";
        for (String user : List.of("learner", "supervisor", "admin")) {
            assertThat(get("/api/v1/courses", user, password).statusCode()).as(user).isEqualTo(200);
            assertThat(post("/api/v1/grade", grade, user).statusCode()).as(user).isEqualTo(200);
            for (String route : List.of("/progress", "/progress.csv", "/gradebook.csv")) {
                int status = get("/api/v1/cohorts/" + cohort + route, user, password).statusCode();
                assertThat(status).as(user + " " + route).isEqualTo(user.equals("learner") ? 403 : 200);
            }
            assertThat(get("/api/v1/no-such-route", user, password).statusCode()).as(user).isEqualTo(403);
            assertThat(get("/api/v1/corrections.jsonl", user, password).statusCode()).as(user + " corrections")
                    .isEqualTo(user.equals("admin") ? 200 : 403);
        }
        for (String route : List.of("/api/v1/courses", "/api/v1/cohorts/" + cohort + "/progress",
                "/api/v1/cohorts/" + cohort + "/gradebook.csv", "/api/v1/no-such-route")) {
            assertError(get(route, null, null), 401, "Sign in");
        }
        assertError(HTTP.send(HttpRequest.newBuilder(uri("/api/v1/grade")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(grade)).build(), HttpResponse.BodyHandlers.ofString()),
                401, "Sign in");
    }

    @Test
    void a_supervisor_asking_for_another_supervisors_cohort_is_told_it_is_not_among_theirs() throws Exception {
        long admin = ((SignedInUser) users.loadUserByUsername("admin")).id();
        var other = accounts.createUser(admin, new AccountService.NewUser("other-" + UUID.randomUUID()
                .toString().substring(0, 8), "Another Supervisor", password, Role.SUPERVISOR));
        long theirs = cohorts.createCohort(other.id(), new CohortService.NewCohort("Their cohort",
                "meeting-resistance", LocalDate.now(), LocalDate.now().plusDays(30), 10)).id();

        for (String route : List.of("/progress", "/progress.csv", "/gradebook.csv")) {
            assertError(get("/api/v1/cohorts/" + theirs + route, "supervisor", password), 404, "No cohort");
        }
        assertThat(get("/api/v1/cohorts/" + theirs + "/progress", "admin", password).statusCode()).isEqualTo(200);
    }

    @Test
    void a_supervisor_gets_the_gradebook_as_csv_with_a_row_per_learner() throws Exception {
        long cohort = cohortOf("supervisor");

        HttpResponse<String> csv = get("/api/v1/cohorts/" + cohort + "/gradebook.csv", "supervisor", password);
        HttpResponse<String> json = get("/api/v1/cohorts/" + cohort + "/progress", "supervisor", password);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("cohort,course,username,name");
        assertThat(csv.body().split("\r\n")).hasSize(1 + JSON.readTree(json.body()).size());
    }

    @Test
    void the_openapi_description_documents_the_routes() throws Exception {
        JsonNode doc = JSON.readTree(get("/v3/api-docs", null, null).body());

        assertThat(doc.get("paths").propertyNames()).contains("/api/v1/grade", "/api/v1/courses",
                "/api/v1/cohorts/{cohortId}/progress");
    }

    @Test
    void the_openapi_description_gives_the_grading_answer_its_fields() throws Exception {
        JsonNode doc = JSON.readTree(get("/v3/api-docs", null, null).body());
        JsonNode content = doc.at("/paths/~1api~1v1~1grade/post/responses/200/content");
        String ref = content.get(content.propertyNames().iterator().next()).at("/schema/$ref").asString();
        JsonNode answer = doc.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1) + "/properties");

        assertThat(answer.propertyNames()).as(answer.toString()).contains("id", "label", "rollUp", "confidence",
                "unsure", "scores", "sentences", "model", "scenarioId", "target", "score", "outcome", "feedback");
    }

    private long cohortOf(String supervisor) {
        long id = ((SignedInUser) users.loadUserByUsername(supervisor)).id();
        return cohorts.cohortsOf(id).getFirst().id();
    }

    private static void assertError(HttpResponse<String> response, int status, String message) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("error").asString()).contains(message);
    }

    @Test
    void while_the_database_is_away_a_call_gets_503_with_a_message_not_a_refusal_of_good_credentials()
            throws Exception {
        HttpResponse<String> away;
        HttpResponse<String> grade;
        try (var outage = DatabaseOutage.begin(dataSource)) {
            away = get("/api/v1/courses", "supervisor", password);
            grade = post("/api/v1/grade", "{\"response\": \"It sounds like you are tired of advice.\"}");
        }

        for (HttpResponse<String> response : List.of(away, grade)) {
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(response.body()).get("error").asString()).isEqualTo(DatabaseFailures.MESSAGE);
        }
        assertThat(get("/api/v1/courses", "supervisor", password).statusCode()).as("back once it is")
                .isEqualTo(200);
        // A stopped server is noticed when the pool gives up waiting for a connection: 3 s, not Hikari's 30 s.
        assertThat(dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getConnectionTimeout())
                .isLessThanOrEqualTo(3_000);
    }

    private HttpResponse<String> get(String path, String user, String pass) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (user != null) {
            request.header("Authorization", basic(user, pass));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return post(path, body, "learner");
    }

    private HttpResponse<String> post(String path, String body, String user) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user, password))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String pass) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + pass).getBytes(StandardCharsets.UTF_8));
    }
}

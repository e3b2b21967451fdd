package org.rapport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The jar as people run it: {@code java -jar target/rapport.jar} in its own process on an empty data folder. The
 * other tests start the application from classes; only this one sees what the packaged jar does differently
 * (nested jars found through our launcher's class loader, the bean definitions the build worked out ahead of time, the
 * production frontend bundle).
 */
class PackagedJarIT {
    private static final Path JAR = Path.of("target", "rapport.jar");
    private static final String PASSWORD = "packaged-jar-password";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Process app;
    private static Path data;
    private static Path log;
    private static String base;

    @BeforeAll
    static void startTheJar() throws Exception {
        assertThat(JAR).as("the jar is built by the package phase").exists();
        data = Files.createTempDirectory("rapport-packaged-data");
        log = Path.of("target", "packaged-jar.log");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://localhost:" + port;
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar", JAR.toString(), "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("RAPPORT_DATA_DIR", data.toString());
        builder.environment().put("RAPPORT_DEMO_PASSWORD", PASSWORD);
        app = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!ready()) {
            if (!app.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("the jar did not become ready; its log:\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stopTheJar() throws Exception {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
        if (data != null) {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void the_jar_starts_on_the_embedded_database_with_the_bean_definitions_the_build_worked_out() throws Exception {
        String output = Files.readString(log);

        assertThat(output).contains("Starting AOT-processed RapportApplication");
        assertThat(output).contains("jdbc:h2:file:" + data);
        assertThat(output).contains("Demo data created").doesNotContain(PASSWORD);
        assertThat(Files.list(data)).anyMatch(file -> file.getFileName().toString().startsWith("rapport"));
    }

    @Test
    void the_jar_is_started_by_our_launcher_which_it_carries_beside_spring_boots_loader() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("org.rapport.launch.IndexedJarLauncher");
            assertThat(jar.getManifest().getMainAttributes().getValue("Start-Class"))
                    .isEqualTo(org.rapport.RapportApplication.class.getName());
            assertThat(jar.getEntry("org/rapport/launch/IndexedClassLoader.class")).isNotNull();
            assertThat(jar.getEntry("org/springframework/boot/loader/launch/JarLauncher.class")).isNotNull();
            assertThat(jar.stream().map(JarEntry::getName)).noneMatch(name -> name.contains("/launch/build/"));
        }
    }

    @Test
    void the_demo_accounts_use_the_configured_password_and_a_wrong_one_is_refused() throws Exception {
        var courses = HTTP.send(get("/api/v1/courses", "learner", PASSWORD), HttpResponse.BodyHandlers.ofString());
        var refused = HTTP.send(get("/api/v1/courses", "learner", "not-the-password"),
                HttpResponse.BodyHandlers.ofString());

        assertThat(courses.statusCode()).isEqualTo(200);
        assertThat(courses.body()).contains("\"id\":\"meeting-resistance\"").contains("\"title\"");
        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void the_grading_api_answers_with_the_cli_fields_and_a_score_for_a_scenario() throws Exception {
        String scenarioId = firstScenarioId();
        String body = "{\"response\":\"It sounds like you are tired of being told what to do.\",\"scenarioId\":\""
                + scenarioId + "\"}";
        var graded = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/grade"))
                .header("Authorization", basic("learner", PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(graded.statusCode()).isEqualTo(200);
        assertThat(graded.body()).contains("\"label\":").contains("\"sentences\":").contains("\"score\":");
    }

    @Test
    void a_learner_signs_in_through_the_browser_and_lands_on_my_learning() throws Exception {
        try (Browser browser = new Browser(base, 1280, 900)) {
            browser.signIn("learner", PASSWORD);

            assertThat(browser.byId("join").isDisplayed()).isTrue();
            assertThat(browser.driver().findElements(By.tagName("vaadin-app-layout"))).isNotEmpty();
        }
    }

    private static String firstScenarioId() throws Exception {
        String courses = HTTP.send(get("/api/v1/courses", "learner", PASSWORD), HttpResponse.BodyHandlers.ofString())
                .body();
        int scenarios = courses.indexOf("\"scenarios\":[");
        var id = java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"").matcher(courses);
        assertThat(scenarios).isPositive();
        assertThat(id.find(scenarios)).isTrue();
        return id.group(1);
    }

    private static boolean ready() {
        try {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static HttpRequest get(String path, String user, String password) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user, password)).build();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

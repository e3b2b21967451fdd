package org.rapport.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.grader.Move;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class CourseContentLoaderTest {
    private static final String COURSE = """
            id: tiny
            title: A tiny course
            summary: For testing the loader.
            notice: Trains skills; not treatment.
            modules:
              - 01-one.yaml
            """;

    @TempDir
    Path root;

    @Test
    void a_well_formed_course_loads_with_its_modules_lessons_scenarios_and_key() throws IOException {
        write(COURSE, module(scenario("kai-tired", "reflective"), ""));

        List<Course> courses = load();

        Course course = courses.getFirst();
        assertThat(course.id()).isEqualTo("tiny");
        assertThat(course.contentVersion()).matches("cv-[0-9a-f]{12}");
        Lesson lesson = course.modules().getFirst().lessons().getFirst();
        assertThat(lesson.minutes()).isEqualTo(20);
        Scenario scenario = lesson.scenarios().getFirst();
        assertThat(scenario.target().target()).isEqualTo(Move.REFLECTIVE);
        assertThat(scenario.target().acceptable()).containsExactly(Move.VALIDATING);
        assertThat(scenario.modelReply(Move.JUDGING).text()).isEqualTo("You just need to rest more.");
        assertThat(lesson.check().getFirst().correctOption()).isEqualTo(1);
    }

    @Test
    void changing_any_file_changes_the_content_version() throws IOException {
        write(COURSE, module(scenario("kai-tired", "reflective"), ""));
        String before = load().getFirst().contentVersion();

        write(COURSE, module(scenario("kai-tired", "reflective"), "").replace("Feeling tired", "Feeling worn out"));

        assertThat(load().getFirst().contentVersion()).isNotEqualTo(before);
    }

    @Test
    void a_missing_field_is_reported_with_file_line_and_field_path() throws IOException {
        write(COURSE, module(scenario("kai-tired", "reflective").replaceAll("(?m)^ *hint: .*\n", ""), ""));

        assertThatThrownBy(this::load).isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("courses/tiny/01-one.yaml line ")
                .hasMessageContaining("lessons[0].scenarios[0].hint is missing");
    }

    @Test
    void a_judging_target_an_unknown_move_and_a_misspelt_field_are_all_reported_at_once() throws IOException {
        String scenarios = scenario("kai-tired", "judging")
                + scenario("kai-again", "reflectve").replace("    hint:", "    hnit:");
        write(COURSE, module(scenarios, ""));

        assertThatThrownBy(this::load).isInstanceOf(InvalidContentException.class)
                .satisfies(e -> {
                    List<String> problems = ((InvalidContentException) e).problems();
                    assertThat(problems).anyMatch(p -> p.contains("scenarios[0].target 'judging' should be one of")
                            && p.contains("never teaches judging"));
                    assertThat(problems).anyMatch(p -> p.contains("scenarios[1].target 'reflectve'"));
                    assertThat(problems).anyMatch(p -> p.contains("scenarios[1].hnit is not a field here"));
                });
    }

    @Test
    void a_question_needs_exactly_one_correct_option() throws IOException {
        write(COURSE, module(scenario("kai-tired", "reflective"), "").replace("correct: false", "correct: true"));

        assertThatThrownBy(this::load).hasMessageContaining("check[0].options has 2 options marked 'correct: true'");
    }

    @Test
    void duplicate_scenario_ids_are_refused_naming_both_places() throws IOException {
        write(COURSE, module(scenario("kai-tired", "reflective") + scenario("kai-tired", "validating"), ""));

        assertThatThrownBy(this::load)
                .hasMessageContaining("scenarios[1].id 'kai-tired' is already the id of the scenario at "
                        + "courses/tiny/01-one.yaml lessons[0].scenarios[0]");
    }

    @Test
    void broken_yaml_names_the_file_and_line() throws IOException {
        write(COURSE, "id: one\ntitle: [unclosed\n");

        assertThatThrownBy(this::load).hasMessageContaining("courses/tiny/01-one.yaml line ")
                .hasMessageContaining("is not valid YAML");
    }

    @Test
    void html_in_content_is_refused() throws IOException {
        write(COURSE, module(scenario("kai-tired", "reflective"), "").replace("Feeling tired", "<script>x</script>"));

        assertThatThrownBy(this::load).hasMessageContaining("contains HTML");
    }

    @Test
    void a_module_file_that_does_not_exist_is_named() throws IOException {
        write(COURSE.replace("01-one.yaml", "01-missing.yaml"), module(scenario("kai-tired", "reflective"), ""));

        assertThatThrownBy(this::load)
                .hasMessageContaining("courses/tiny/course.yaml line 6: modules item 0 '01-missing.yaml' does not exist");
    }

    @Test
    void a_file_that_is_not_utf8_text_is_refused() throws IOException {
        write(COURSE, "");
        Files.write(root.resolve("courses/tiny/01-one.yaml"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});

        assertThatThrownBy(this::load).hasMessageContaining("01-one.yaml: is not UTF-8 text");
    }

    @Test
    void no_course_at_all_is_an_error_not_an_empty_catalogue() {
        assertThatThrownBy(this::load).hasMessageContaining("no course found");
    }

    private List<Course> load() {
        return CourseContentLoader.load(new PathMatchingResourcePatternResolver(), root.toUri().toString());
    }

    private void write(String course, String module) throws IOException {
        Path dir = Files.createDirectories(root.resolve("courses/tiny"));
        Files.writeString(dir.resolve("course.yaml"), course);
        Files.writeString(dir.resolve("01-one.yaml"), module);
    }

    private static String module(String scenarios, String extra) {
        return """
                id: one
                title: Module one
                summary: The first module.
                lessons:
                  - id: lesson-one
                    title: Lesson one
                    minutes: 20
                    objectives:
                      - Reflect feelings.
                    reading:
                      - heading: Why
                        body: |
                          Feeling tired is common.
                    examples:
                      - title: An example
                        client: "I'm tired."
                        reply: "You're worn out."
                        move: reflective
                        commentary: It mirrors the feeling.
                    scenarios:
                """ + scenarios + """
                    check:
                      - id: lesson-one-q1
                        question: What is a reflection?
                        options:
                          - text: Advice
                            correct: false
                            explanation: Advice is not a reflection.
                          - text: A mirror of what was said
                            correct: true
                            explanation: That is what a reflection does.
                """ + extra;
    }

    private static String scenario(String id, String target) {
        return """
                  - id: %s
                    persona:
                      name: Kai
                      age: 30
                      setting: Outpatient clinic
                      background: Works nights.
                    client: "I'm always tired and nobody gets it."
                    target: %s
                    acceptable: [validating]
                    hint: Reflect the tiredness.
                    replies:
                      judging:
                        text: You just need to rest more.
                        why: Unasked advice.
                      validating:
                        text: Of course you're worn down after months of nights.
                        why: Says the tiredness is understandable.
                      reflective:
                        text: You're exhausted, and it feels like nobody sees it.
                        why: Mirrors both parts.
                      partnering:
                        text: What would you most like to change about your sleep?
                        why: Asks about their goal.
                """.formatted(id, target).indent(2);
    }
}

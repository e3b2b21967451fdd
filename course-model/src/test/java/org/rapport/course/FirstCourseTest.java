package org.rapport.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.rapport.grader.GradedResponse;
import org.rapport.grader.Move;
import org.rapport.grader.ResponseGrader;
import org.rapport.grader.Agreement;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The first course as the issue asks for it, and the grader's reading of its model replies. */
class FirstCourseTest {
    private static final Course COURSE = CourseContentLoader
            .load(new PathMatchingResourcePatternResolver(), "classpath*:content/").stream()
            .filter(c -> c.id().equals("meeting-resistance")).findFirst().orElseThrow();

    @Test
    void the_course_has_seven_course_modules_of_two_to_four_lessons_and_at_least_seventy_scenarios() {
        assertThat(COURSE.title()).isEqualTo("Meeting resistance, building the alliance");
        assertThat(COURSE.modules()).hasSizeGreaterThanOrEqualTo(7);
        for (CourseModule module : COURSE.modules()) {
            assertThat(module.lessons()).as(module.id()).hasSizeBetween(2, 4);
        }
        assertThat(COURSE.scenarios().count()).isGreaterThanOrEqualTo(70);
    }

    @Test
    void every_course_module_has_a_knowledge_check_of_at_least_five_questions() {
        for (CourseModule module : COURSE.modules()) {
            assertThat(module.questions().count()).as(module.id()).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void every_lesson_has_reading_worked_examples_scenarios_and_minutes_that_add_up_to_the_hours() {
        COURSE.lessons().forEach(lesson -> {
            assertThat(lesson.reading()).as(lesson.id()).isNotEmpty();
            assertThat(lesson.examples()).as(lesson.id()).isNotEmpty();
            assertThat(lesson.scenarios()).as(lesson.id()).isNotEmpty();
            assertThat(lesson.minutes()).as(lesson.id()).isBetween(10, 90);
        });
        assertThat(COURSE.continuingEducationHours()).isEqualTo(Math.floor(COURSE.minutes() / 15.0) / 4.0)
                .isGreaterThan(5);
    }

    @Test
    void scenarios_teach_each_respectful_move_and_never_judging() {
        Map<Move, Integer> targets = new EnumMap<>(Move.class);
        COURSE.scenarios().forEach(s -> targets.merge(s.target().target(), 1, Integer::sum));
        assertThat(targets).doesNotContainKey(Move.JUDGING);
        assertThat(targets.get(Move.VALIDATING)).isGreaterThanOrEqualTo(15);
        assertThat(targets.get(Move.REFLECTIVE)).isGreaterThanOrEqualTo(15);
        assertThat(targets.get(Move.PARTNERING)).isGreaterThanOrEqualTo(15);
    }

    @Test
    void the_course_says_it_trains_skills_and_is_not_treatment_or_crisis_support() {
        assertThat(COURSE.notice()).contains("trains communication skills").contains("not treatment")
                .contains("not crisis support");
    }

    @Test
    void the_trademarked_name_of_the_method_is_never_used() throws IOException {
        for (Path file : contentFiles()) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContainPattern("\\bLEAP\\b");
        }
    }

    @Test
    void the_model_replies_are_not_copied_from_the_graders_corpus() throws IOException {
        Set<String> corpus = new HashSet<>();
        Pattern response = Pattern.compile("\"response\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
        Path graderData = Path.of("..", "grader");
        try (Stream<Path> files = Stream.concat(Files.list(graderData.resolve("corpus")),
                Stream.of(graderData.resolve("eval/voices.jsonl")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    Matcher m = response.matcher(line);
                    if (m.find()) {
                        corpus.add(normalize(m.group(1).replace("\\\"", "\"")));
                    }
                }
            }
        }
        assertThat(corpus).hasSizeGreaterThan(5000);
        List<String> copied = COURSE.scenarios()
                .flatMap(s -> s.replies().values().stream())
                .map(Scenario.ModelReply::text)
                .filter(text -> corpus.contains(normalize(text)))
                .toList();
        assertThat(copied).isEmpty();
    }

    /**
     * The model replies were written to the rubric by course authors, not by the grader's corpus writers, and
     * the grader never trains on them: they are a second held-out check. This reports the share the grader
     * labels as intended. The aims are 95% of replies and 90% of the judging ones; measured on 2026-12-05 with
     * grader v2: 93.6% (292/312), judging recall 0.974 (v1: 89.1%, judging 0.67). Most misses are now warm
     * affirmations ("took guts", "well earned") read as judging, the price of leaning toward catching judging.
     * The floors guard against falling below what was measured rather than claiming the aim. See docs/grader.md.
     */
    @Test
    void the_grader_labels_at_least_93_percent_of_the_model_replies_and_95_percent_of_the_judging_ones_as_written() {
        ResponseGrader grader = ResponseGrader.loadShipped();
        Agreement agreement = new Agreement();
        List<String> misses = new ArrayList<>();
        COURSE.scenarios().forEach(s -> s.replies().forEach((move, reply) -> {
            GradedResponse graded = grader.grade(reply.text(), s.client());
            agreement.add(move, graded.label());
            if (graded.label() != move) {
                misses.add(s.id() + " " + move.label() + " -> " + graded.label().label() + ": " + reply.text());
            }
        }));
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "model replies labelled as intended: %d/%d (%.1f%%), macro-F1 %.3f, kappa %.3f%n",
                agreement.total() - misses.size(), agreement.total(), 100 * agreement.accuracy(),
                agreement.macroF1(), agreement.kappa()));
        for (Move m : Move.values()) {
            report.append(String.format(Locale.ROOT, "  %-10s recall %.3f precision %.3f%n", m.label(),
                    agreement.recall(m), agreement.precision(m)));
        }
        misses.forEach(miss -> report.append("  miss: ").append(miss).append('\n'));
        System.out.print(report);

        assertThat(agreement.total()).isEqualTo(4 * (int) COURSE.scenarios().count());
        assertThat(agreement.accuracy()).as(report.toString()).isGreaterThanOrEqualTo(0.93);
        assertThat(agreement.recall(Move.JUDGING)).as(report.toString()).isGreaterThanOrEqualTo(0.95);
    }

    private static List<Path> contentFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/content/courses/meeting-resistance"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
    }
}

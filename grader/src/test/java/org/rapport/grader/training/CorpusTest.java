package org.rapport.grader.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.grader.Move;

/** The promises the corpus keeps (issue: size, coverage, style, split). */
class CorpusTest {
    /** First column to second column of a corpus table (kinds.txt, writers.txt). */
    static Map<String, String> table(String name) throws java.io.IOException {
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(HeldOutFiguresTest.CORPUS.resolve(name))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.strip().split("\\s+");
                rows.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return rows;
    }

    private static Corpus corpus;

    @BeforeAll
    static void load() {
        corpus = Corpus.load(List.of(HeldOutFiguresTest.CORPUS));
    }

    @Test
    void it_holds_at_least_12000_replies_and_2000_of_each_move() {
        Map<Move, Long> byMove = corpus.examples().stream()
                .collect(Collectors.groupingBy(CorpusExample::label, Collectors.counting()));

        assertThat(corpus.examples()).hasSizeGreaterThanOrEqualTo(12_000);
        for (Move m : Move.values()) {
            assertThat(byMove.get(m)).as(m.label()).isGreaterThanOrEqualTo(2000);
        }
    }

    @Test
    void it_covers_at_least_100_client_situations() {
        assertThat(corpus.situations()).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void every_reply_names_a_writer_of_writers_txt_and_eight_briefs_wrote_at_least_400_replies_each() throws Exception {
        Set<String> known = table("writers.txt").keySet();
        Map<String, Long> byWriter = corpus.examples().stream()
                .collect(Collectors.groupingBy(e -> String.valueOf(e.writer()), Collectors.counting()));

        assertThat(known).containsAll(byWriter.keySet());
        assertThat(byWriter.entrySet().stream()
                .filter(e -> !e.getKey().equals("project-v1") && e.getValue() >= 400).count()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void every_kind_is_one_of_kinds_txt_and_agrees_with_the_moves() throws Exception {
        Map<String, String> kinds = table("kinds.txt");
        for (CorpusExample e : corpus.examples()) {
            if (e.kind() == null) {
                continue;
            }
            String move = kinds.get(e.kind());
            assertThat(move).as(e.source() + " kind " + e.kind()).isNotNull();
            if (move.equals("ends-judging")) {
                assertThat(e.label()).as(e.source() + " ends in a push").isEqualTo(Move.JUDGING);
            } else if (move.equals("mixed")) {
                assertThat(e.mixed()).as(e.source() + " is of a mixed kind").isTrue();
            } else {
                assertThat(e.label().label()).as(e.source()).isEqualTo(move);
                assertThat(e.mixed()).as(e.source() + " is of a single-move kind").isFalse();
            }
        }
    }

    @Test
    void every_hard_case_the_grader_must_learn_has_at_least_150_replies() {
        Map<String, Long> byKind = corpus.examples().stream().filter(e -> e.kind() != null)
                .collect(Collectors.groupingBy(CorpusExample::kind, Collectors.counting()));
        Map<String, List<String>> hardCases = Map.ofEntries(
                Map.entry("facts", List.of("facts")), Map.entry("warning", List.of("warning")),
                Map.entry("confronting", List.of("confronting")), Map.entry("leading-question", List.of("leading-question")),
                Map.entry("reassurance", List.of("reassurance")), Map.entry("interpreting", List.of("interpreting")),
                Map.entry("advice", List.of("advice")), Map.entry("subject-change", List.of("subject-change")),
                Map.entry("pulling-rank", List.of("pulling-rank")),
                Map.entry("validating vs reflective", List.of("validating-borderline", "reflective-borderline")),
                Map.entry("permission-information", List.of("permission-information")), Map.entry("menu", List.of("menu")),
                Map.entry("it's up to you, but", List.of("up-to-you", "up-to-you-but")));

        hardCases.forEach((name, kinds) -> assertThat(kinds.stream().mapToLong(k -> byKind.getOrDefault(k, 0L)).sum())
                .as(name).isGreaterThanOrEqualTo(150));
    }

    @Test
    void at_least_25_percent_of_replies_are_multi_sentence_with_mixed_moves() {
        long mixed = corpus.examples().stream().filter(CorpusExample::mixed).count();

        assertThat((double) mixed / corpus.examples().size()).isGreaterThanOrEqualTo(0.25);
    }

    @Test
    void stock_openers_begin_at_most_15_percent_of_reflective_replies() {
        List<CorpusExample> reflective = corpus.examples().stream().filter(e -> e.label() == Move.REFLECTIVE).toList();
        long stock = reflective.stream().map(e -> e.response().strip().toLowerCase(Locale.ROOT))
                .filter(r -> r.startsWith("it sounds like") || r.startsWith("so you")).count();

        assertThat((double) stock / reflective.size()).isLessThanOrEqualTo(0.15);
    }

    @Test
    void no_reply_appears_twice() {
        Map<String, Long> counts = corpus.examples().stream()
                .collect(Collectors.groupingBy(e -> e.response().strip().toLowerCase(Locale.ROOT), Collectors.counting()));

        assertThat(counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList()).isEmpty();
    }

    @Test
    void the_held_out_part_is_at_least_15_percent_has_two_writers_and_shares_no_writer_or_situation_with_training() {
        HeldOut split = HeldOut.read(HeldOutFiguresTest.CORPUS);
        List<CorpusExample> test = corpus.heldOut(split, true).examples();
        List<CorpusExample> train = corpus.heldOut(split, false).examples();

        assertThat((double) test.size() / corpus.examples().size()).isGreaterThanOrEqualTo(0.15);
        assertThat(split.writers()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(train.stream().map(CorpusExample::situation).collect(Collectors.toSet())).doesNotContainAnyElementsOf(split.situations());
        assertThat(train.stream().map(CorpusExample::writer).collect(Collectors.toSet())).doesNotContainAnyElementsOf(split.writers());
        for (HeldOut.Part part : List.of(HeldOut.Part.NEW_WRITER_AND_SITUATION, HeldOut.Part.NEW_WRITER, HeldOut.Part.NEW_SITUATION)) {
            Set<Move> moves = test.stream().filter(e -> split.part(e) == part).map(CorpusExample::label).collect(Collectors.toSet());
            assertThat(moves).as(part.description()).containsExactlyInAnyOrder(Move.values());
        }
    }

    @Test
    void grouped_folds_never_train_on_a_situation_or_writer_they_test_on_and_test_each_situation_once() {
        List<CorpusExample> training = corpus.heldOut(HeldOut.read(HeldOutFiguresTest.CORPUS), false).examples();
        List<GroupedFolds.Fold> folds = GroupedFolds.of(training, 5);

        for (GroupedFolds.Fold fold : folds) {
            String fold0 = "fold " + fold.index();
            assertThat(fold.train().stream().filter(e -> fold.situations().contains(e.situation())
                    || fold.writers().contains(e.writer())).count()).as(fold0 + ": training replies it tests on").isZero();
            assertThat(fold.test().stream().filter(e -> !fold.situations().contains(e.situation())
                    && !fold.writers().contains(e.writer())).count()).as(fold0 + ": test replies it does not hold out").isZero();
            assertThat(fold.train().size() + fold.test().size()).as(fold0).isEqualTo(training.size());
            assertThat(fold.writers()).as(fold0).doesNotContainAnyElementsOf(GroupedFolds.NOT_ONE_WRITER).isNotEmpty();
        }
        assertThat(folds.stream().mapToInt(f -> f.situations().size()).sum())
                .isEqualTo(training.stream().map(CorpusExample::situation).distinct().count());
    }

    @Test
    void a_bad_line_is_reported_with_its_file_and_line_number(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.jsonl"), """
                {"response": "That sounds hard.", "label": "validating"}
                {"response": "You should go.", "label": "judgy"}
                """);

        assertThatThrownBy(() -> Corpus.load(List.of(dir)))
                .hasMessageContaining("broken.jsonl:2")
                .hasMessageContaining("judgy");
    }

    @Test
    void a_line_written_for_an_example_reads_back_as_the_same_example_with_its_own_situation(@TempDir Path dir)
            throws Exception {
        CorpusExample correction = new CorpusExample("lesson-2-scenario-3", "attempt 7", "I'm not going back.",
                "That's fair. What would make it worth a try?", Move.PARTNERING,
                List.of(Move.VALIDATING, Move.PARTNERING), "learner", null);
        Files.writeString(dir.resolve("corrections.jsonl"), Corpus.line(correction, Map.of("cohort", 12)) + "\n");

        CorpusExample read = Corpus.load(List.of(dir)).examples().getFirst();

        assertThat(read.situation()).isEqualTo("lesson-2-scenario-3");
        assertThat(read).usingRecursiveComparison().ignoringFields("source").isEqualTo(correction);
        assertThat(Files.readString(dir.resolve("corrections.jsonl"))).contains("\"cohort\":12");
    }

    @Test
    void a_judging_sentence_in_a_reply_not_labelled_judging_is_refused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("rollup.jsonl"),
                "{\"response\": \"That's hard. You should go.\", \"label\": \"validating\", \"moves\": [\"validating\", \"judging\"]}\n");

        assertThatThrownBy(() -> Corpus.load(List.of(dir))).hasMessageContaining("rollup.jsonl:1");
    }

    @Test
    void most_multi_sentence_replies_split_into_the_sentences_their_moves_list() {
        var pipeline = org.rapport.grader.text.TextPipeline.english();
        List<CorpusExample> multi = corpus.examples().stream().filter(e -> e.moves().size() > 1).toList();
        long agree = multi.stream().filter(e -> pipeline.analyze(e.response()).size() == e.moves().size()).count();

        assertThat((double) agree / multi.size()).isGreaterThanOrEqualTo(0.95);
    }
}

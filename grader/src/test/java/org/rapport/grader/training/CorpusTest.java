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
    private static Corpus corpus;

    @BeforeAll
    static void load() {
        corpus = Corpus.load(List.of(HeldOutFiguresTest.CORPUS));
    }

    @Test
    void it_holds_at_least_5000_replies_and_1000_of_each_move() {
        Map<Move, Long> byMove = corpus.examples().stream()
                .collect(Collectors.groupingBy(CorpusExample::label, Collectors.counting()));

        assertThat(corpus.examples()).hasSizeGreaterThanOrEqualTo(5000);
        for (Move m : Move.values()) {
            assertThat(byMove.get(m)).as(m.label()).isGreaterThanOrEqualTo(1000);
        }
    }

    @Test
    void it_covers_at_least_80_client_situations() {
        assertThat(corpus.situations()).hasSizeGreaterThanOrEqualTo(80);
    }

    @Test
    void at_least_15_percent_of_replies_are_multi_sentence_with_mixed_moves() {
        long mixed = corpus.examples().stream().filter(CorpusExample::mixed).count();

        assertThat((double) mixed / corpus.examples().size()).isGreaterThanOrEqualTo(0.15);
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
    void the_held_out_split_is_at_least_15_percent_and_shares_no_situation_with_training() {
        Set<String> heldOut = Corpus.heldOutSituations(HeldOutFiguresTest.CORPUS);
        List<CorpusExample> test = corpus.filter(heldOut, true).examples();
        List<CorpusExample> train = corpus.filter(heldOut, false).examples();

        assertThat((double) test.size() / corpus.examples().size()).isGreaterThanOrEqualTo(0.15);
        assertThat(train.stream().map(CorpusExample::situation).collect(Collectors.toSet())).doesNotContainAnyElementsOf(heldOut);
        Map<Move, Long> testMoves = test.stream().collect(Collectors.groupingBy(CorpusExample::label, Collectors.counting()));
        assertThat(testMoves.keySet()).containsExactlyInAnyOrder(Move.values());
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

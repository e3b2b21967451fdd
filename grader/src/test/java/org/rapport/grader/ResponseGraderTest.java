package org.rapport.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped model through the public API, on replies written for this test (not from the corpus). */
class ResponseGraderTest {
    private static ResponseGrader grader;

    @BeforeAll
    static void loadShippedModel() {
        grader = ResponseGrader.loadShipped();
    }

    @Test
    void an_order_to_take_medication_is_judging() {
        assertThat(grader.grade("You need to take your tablets every single day, no arguments.").label())
                .isEqualTo(Move.JUDGING);
    }

    @Test
    void saying_a_feeling_is_legitimate_is_validating() {
        assertThat(grader.grade("Of course you're fed up, anyone would be after being passed around like that.").label())
                .isEqualTo(Move.VALIDATING);
    }

    @Test
    void mirroring_what_the_person_meant_is_reflective() {
        assertThat(grader.grade("You've been let down by so many appointments that another one feels pointless.").label())
                .isEqualTo(Move.REFLECTIVE);
    }

    @Test
    void leaving_the_choice_with_the_person_is_partnering() {
        assertThat(grader.grade("Would it be okay if we looked at a few options together and you pick what fits?").label())
                .isEqualTo(Move.PARTNERING);
    }

    @Test
    void i_understand_but_is_judging() {
        assertThat(grader.grade("I understand it's scary, but you have to go back to the clinic.").label())
                .isEqualTo(Move.JUDGING);
    }

    @Test
    void a_kind_reply_with_one_lecturing_sentence_is_judging_and_the_sentence_is_named() {
        GradedResponse result = grader.grade(
                "That sounds like a really rough week. Honestly though, the research shows therapy works, so you should stick with it.");

        assertThat(result.label()).isEqualTo(Move.JUDGING);
        assertThat(result.sentences()).hasSize(2);
        assertThat(result.sentences().get(1).label()).isEqualTo(Move.JUDGING);
    }

    @Test
    void scores_cover_the_four_moves_and_sum_to_one_for_the_reply_and_each_sentence() {
        GradedResponse result = grader.grade("It makes sense you're wary. What would you want from a first visit?");

        assertThat(result.scores()).hasSize(4);
        assertThat(result.scores().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        for (GradedSentence s : result.sentences()) {
            assertThat(s.scores().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(s.confidence()).isCloseTo(s.scores().get(s.label()), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void cues_point_at_the_words_in_the_reply_as_written() {
        String reply = "u really need to stop skipping ur appointments";
        GradedResponse result = grader.grade(reply);

        List<Cue> cues = result.sentences().get(0).cues();
        assertThat(cues).isNotEmpty();
        for (Cue cue : cues) {
            assertThat(reply.substring(cue.start(), cue.end())).isEqualTo(cue.text());
            assertThat(cue.weight()).isBetween(0.0, 1.0);
        }
        assertThat(cues.get(0).weight()).isEqualTo(1.0);
    }

    @Test
    void every_result_names_the_model_that_made_it() {
        assertThat(grader.grade("What was that like for you?").modelVersion())
                .isEqualTo(grader.modelVersion())
                .matches("rg-[0-9a-f]{12}");
    }

    @Test
    void a_prompt_is_optional_and_may_be_anything() {
        assertThat(grader.grade("You're tired of being told what to do.", "I'm sick of everyone telling me what to do").label())
                .isEqualTo(Move.REFLECTIVE);
        assertThat(grader.grade("You're tired of being told what to do.", "\u0000\u0001\u0002").label())
                .isEqualTo(Move.REFLECTIVE);
    }

    @Test
    void a_remembered_prompt_grades_a_reply_as_it_did_the_first_time_and_never_stands_in_for_another() {
        // The shipped model does not read prompts (docs/grader.md); a model with the prompt-echo family does.
        java.util.List<org.rapport.grader.training.CorpusExample> small = org.rapport.grader.training.Corpus.load(List.of(
                java.nio.file.Path.of("corpus", "complicated-grief.jsonl"), java.nio.file.Path.of("corpus", "missed-homework.jsonl"))).examples();
        org.rapport.grader.training.TrainingSettings withPrompts = org.rapport.grader.training.TrainingSettings.defaults()
                .withFamilies(List.of("lemmas", "ngrams", "prompt-echo"));
        ResponseGrader readsPrompts = org.rapport.grader.training.Experiments.toGrader(
                org.rapport.grader.training.Trainer.train(small, withPrompts));
        String reply = "You're tired of being told what to do about the homework.";
        String homework = "I'm sick of everyone telling me what to do about this homework.";
        String sister = "My sister keeps calling me about the weekend.";
        GradedResponse withSister = readsPrompts.grade(reply, sister);
        GradedResponse withHomework = readsPrompts.grade(reply, homework);
        // The reply echoes the first prompt and not the second, so the prompt visibly changes the grade.
        assertThat(withHomework.scores()).isNotEqualTo(withSister.scores());
        assertThat(readsPrompts.grade(reply, homework)).isEqualTo(withHomework);
        assertThat(readsPrompts.grade(reply, sister)).isEqualTo(withSister);
    }

    @Test
    void the_shipped_model_grades_the_same_whatever_the_prompt() {
        String reply = "You're tired of being told what to do about the pills.";

        assertThat(grader.grade(reply, "I'm sick of everyone telling me what to do about these pills."))
                .isEqualTo(grader.grade(reply, "My sister keeps calling me about the weekend."));
    }

    @Test
    void empty_huge_and_binary_replies_are_refused_with_a_clear_message() {
        assertThatThrownBy(() -> grader.grade("")).isInstanceOf(ReplyRejectedException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> grader.grade("a ".repeat(ResponseGrader.MAX_REPLY_CHARS)))
                .isInstanceOf(ReplyRejectedException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> grader.grade("\u0000\u0001binary\u0002"))
                .isInstanceOf(ReplyRejectedException.class).hasMessageContaining("text");
    }

    @Test
    void many_threads_grading_at_once_get_exactly_what_one_thread_gets() throws Exception {
        List<String> replies = List.of(
                "You need to take your tablets.",
                "That sounds exhausting.",
                "Part of you wants to go and part of you dreads it.",
                "It's your call, and I'll back you either way.",
                "Don't you think your kids deserve better? I'm only saying it because I care.",
                "no wonder ur angry tbh",
                "What would you like to be different a year from now?",
                "You're in denial about how bad it's got.");
        List<GradedResponse> expected = new ArrayList<>();
        for (String r : replies) {
            expected.add(grader.grade(r));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<GradedResponse>> futures = new ArrayList<>();
            for (int round = 0; round < 50; round++) {
                for (String r : replies) {
                    futures.add(pool.submit(() -> grader.grade(r)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % replies.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void no_cue_is_a_general_word_on_its_own() {
        List<String> replies = List.of(
                "You're in good company, a lot of people feel this way about pills.",
                "It sounds like part of you is worn out by appointments that haven't helped. "
                        + "What would you want to be different, if anything?",
                "Just give it a try, you might be surprised.",
                "I think you are doing the best you can with a really hard situation.",
                "That is good to hear, and it is up to you what happens next.",
                "You said the meds made you feel flat and you hated that.",
                "Have you thought about going back to the group?");
        List<String> general = List.of("good", "you", "the", "just", "a", "to", "it", "is", "and", "that", "i",
                "what", "really", "so", "of", "in", "are", "be", "think");
        for (String reply : replies) {
            for (GradedSentence s : grader.grade(reply).sentences()) {
                for (Cue cue : s.cues()) {
                    assertThat(general).as("cue '%s' in '%s'", cue.text(), s.text())
                            .doesNotContain(cue.text().strip().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
    }

    @Test
    void a_reflection_then_a_partnering_question_is_credited_where_the_partnering_sentence_is() {
        GradedResponse graded = grader.grade("It sounds like part of you is worn out by appointments that haven't helped. "
                + "What would you want to be different, if anything?");
        ScenarioScore score = ScenarioScorer.score(graded, ScenarioTarget.of(Move.PARTNERING));

        assertThat(graded.sentences()).extracting(GradedSentence::label).containsExactly(Move.REFLECTIVE, Move.PARTNERING);
        assertThat(score.outcome()).isEqualTo(ScoreOutcome.TARGET);
        assertThat(score.score()).isEqualTo(100);
        assertThat(score.feedback()).contains("What would you want to be different").doesNotContain("calls for you to");
    }
}

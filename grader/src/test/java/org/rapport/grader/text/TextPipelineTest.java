package org.rapport.grader.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextPipelineTest {
    private final TextPipeline pipeline = TextPipeline.english();

    @Test
    void a_reply_is_split_into_sentences_with_their_offsets_in_the_reply() {
        String reply = "That sounds exhausting. What would you like to be different?";
        List<AnalyzedSentence> sentences = pipeline.analyze(reply);

        assertThat(sentences).hasSize(2);
        assertThat(reply.substring(sentences.get(1).start(), sentences.get(1).end()))
                .isEqualTo("What would you like to be different?");
        assertThat(sentences.get(1).index()).isEqualTo(1);
        assertThat(sentences.get(1).count()).isEqualTo(2);
    }

    @Test
    void a_line_break_ends_a_sentence_even_without_punctuation() {
        assertThat(pipeline.analyze("that sounds hard\nwhat would help")).hasSize(2);
    }

    @Test
    void words_get_universal_pos_tags_and_lower_case_lemmas() {
        AnalyzedSentence s = pipeline.analyze("It sounds like the doctors were not listening.").get(0);

        assertThat(s.lemmas()).contains("sound", "doctor", "listen");
        assertThat(s.tags()).contains("VERB", "NOUN", "PRON");
    }

    @Test
    void texting_shorthand_is_expanded_but_points_back_at_what_was_typed() {
        String reply = "u dont have to decide today";
        AnalyzedSentence s = pipeline.analyze(reply).get(0);

        assertThat(s.tokens()).startsWith("you", "do", "n't");
        assertThat(reply.substring(s.tokenStarts()[1], s.tokenEnds()[1])).isEqualTo("dont");
        assertThat(reply.substring(s.tokenStarts()[2], s.tokenEnds()[2])).isEqualTo("dont");
    }

    @Test
    void the_same_reply_gives_the_same_analysis_once_lemmas_are_cached() {
        String reply = "Part of you wants to stop drinking, and part of you is scared of who you'd be without it.";
        AnalyzedSentence first = pipeline.analyze(reply).get(0);
        AnalyzedSentence second = pipeline.analyze(reply).get(0);

        assertThat(second.lemmas()).containsExactly(first.lemmas());
    }

    @Test
    void a_sentence_gets_the_same_lemmas_whatever_was_analyzed_before_it() {
        String reply = "She was leaving the meetings early and lying about it.";
        pipeline.clearLemmaCache();
        String[] fresh = pipeline.analyze(reply).get(0).lemmas();
        pipeline.clearLemmaCache();
        pipeline.analyze("Leaving is hard. I was lying awake. Meetings are long.");
        String[] afterOthers = pipeline.analyze(reply).get(0).lemmas();

        assertThat(afterOthers).containsExactly(fresh);
    }

    @Test
    void a_words_lemma_does_not_depend_on_what_the_pipeline_met_before() {
        TextPipeline pipeline = TextPipeline.english();
        pipeline.clearLemmaCache();
        List<String> cold = List.of(pipeline.analyze("you were stopping it").get(0).lemmas());
        pipeline.clearLemmaCache();
        pipeline.analyze("Stopping it was hard.");
        List<String> afterCapitalised = List.of(pipeline.analyze("you were stopping it").get(0).lemmas());

        assertThat(afterCapitalised).isEqualTo(cold);
    }
}

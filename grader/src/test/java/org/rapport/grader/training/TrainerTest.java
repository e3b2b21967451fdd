package org.rapport.grader.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrainerTest {
    private static final List<CorpusExample> SMALL = Corpus.load(List.of(
            Path.of("corpus", "complicated-grief.jsonl"), Path.of("corpus", "missed-homework.jsonl"))).examples();

    @Test
    void the_same_corpus_and_settings_give_the_same_weights_and_version() {
        Trainer.Trained first = Trainer.train(SMALL, TrainingSettings.defaults());
        Trainer.Trained second = Trainer.train(SMALL, TrainingSettings.defaults());

        assertThat(second.model().doccat().getMaxentModel()).isEqualTo(first.model().doccat().getMaxentModel());
        assertThat(second.model().version()).isEqualTo(first.model().version());
    }

    @Test
    void different_settings_give_different_weights() {
        assertThat(Trainer.train(SMALL, TrainingSettings.defaults().withAlgorithm("PERCEPTRON")).model().doccat().getMaxentModel())
                .isNotEqualTo(Trainer.train(SMALL, TrainingSettings.defaults()).model().doccat().getMaxentModel());
    }

    @Test
    void the_model_version_changes_with_the_corpus_and_with_the_settings() {
        String base = Trainer.version(SMALL, TrainingSettings.defaults());

        assertThat(Trainer.version(SMALL.subList(1, SMALL.size()), TrainingSettings.defaults())).isNotEqualTo(base);
        assertThat(Trainer.version(SMALL, TrainingSettings.defaults().withAlgorithm("PERCEPTRON"))).isNotEqualTo(base);
    }

    @Test
    void mixed_replies_whose_sentence_split_disagrees_with_their_moves_are_left_out_of_training() {
        CorpusExample disagreeing = new CorpusExample("s", "t:1", null, "That is hard and you should go anyway",
                org.rapport.grader.Move.JUDGING,
                List.of(org.rapport.grader.Move.VALIDATING, org.rapport.grader.Move.JUDGING));

        assertThat(SentenceSamples.sentenceLabels(disagreeing, 1)).isNull();
    }
}

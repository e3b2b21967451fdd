package org.rapport.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.api.Test;
import org.rapport.grader.features.FeatureContext;
import org.rapport.grader.model.GraderModel;
import org.rapport.grader.text.AnalyzedSentence;
import org.rapport.grader.text.TextPipeline;

/** The grader evaluates the doccat model directly; it must give what OpenNLP's own categorizer gives. */
class DoccatEquivalenceTest {
    @Test
    void every_sentence_gets_the_probabilities_documentcategorizerme_computes() throws Exception {
        GraderModel model;
        try (InputStream in = ResponseGrader.class.getResourceAsStream(ResponseGrader.SHIPPED_MODEL)) {
            model = GraderModel.read(in);
        }
        ResponseGrader grader = ResponseGrader.loadShipped();
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model.doccat());
        String reply = "I get that you're tired of this. But honestly you need to go. Would it help if we planned it "
                + "together? part of u wants to and part of u doesnt";

        List<AnalyzedSentence> sentences = TextPipeline.english().analyze(reply);
        GradedResponse graded = grader.grade(reply);

        assertThat(graded.sentences()).hasSize(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            double[] expected = categorizer.categorize(sentences.get(i).tokens(),
                    Map.of(FeatureContext.KEY, new FeatureContext(sentences.get(i), null)));
            for (int o = 0; o < expected.length; o++) {
                Move move = Move.fromLabel(categorizer.getCategory(o));
                assertThat(graded.sentences().get(i).scores().get(move)).isCloseTo(expected[o], within(1e-9));
            }
        }
    }
}

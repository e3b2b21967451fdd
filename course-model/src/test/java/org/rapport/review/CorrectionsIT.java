package org.rapport.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.TestAccounts;
import org.rapport.TestPractice;
import org.rapport.refusal.NotPermittedException;
import org.rapport.account.Role;
import org.rapport.course.Scenario;
import org.rapport.grader.Move;
import org.rapport.grader.training.Corpus;
import org.rapport.grader.training.CorpusExample;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CorrectionsIT {
    private static final String TWO_SENTENCES = "So the pills left you feeling flat. What would you like to be different?";

    @Autowired
    CorrectionsService corrections;
    @Autowired
    ReviewService reviews;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestPractice fixtures;

    @Test
    void reviewed_attempts_export_as_corpus_lines_the_grader_reads_with_the_supervisors_moves(@TempDir Path dir)
            throws Exception {
        long supervisor = accounts.create(Role.SUPERVISOR);
        var cohort = fixtures.cohortOf(supervisor);
        long learner = fixtures.learnerIn(cohort);
        Scenario scenario = fixtures.firstScenario();
        long overridden = fixtures.submit(learner, TWO_SENTENCES);
        long accepted = fixtures.submit(learner, TWO_SENTENCES);
        long unreviewed = fixtures.submit(learner, TWO_SENTENCES);
        reviews.overrideSentences(supervisor, overridden, List.of(Move.REFLECTIVE, Move.JUDGING), "Steers them.");
        reviews.accept(supervisor, accepted, null);
        long admin = accounts.create(Role.ADMIN);

        StringWriter out = new StringWriter();
        int lines = corrections.exportCorrections(admin, out);
        Files.writeString(dir.resolve("corrections.jsonl"), out.toString());

        assertThat(lines).isEqualTo((int) out.toString().lines().count());
        Map<String, CorpusExample> byAttempt = Corpus.load(List.of(dir)).examples().stream()
                .collect(Collectors.toMap(e -> e.source(), Function.identity()));
        String exported = out.toString();
        String overriddenLine = exported.lines().filter(l -> l.contains("\"attempt\":" + overridden + ","))
                .findFirst().orElseThrow();
        assertThat(overriddenLine).contains("\"writer\":\"learner\"", "\"cohort\":" + cohort.id(),
                "\"situation\":\"" + scenario.id() + "\"", "\"label\":\"judging\"",
                "\"moves\":[\"reflective\",\"judging\"]", "\"verdict\":\"overridden\"");
        assertThat(overriddenLine).as("the prompt is the client's line").contains("\"prompt\":");
        assertThat(exported).contains("\"attempt\":" + accepted + ",").doesNotContain("\"attempt\":" + unreviewed + ",");
        assertThat(exported).as("learners are not named").doesNotContain("Test learner-");
        assertThat(byAttempt.values()).allSatisfy(e -> assertThat(e.writer()).isEqualTo("learner"));
    }

    @Test
    void only_an_admin_may_export_corrections() {
        long supervisor = accounts.create(Role.SUPERVISOR);

        assertThatThrownBy(() -> corrections.exportCorrections(supervisor, new StringWriter()))
                .isInstanceOf(NotPermittedException.class);
    }
}

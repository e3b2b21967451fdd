package org.rapport.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.account.Actors;
import org.rapport.account.Role;
import org.rapport.course.CourseCatalogue;
import org.rapport.grader.Move;
import org.rapport.grader.training.Corpus;
import org.rapport.grader.training.CorpusExample;
import org.rapport.practice.Attempt;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervisors' reviews handed back to the grader: every reviewed attempt, as the latest review reads it, as a
 * corpus line the grader's {@code train} command takes ({@code "writer": "learner"}, the scenario as the
 * situation, the cohort id). Accepted grades are corrections too: they confirm the grader on real learners'
 * writing. Learners are not named; the reply text is theirs, so only admins may export.
 */
@Service
@Transactional(readOnly = true)
public class CorrectionsService {
    /** The writer every exported line names: the corpus's briefs never include real learners. */
    public static final String WRITER = "learner";
    private static final int PAGE = 200;

    private final SupervisorReviewRepository reviews;
    private final CourseCatalogue catalogue;
    private final Actors actors;

    CorrectionsService(SupervisorReviewRepository reviews, CourseCatalogue catalogue, Actors actors) {
        this.reviews = reviews;
        this.catalogue = catalogue;
        this.actors = actors;
    }

    /**
     * Writes one JSON line per reviewed attempt, a page of reviews at a time so a large export never sits in
     * memory whole.
     *
     * @return how many lines were written
     */
    public int exportCorrections(long adminId, Writer out) {
        actors.require(adminId, Role.ADMIN);
        int written = 0;
        for (int page = 0; ; page++) {
            List<SupervisorReview> latest = reviews.latestOfEachAttempt(PageRequest.of(page, PAGE));
            for (SupervisorReview review : latest) {
                try {
                    out.write(line(review));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written++;
            }
            if (latest.size() < PAGE) {
                return written;
            }
        }
    }

    private String line(SupervisorReview review) {
        Attempt attempt = review.getAttempt();
        List<Move> moves = review.getSentenceLabels();
        if (moves.isEmpty() && review.getVerdict() == SupervisorReview.Verdict.ACCEPTED) {
            // Reviews made before they recorded sentences: an acceptance kept the grader's sentence moves.
            moves = attempt.graderSentenceLabels();
        }
        String prompt = catalogue.scenario(attempt.getScenarioId()).map(p -> p.scenario().client()).orElse(null);
        CorpusExample example = new CorpusExample(attempt.getScenarioId(), "attempt " + attempt.getId(), prompt,
                attempt.getReplyText(), review.getLabel(), moves, WRITER, null);
        Map<String, Object> from = new LinkedHashMap<>();
        from.put("cohort", attempt.getCohortId());
        from.put("attempt", attempt.getId());
        from.put("verdict", review.getVerdict().name().toLowerCase(java.util.Locale.ROOT));
        from.put("grader", attempt.getLabel().label());
        from.put("model", attempt.getModelVersion());
        from.put("reviewedAt", review.getReviewedAt().toString());
        return Corpus.line(example, from);
    }
}

package org.rapport.practice;

import org.rapport.refusal.InvalidInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import org.hibernate.annotations.BatchSize;
import org.rapport.account.UserAccount;
import org.rapport.course.CourseCatalogue.ScenarioPlace;
import org.rapport.grader.GradedResponse;
import org.rapport.grader.GradedSentence;
import org.rapport.grader.Move;
import org.rapport.grader.ScenarioScore;
import org.rapport.grader.ScenarioScorer;
import org.rapport.grader.ScenarioTarget;
import org.rapport.grader.ScoreOutcome;

/**
 * A learner's reply to a scenario and the grade it got. The grader's grade is kept as it was, naming the model and
 * the course content version it was made with, so old grades stay explainable and agreement with supervisors
 * can be measured. A supervisor's review that overrides it puts a reviewed grade beside it, which is the one
 * everyone sees next ({@link #effectiveLabel()}, {@link #effectiveScore()}); a review that accepts the grader's
 * grade removes it again.
 */
@Entity
public class Attempt {
    private static final Pattern SUBMISSION_KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private UserAccount learner;
    private Long cohortId;
    private String courseId;
    private String moduleId;
    private String lessonId;
    private String scenarioId;
    @Enumerated(EnumType.STRING)
    private AttemptMode mode;
    private String replyText;
    @Enumerated(EnumType.STRING)
    private Move label;
    private double confidence;
    private boolean unsure;
    private double shareJudging;
    private double shareValidating;
    private double shareReflective;
    private double sharePartnering;
    private int score;
    @Enumerated(EnumType.STRING)
    private ScoreOutcome outcome;
    private String scoreFeedback;
    private String modelVersion;
    private String contentVersion;
    private Instant submittedAt;
    private String submissionKey;
    private boolean sampledForReview;
    @Enumerated(EnumType.STRING)
    private Move reviewedLabel;
    private Integer reviewedScore;
    @Enumerated(EnumType.STRING)
    private ScoreOutcome reviewedOutcome;
    private String reviewedFeedback;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "attempt_sentence", joinColumns = @JoinColumn(name = "attempt_id"))
    // Lists of attempts (review queue, timeline, gradebook) read their sentences a page at a time, not one
    // query per attempt.
    @BatchSize(size = 100)
    @OrderColumn(name = "position")
    private List<AttemptSentence> sentences = new ArrayList<>();

    protected Attempt() {
    }

    /**
     * Records a graded reply.
     *
     * @param submissionKey the client's key for this submission, so a double submit is recognized
     * @param sampled       drawn into the random sample supervisors review
     */
    static Attempt record(UserAccount learner, Long cohortId, ScenarioPlace place, AttemptMode mode, String reply,
                          GradedResponse graded, ScenarioScore score, String submissionKey, boolean sampled,
                          Instant now) {
        if (submissionKey == null || !SUBMISSION_KEY.matcher(submissionKey).matches()) {
            throw new InvalidInputException("A submission key has 8 to 64 letters, digits, '-' or '_'.");
        }
        Attempt a = new Attempt();
        a.learner = learner;
        a.cohortId = cohortId;
        a.courseId = place.courseId();
        a.moduleId = place.moduleId();
        a.lessonId = place.lessonId();
        a.scenarioId = place.scenario().id();
        a.contentVersion = place.contentVersion();
        a.mode = mode;
        a.replyText = reply;
        a.label = graded.label();
        a.confidence = graded.confidence();
        a.unsure = graded.unsure();
        a.shareJudging = graded.scores().get(Move.JUDGING);
        a.shareValidating = graded.scores().get(Move.VALIDATING);
        a.shareReflective = graded.scores().get(Move.REFLECTIVE);
        a.sharePartnering = graded.scores().get(Move.PARTNERING);
        a.score = score.score();
        a.outcome = score.outcome();
        a.scoreFeedback = score.feedback();
        a.modelVersion = graded.modelVersion();
        a.submittedAt = now;
        a.submissionKey = submissionKey;
        a.sampledForReview = sampled;
        for (GradedSentence s : graded.sentences()) {
            String cues = s.cues().stream().map(c -> c.start() + "-" + c.end()).collect(Collectors.joining(","));
            a.sentences.add(new AttemptSentence(s.start(), s.end(), s.label(), s.confidence(), cues, null));
        }
        return a;
    }

    /**
     * Gives each sentence the move a supervisor read in it, and the reply the grade that follows from those by
     * the rubric's roll-up and the scenario's scoring, so label, score and feedback agree as they do for the
     * grader's own grade.
     *
     * @param sentenceLabels one move per sentence, in reading order
     * @param target         what the scenario teaches; null when the content no longer has the scenario, in which
     *                       case the score and its note stay the grader's
     */
    public void applyReview(List<Move> sentenceLabels, ScenarioTarget target) {
        GradedResponse reviewed = storedGrade().reviewed(sentenceLabels);
        for (int i = 0; i < sentences.size(); i++) {
            sentences.set(i, sentences.get(i).reviewedAs(sentenceLabels.get(i)));
        }
        reviewedLabel = reviewed.label();
        if (target == null) {
            reviewedScore = score;
            reviewedOutcome = outcome;
            reviewedFeedback = scoreFeedback;
        } else {
            ScenarioScore rescored = ScenarioScorer.score(reviewed, target);
            reviewedScore = rescored.score();
            reviewedOutcome = rescored.outcome();
            reviewedFeedback = "A supervisor reviewed this reply. " + rescored.feedback();
        }
    }

    /** Back to the grader's grade: a later review accepted it. */
    public void clearReview() {
        sentences.replaceAll(s -> s.reviewedAs(null));
        reviewedLabel = null;
        reviewedScore = null;
        reviewedOutcome = null;
        reviewedFeedback = null;
    }

    /** The move the grader gave each sentence, in reading order. */
    public List<Move> graderSentenceLabels() {
        return sentences.stream().map(AttemptSentence::label).toList();
    }

    /** Whether a supervisor's review changed the grade. */
    public boolean isReviewed() {
        return reviewedLabel != null;
    }

    public Move effectiveLabel() {
        return isReviewed() ? reviewedLabel : label;
    }

    public int effectiveScore() {
        return isReviewed() ? reviewedScore : score;
    }

    public ScoreOutcome effectiveOutcome() {
        return isReviewed() ? reviewedOutcome : outcome;
    }

    public String effectiveFeedback() {
        return isReviewed() ? reviewedFeedback : scoreFeedback;
    }

    /** Each move's share of the reply as everyone sees it: the supervisor's reading by words once reviewed. */
    public Map<Move, Double> effectiveShares() {
        return isReviewed() ? storedGrade().reviewed(getSentences().stream().map(AttemptSentence::move).toList())
                .scores() : shares();
    }

    /**
     * The grader's grade rebuilt from what is stored. Only each sentence's confidence in its own move is kept,
     * not all four probabilities, so the rest is spread evenly: enough for a review to relabel it, not for
     * anything that reads sentence probabilities.
     */
    private GradedResponse storedGrade() {
        List<GradedSentence> graded = new ArrayList<>();
        for (AttemptSentence s : sentences) {
            Map<Move, Double> scores = new EnumMap<>(Move.class);
            for (Move m : Move.values()) {
                scores.put(m, m == s.label() ? s.confidence() : (1 - s.confidence()) / (Move.values().length - 1));
            }
            graded.add(new GradedSentence(replyText.substring(s.startOffset(), s.endOffset()), s.startOffset(),
                    s.endOffset(), s.label(), s.confidence(), scores, List.of()));
        }
        return new GradedResponse(label, confidence, unsure, shares(), graded, modelVersion);
    }

    public Map<Move, Double> shares() {
        Map<Move, Double> shares = new EnumMap<>(Move.class);
        shares.put(Move.JUDGING, shareJudging);
        shares.put(Move.VALIDATING, shareValidating);
        shares.put(Move.REFLECTIVE, shareReflective);
        shares.put(Move.PARTNERING, sharePartnering);
        return shares;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getLearner() {
        return learner;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public String getCourseId() {
        return courseId;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getLessonId() {
        return lessonId;
    }

    public String getScenarioId() {
        return scenarioId;
    }

    public AttemptMode getMode() {
        return mode;
    }

    public String getReplyText() {
        return replyText;
    }

    public Move getLabel() {
        return label;
    }

    public double getConfidence() {
        return confidence;
    }

    public boolean isUnsure() {
        return unsure;
    }

    public int getScore() {
        return score;
    }

    public ScoreOutcome getOutcome() {
        return outcome;
    }

    public String getScoreFeedback() {
        return scoreFeedback;
    }

    public String getModelVersion() {
        return modelVersion;
    }

    public String getContentVersion() {
        return contentVersion;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public boolean isSampledForReview() {
        return sampledForReview;
    }

    public List<AttemptSentence> getSentences() {
        return List.copyOf(sentences);
    }
}

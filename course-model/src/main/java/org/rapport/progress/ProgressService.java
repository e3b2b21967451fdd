package org.rapport.progress;

import org.rapport.refusal.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.rapport.account.Actors;
import org.rapport.refusal.NotFoundException;
import org.rapport.account.Role;
import org.rapport.course.Course;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.Question;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a learner does that moves their progress: opening and finishing lessons, and sitting knowledge checks. The
 * figures made of it are {@link ProgressReportService}'s.
 */
@Service
public class ProgressService {
    private final LessonProgressRepository lessons;
    private final KnowledgeCheckResultRepository checks;
    private final CourseCatalogue catalogue;
    private final Actors actors;
    private final Clock clock;
    private final TransactionTemplate writing;

    ProgressService(LessonProgressRepository lessons, KnowledgeCheckResultRepository checks, CourseCatalogue catalogue,
                    Actors actors, Clock clock, PlatformTransactionManager transactions) {
        this.lessons = lessons;
        this.checks = checks;
        this.catalogue = catalogue;
        this.actors = actors;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    /** Marks a lesson as started (the first time it is opened). */
    public LessonStatus openLesson(long learnerId, String lessonId) {
        return update(learnerId, lessonId, false);
    }

    /** Marks a lesson as done; doing it again keeps the first completion time. */
    public LessonStatus completeLesson(long learnerId, String lessonId) {
        return update(learnerId, lessonId, true);
    }

    /**
     * Records lessons completed earlier or elsewhere (demo data, records from another system): lesson id → when it
     * was completed. A lesson already completed keeps its first completion time. Every lesson must exist and no
     * time may lie in the future; if one is refused, nothing is recorded. One transaction and one read of the
     * learner's progress per course, however many lessons.
     *
     * @return the lessons' status afterwards, in the order given
     */
    public List<LessonStatus> importLessonCompletions(long learnerId, Map<String, Instant> completions) {
        actors.require(learnerId, Role.LEARNER);
        Instant now = clock.instant();
        Map<String, String> courseOfLesson = new LinkedHashMap<>();
        completions.forEach((lessonId, at) -> {
            if (at.isAfter(now)) {
                throw new InvalidInputException("An imported completion cannot be dated in the future.");
            }
            courseOfLesson.put(lessonId, lesson(lessonId).courseId());
        });
        return writing.execute(tx -> {
            Map<String, LessonProgress> existing = new HashMap<>();
            for (String courseId : new HashSet<>(courseOfLesson.values())) {
                lessons.findByLearnerIdAndCourseId(learnerId, courseId).forEach(p -> existing.put(p.getLessonId(), p));
            }
            List<LessonStatus> statuses = new ArrayList<>();
            courseOfLesson.forEach((lessonId, courseId) -> {
                Instant at = completions.get(lessonId);
                LessonProgress progress = existing.computeIfAbsent(lessonId,
                        id -> lessons.save(LessonProgress.start(learnerId, courseId, id, at)));
                progress.complete(at);
                statuses.add(new LessonStatus(lessonId, progress.getStartedAt(), progress.getCompletedAt()));
            });
            return statuses;
        });
    }

    private LessonStatus update(long learnerId, String lessonId, boolean complete) {
        Instant now = clock.instant();
        actors.require(learnerId, Role.LEARNER);
        var page = lesson(lessonId);
        try {
            return writing.execute(tx -> apply(learnerId, page.courseId(), lessonId, complete, now));
        } catch (DataIntegrityViolationException e) {
            // Opened in two tabs at once: the other request created the row; apply the change to it.
            return writing.execute(tx -> apply(learnerId, page.courseId(), lessonId, complete, now));
        }
    }

    private LessonStatus apply(long learnerId, String courseId, String lessonId, boolean complete, Instant now) {
        LessonProgress progress = lessons.findByLearnerIdAndLessonId(learnerId, lessonId)
                .orElseGet(() -> lessons.saveAndFlush(LessonProgress.start(learnerId, courseId, lessonId, now)));
        if (complete) {
            progress.complete(now);
        }
        return new LessonStatus(lessonId, progress.getStartedAt(), progress.getCompletedAt());
    }

    /**
     * Scores a knowledge check and stores the sitting.
     *
     * @param answers question id → index of the chosen option; every question of the lesson must be answered
     */
    public CheckOutcome submitKnowledgeCheck(long learnerId, String lessonId, Map<String, Integer> answers) {
        actors.require(learnerId, Role.LEARNER);
        var page = lesson(lessonId);
        List<Question> questions = page.lesson().check();
        Set<String> known = questions.stream().map(Question::id).collect(Collectors.toSet());
        for (String id : answers.keySet()) {
            if (!known.contains(id)) {
                throw new InvalidInputException("Question '" + id + "' is not part of this knowledge check.");
            }
        }
        List<KnowledgeCheckResult.Answer> recorded = new ArrayList<>();
        List<AnswerFeedback> feedback = new ArrayList<>();
        for (Question q : questions) {
            Integer chosen = answers.get(q.id());
            if (chosen == null) {
                throw new InvalidInputException("Answer every question before submitting (\"" + q.question() + "\").");
            }
            if (chosen < 0 || chosen >= q.options().size()) {
                throw new InvalidInputException("Choose one of the " + q.options().size() + " options for \""
                        + q.question() + "\".");
            }
            boolean correct = chosen == q.correctOption();
            recorded.add(new KnowledgeCheckResult.Answer(q.id(), chosen, correct));
            feedback.add(new AnswerFeedback(q.id(), chosen, q.correctOption(), correct,
                    q.options().get(chosen).explanation(), q.options().get(q.correctOption()).explanation()));
        }
        String contentVersion = catalogue.course(page.courseId()).map(Course::contentVersion).orElseThrow();
        KnowledgeCheckResult result = writing.execute(tx -> checks.save(KnowledgeCheckResult.record(learnerId,
                page.courseId(), page.moduleId(), lessonId, contentVersion, recorded, clock.instant())));
        return new CheckOutcome(result.getId(), lessonId, result.getCorrect(), result.getTotal(), feedback);
    }

    private CourseCatalogue.LessonPage lesson(String lessonId) {
        return catalogue.lesson(lessonId)
                .orElseThrow(() -> new NotFoundException("There is no lesson '" + lessonId + "'."));
    }

    /** Where a learner is in one lesson. */
    public record LessonStatus(String lessonId, Instant startedAt, Instant completedAt) {
        public boolean completed() {
            return completedAt != null;
        }
    }

    /** A scored knowledge check, with an explanation for every answer. */
    public record CheckOutcome(long resultId, String lessonId, int correct, int total, List<AnswerFeedback> answers) {
    }

    /**
     * @param explanation        why the chosen option is right or not
     * @param correctExplanation why the key is right, shown when the choice was wrong
     */
    public record AnswerFeedback(String questionId, int chosen, int correctOption, boolean correct, String explanation,
                                 String correctExplanation) {
    }


}

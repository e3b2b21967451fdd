package org.rapport.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.rapport.cohort.Cohort;
import org.rapport.cohort.CohortService;
import org.rapport.course.Course;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.CourseModule;
import org.rapport.grader.Move;
import org.rapport.practice.AttemptMode;
import org.rapport.practice.AttemptRepository;
import org.rapport.practice.PracticeService;
import org.rapport.practice.ScoredAttempt;
import org.rapport.refusal.NotFoundException;
import org.rapport.refusal.NotPermittedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures learners and supervisors follow, read-only: a learner's progress through a course, a cohort's
 * progress grid and analytics, and the gradebook. What changes progress (lessons done, knowledge checks) is
 * {@link ProgressService}'s.
 */
@Service
@Transactional(readOnly = true)
public class ProgressReportService {
    private final LessonProgressRepository lessons;
    private final KnowledgeCheckResultRepository checks;
    private final AttemptRepository attempts;
    private final PracticeService practice;
    private final CourseCatalogue catalogue;
    private final CohortService cohorts;

    ProgressReportService(LessonProgressRepository lessons, KnowledgeCheckResultRepository checks,
                          AttemptRepository attempts, PracticeService practice, CourseCatalogue catalogue,
                          CohortService cohorts) {
        this.lessons = lessons;
        this.checks = checks;
        this.attempts = attempts;
        this.practice = practice;
        this.catalogue = catalogue;
        this.cohorts = cohorts;
    }

    /**
     * A learner's progress through a course, for them or for a supervisor of their cohort on it. The learner's
     * own figures leave out assessments whose feedback is still held; a supervisor's count only the attempts
     * made in the cohorts they supervise.
     */
    public CourseProgress courseProgress(long userId, long learnerId, String courseId) {
        CohortService.WorkScope scope = cohorts.workScope(userId, learnerId);
        if (!scope.coversCourse(courseId)) {
            throw new NotPermittedException("You supervise none of this learner's cohorts on that course.");
        }
        Course course = course(courseId);
        Set<String> held = scope.own() ? practice.lessonsWithHeldFeedback(learnerId) : Set.of();
        List<ScoredAttempt> run = attempts.scoredForLearner(learnerId, courseId).stream()
                .filter(a -> scope.covers(a.cohortId()))
                .filter(a -> !(a.mode() == AttemptMode.ASSESSMENT && held.contains(a.lessonId())))
                .toList();
        Set<String> done = lessons.findByLearnerIdAndCourseId(learnerId, courseId).stream()
                .filter(LessonProgress::isCompleted).map(LessonProgress::getLessonId).collect(Collectors.toSet());
        Map<String, List<ScoredAttempt>> byModule = run.stream()
                .collect(Collectors.groupingBy(ScoredAttempt::moduleId));
        List<ModuleFigures> modules = new ArrayList<>();
        for (CourseModule m : course.modules()) {
            int lessonsDone = (int) m.lessons().stream().filter(l -> done.contains(l.id())).count();
            modules.add(new ModuleFigures(m.id(), m.title(), lessonsDone, m.lessons().size(),
                    ProgressFigures.of(byModule.getOrDefault(m.id(), List.of()))));
        }
        var bestChecks = bestPerLesson(checks.findByLearnerIdAndCourseIdOrderByTakenAt(learnerId, courseId));
        int checkCorrect = bestChecks.stream().mapToInt(KnowledgeCheckResult::getCorrect).sum();
        int checkTotal = bestChecks.stream().mapToInt(KnowledgeCheckResult::getTotal).sum();
        return new CourseProgress(learnerId, courseId, course.title(), done.size(), (int) course.lessons().count(),
                done, ProgressFigures.of(run), modules, weekly(run), checkCorrect, checkTotal);
    }

    /** One row per learner of a cohort: what the supervisor's progress grid shows. */
    public List<LearnerProgress> cohortProgress(long supervisorId, long cohortId) {
        Cohort cohort = cohorts.requireSupervised(supervisorId, cohortId);
        Map<Long, List<ScoredAttempt>> byLearner = attempts.scoredInCohort(cohortId).stream()
                .collect(Collectors.groupingBy(ScoredAttempt::learnerId, LinkedHashMap::new, Collectors.toList()));
        return rows(cohort, cohorts.roster(supervisorId, cohortId), byLearner);
    }

    /** A page of {@link #cohortProgress}, by name, for the lazy progress grid: only that page's learners are read. */
    public List<LearnerProgress> cohortProgress(long supervisorId, long cohortId, int offset, int limit) {
        Cohort cohort = cohorts.requireSupervised(supervisorId, cohortId);
        var roster = cohorts.roster(supervisorId, cohortId, offset, limit);
        if (roster.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = roster.stream().map(CohortService.RosterEntry::learnerId).collect(Collectors.toSet());
        Map<Long, List<ScoredAttempt>> byLearner = attempts.scoredInCohortFor(cohortId, ids).stream()
                .collect(Collectors.groupingBy(ScoredAttempt::learnerId, LinkedHashMap::new, Collectors.toList()));
        return rows(cohort, roster, byLearner);
    }

    private List<LearnerProgress> rows(Cohort cohort, List<CohortService.RosterEntry> roster,
                                       Map<Long, List<ScoredAttempt>> byLearner) {
        Course course = course(cohort.getCourseId());
        Set<Long> ids = roster.stream().map(CohortService.RosterEntry::learnerId).collect(Collectors.toSet());
        Map<Long, Long> lessonsDone = lessons.findByLearnerIdInAndCourseIdAndCompletedAtIsNotNull(ids, course.id())
                .stream().collect(Collectors.groupingBy(LessonProgress::getLearnerId, Collectors.counting()));
        Map<Long, int[]> checkScores = new HashMap<>();
        for (KnowledgeCheckResult r : bestPerLesson(checks.findByLearnerIdInAndCourseIdOrderByTakenAt(ids, course.id()))) {
            int[] sum = checkScores.computeIfAbsent(r.getLearnerId(), k -> new int[2]);
            sum[0] += r.getCorrect();
            sum[1] += r.getTotal();
        }
        int lessonsTotal = (int) course.lessons().count();
        List<LearnerProgress> rows = new ArrayList<>();
        for (var learner : roster) {
            List<ScoredAttempt> run = byLearner.getOrDefault(learner.learnerId(), List.of());
            int[] check = checkScores.getOrDefault(learner.learnerId(), new int[2]);
            rows.add(new LearnerProgress(learner.learnerId(), learner.username(), learner.displayName(),
                    lessonsDone.getOrDefault(learner.learnerId(), 0L).intValue(), lessonsTotal,
                    ProgressFigures.of(run), check[0], check[1],
                    run.isEmpty() ? null : run.get(run.size() - 1).submittedAt()));
        }
        return rows;
    }

    /** Move distribution per course module and scores week by week, across a cohort. */
    public CohortAnalytics cohortAnalytics(long supervisorId, long cohortId) {
        Cohort cohort = cohorts.requireSupervised(supervisorId, cohortId);
        Course course = course(cohort.getCourseId());
        List<ScoredAttempt> run = attempts.scoredInCohort(cohortId);
        Map<String, List<ScoredAttempt>> byModule = run.stream().collect(Collectors.groupingBy(ScoredAttempt::moduleId));
        List<ModuleFigures> modules = new ArrayList<>();
        for (CourseModule m : course.modules()) {
            modules.add(new ModuleFigures(m.id(), m.title(), 0, m.lessons().size(),
                    ProgressFigures.of(byModule.getOrDefault(m.id(), List.of()))));
        }
        return new CohortAnalytics(cohortId, modules, weekly(run));
    }

    /**
     * The cohort gradebook as CSV (UTF-8 text, one row per learner), ready for a spreadsheet or a
     * continuing-education provider's records.
     */
    public String gradebookCsv(long supervisorId, long cohortId) {
        Cohort cohort = cohorts.requireSupervised(supervisorId, cohortId);
        StringBuilder csv = new StringBuilder();
        csv.append(Csv.row(List.of("cohort", "course", "username", "name", "lessons_done", "lessons_total",
                "attempts", "average_score", "judging_share", "validating_share", "reflective_share",
                "partnering_share", "trend", "check_correct", "check_total", "last_attempt")));
        for (LearnerProgress p : cohortProgress(supervisorId, cohortId)) {
            ProgressFigures f = p.figures();
            csv.append(Csv.row(Arrays.asList(cohort.getName(), cohort.getCourseId(), p.username(),
                    p.displayName(), p.lessonsDone(), p.lessonsTotal(), f.attempts(), round(f.averageScore()),
                    round(f.moveShares().get(Move.JUDGING)), round(f.moveShares().get(Move.VALIDATING)),
                    round(f.moveShares().get(Move.REFLECTIVE)), round(f.moveShares().get(Move.PARTNERING)),
                    round(f.trend()), p.checkCorrect(), p.checkTotal(),
                    p.lastAttempt() == null ? null : p.lastAttempt().toString())));
        }
        return csv.toString();
    }


    /** Numbers stay numbers, so the CSV writer never mistakes a negative trend for a formula. */
    private static BigDecimal round(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** Each learner's best sitting of each lesson's check: retaking a check to learn from it costs nothing. */
    private static Collection<KnowledgeCheckResult> bestPerLesson(List<KnowledgeCheckResult> sittings) {
        Map<String, KnowledgeCheckResult> best = new HashMap<>();
        for (KnowledgeCheckResult r : sittings) {
            best.merge(r.getLearnerId() + "/" + r.getLessonId(), r,
                    (a, b) -> (long) b.getCorrect() * a.getTotal() > (long) a.getCorrect() * b.getTotal() ? b : a);
        }
        return best.values();
    }

    private static List<WeekFigures> weekly(List<ScoredAttempt> run) {
        TreeMap<LocalDate, List<ScoredAttempt>> weeks = new TreeMap<>();
        for (ScoredAttempt a : run) {
            LocalDate monday = LocalDate.ofInstant(a.submittedAt(), ZoneOffset.UTC)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            weeks.computeIfAbsent(monday, k -> new ArrayList<>()).add(a);
        }
        return weeks.entrySet().stream().map(e -> new WeekFigures(e.getKey(), ProgressFigures.of(e.getValue())))
                .toList();
    }

    private Course course(String courseId) {
        return catalogue.course(courseId)
                .orElseThrow(() -> new NotFoundException("There is no course '" + courseId + "'."));
    }

    /** A learner's progress through one course. */
    public record CourseProgress(long learnerId, String courseId, String courseTitle, int lessonsDone, int lessonsTotal,
                                 Set<String> completedLessons, ProgressFigures figures, List<ModuleFigures> modules,
                                 List<WeekFigures> weeks, int checkCorrect, int checkTotal) {
    }

    /** A row of the supervisor's progress grid. */
    public record LearnerProgress(long learnerId, String username, String displayName, int lessonsDone,
                                  int lessonsTotal, ProgressFigures figures, int checkCorrect, int checkTotal,
                                  Instant lastAttempt) {
    }

    public record ModuleFigures(String moduleId, String title, int lessonsDone, int lessonsTotal,
                                ProgressFigures figures) {
    }

    /** Figures for the week starting on {@code weekOf} (a Monday, UTC). */
    public record WeekFigures(LocalDate weekOf, ProgressFigures figures) {
    }

    public record CohortAnalytics(long cohortId, List<ModuleFigures> modules, List<WeekFigures> weeks) {
    }
}

package org.rapport.cohort;

import org.rapport.refusal.InvalidInputException;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.rapport.account.AccountService;
import org.rapport.account.Actors;
import org.rapport.refusal.NotFoundException;
import org.rapport.refusal.NotPermittedException;
import org.rapport.account.Role;
import org.rapport.account.UserAccount;
import org.rapport.course.CourseCatalogue;
import org.rapport.paging.Pages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cohorts: supervisors create and run them, learners join them with an invite code. */
@Service
@Transactional
public class CohortService {
    private final CohortRepository cohorts;
    private final EnrollmentRepository enrollments;
    private final Actors actors;
    private final AccountService accounts;
    private final CourseCatalogue catalogue;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CohortService(CohortRepository cohorts, EnrollmentRepository enrollments, Actors actors, AccountService accounts,
                  CourseCatalogue catalogue, Clock clock) {
        this.cohorts = cohorts;
        this.enrollments = enrollments;
        this.actors = actors;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * Creates a cohort run by the supervisor who asks. A form sends a submission key: the same key again (a
     * second press of Create, a retried request) answers with the cohort the first one made.
     */
    public CohortSummary createCohort(long supervisorId, NewCohort cohort) {
        UserAccount supervisor = actors.require(supervisorId, Role.SUPERVISOR, Role.ADMIN);
        if (cohort.submissionKey() != null) {
            Optional<Cohort> earlier = cohorts.findByCreatedByIdAndSubmissionKey(supervisorId, cohort.submissionKey());
            if (earlier.isPresent()) {
                return CohortSummary.of(earlier.get());
            }
        }
        if (cohort.courseId() == null || catalogue.course(cohort.courseId()).isEmpty()) {
            throw new InvalidInputException("Choose a course from the catalogue.");
        }
        if (cohort.endsOn() != null && cohort.endsOn().isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("A new cohort cannot end in the past.");
        }
        Cohort created = Cohort.create(cohort.name(), cohort.courseId(), cohort.startsOn(), cohort.endsOn(),
                cohort.enrollmentLimit(), freshInviteCode(), supervisor, cohort.submissionKey(), clock.instant());
        return CohortSummary.of(cohorts.save(created));
    }

    /**
     * Joins a learner to the cohort with this invite code. The cohort row is locked for the check and the
     * count, so the limit holds when many learners join at the same moment.
     */
    public EnrollmentSummary enroll(long learnerId, String inviteCode) {
        UserAccount learner = actors.require(learnerId, Role.LEARNER, Role.SUPERVISOR, Role.ADMIN);
        return admit(learner, lockedCohort(inviteCode));
    }

    /**
     * Self sign-up with an invite code: the account exists only if the place was given. The code is checked
     * first, so without a valid code nobody learns whether a username is taken and no password is hashed.
     */
    public EnrollmentSummary signUpAndEnroll(String username, String displayName, String password, String inviteCode) {
        Cohort cohort = lockedCohort(inviteCode);
        var user = accounts.register(new AccountService.NewUser(username, displayName, password, Role.LEARNER));
        return admit(actors.require(user.id(), Role.LEARNER), cohort);
    }

    private EnrollmentSummary admit(UserAccount learner, Cohort cohort) {
        if (enrollments.existsByCohortIdAndLearnerId(cohort.getId(), learner.getId())) {
            throw new EnrollmentRefusedException(EnrollmentRefusedException.Reason.ALREADY_ENROLLED);
        }
        Instant now = clock.instant();
        return EnrollmentSummary.of(enrollments.save(cohort.admit(learner, LocalDate.ofInstant(now, clock.getZone()), now)));
    }

    private Cohort lockedCohort(String inviteCode) {
        InviteCode code;
        try {
            code = InviteCode.parse(inviteCode);
        } catch (IllegalArgumentException e) {
            throw new EnrollmentRefusedException(EnrollmentRefusedException.Reason.UNKNOWN_CODE);
        }
        return cohorts.lockByInviteCode(code.value())
                .orElseThrow(() -> new EnrollmentRefusedException(EnrollmentRefusedException.Reason.UNKNOWN_CODE));
    }

    public CohortSummary changeEnrollmentLimit(long supervisorId, long cohortId, int newLimit) {
        Cohort cohort = requireSupervised(supervisorId, cohortId);
        cohort.changeEnrollmentLimit(newLimit);
        return CohortSummary.of(cohort);
    }

    /** A new code, for when the old one was shared too widely; the old one stops working. */
    public CohortSummary replaceInviteCode(long supervisorId, long cohortId) {
        Cohort cohort = requireSupervised(supervisorId, cohortId);
        cohort.replaceInviteCode(freshInviteCode());
        return CohortSummary.of(cohort);
    }

    public CohortSummary addSupervisor(long supervisorId, long cohortId, String username) {
        Cohort cohort = requireSupervised(supervisorId, cohortId);
        var other = accounts.credentials(username)
                .orElseThrow(() -> new NotFoundException("No user named '" + username + "'."));
        cohort.addSupervisor(actors.require(other.id(), Role.SUPERVISOR, Role.ADMIN));
        return CohortSummary.of(cohort);
    }

    /** The cohorts a user can see: the ones they supervise, the ones they joined, or all for an admin. */
    @Transactional(readOnly = true)
    public List<CohortSummary> cohortsOf(long userId) {
        UserAccount user = actors.require(userId, Role.LEARNER, Role.SUPERVISOR, Role.ADMIN);
        List<Cohort> visible = switch (user.getRole()) {
            case ADMIN -> cohorts.findAllByOrderByStartsOnDescIdDesc();
            case SUPERVISOR -> cohorts.findSupervisedBy(userId);
            case LEARNER -> cohorts.findJoinedBy(userId, Enrollment.Status.ACTIVE);
        };
        return visible.stream().map(c -> user.getRole() == Role.LEARNER ? CohortSummary.withoutCode(c)
                : CohortSummary.of(c)).toList();
    }

    /**
     * A page of the cohorts a supervisor runs (every cohort for an admin), newest first, those whose name
     * contains {@code nameContains} (any case; blank for all): for lazy grids and pickers.
     */
    @Transactional(readOnly = true)
    public List<CohortSummary> supervisedCohorts(long userId, String nameContains, int offset, int limit) {
        UserAccount user = actors.require(userId, Role.SUPERVISOR, Role.ADMIN);
        String pattern = likePattern(nameContains);
        return Pages.slice(offset, limit, page -> user.getRole() == Role.ADMIN ? cohorts.findAllNamed(pattern, page)
                : cohorts.findSupervisedBy(userId, pattern, page)).stream().map(CohortSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public long countSupervisedCohorts(long userId, String nameContains) {
        UserAccount user = actors.require(userId, Role.SUPERVISOR, Role.ADMIN);
        String pattern = likePattern(nameContains);
        return user.getRole() == Role.ADMIN ? cohorts.countAllNamed(pattern)
                : cohorts.countSupervisedBy(userId, pattern);
    }

    @Transactional(readOnly = true)
    public CohortSummary cohort(long supervisorId, long cohortId) {
        return CohortSummary.of(requireSupervised(supervisorId, cohortId));
    }

    @Transactional(readOnly = true)
    public List<RosterEntry> roster(long supervisorId, long cohortId) {
        requireSupervised(supervisorId, cohortId);
        return enrollments.roster(cohortId).stream().map(RosterEntry::of).toList();
    }

    /**
     * One learner on this supervisor's cohort's roster, so a link cannot reach a learner of another cohort.
     *
     * @throws NotFoundException when the cohort is not theirs or the learner is not on its roster
     */
    @Transactional(readOnly = true)
    public RosterEntry rosterEntry(long supervisorId, long cohortId, long learnerId) {
        requireSupervised(supervisorId, cohortId);
        return enrollments.ofLearner(cohortId, learnerId).map(RosterEntry::of)
                .orElseThrow(() -> new NotFoundException("No learner " + learnerId + " in this cohort."));
    }

    /** A page of the roster, by name, for lazy grids. */
    @Transactional(readOnly = true)
    public List<RosterEntry> roster(long supervisorId, long cohortId, int offset, int limit) {
        requireSupervised(supervisorId, cohortId);
        return Pages.slice(offset, limit, page -> enrollments.roster(cohortId, page)).stream().map(RosterEntry::of).toList();
    }

    @Transactional(readOnly = true)
    public long countRoster(long supervisorId, long cohortId) {
        requireSupervised(supervisorId, cohortId);
        return enrollments.countByCohortId(cohortId);
    }

    /** A {@code like} pattern for "contains, any case", with the pattern's own wildcards taken literally. */
    private static String likePattern(String contains) {
        String text = contains == null ? "" : contains.strip().toLowerCase(Locale.ROOT);
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * The cohort, if this user supervises it or is an admin.
     *
     * @throws NotFoundException for a cohort that does not exist or is not theirs (not told apart, so cohort
     *         ids reveal nothing)
     */
    @Transactional(readOnly = true)
    public Cohort requireSupervised(long userId, long cohortId) {
        UserAccount user = actors.require(userId, Role.SUPERVISOR, Role.ADMIN);
        Optional<Cohort> cohort = cohorts.findById(cohortId);
        if (cohort.isEmpty() || (user.getRole() != Role.ADMIN && !cohort.get().isSupervisedBy(userId))) {
            throw new NotFoundException("No cohort " + cohortId + " among yours.");
        }
        return cohort.get();
    }

    /** The cohort a learner's work on a course counts toward: their latest active enrollment in it. */
    @Transactional(readOnly = true)
    public Optional<Long> cohortFor(long learnerId, String courseId) {
        return enrollments.cohortIds(learnerId, courseId, Enrollment.Status.ACTIVE).stream().findFirst();
    }

    /**
     * Which of a learner's work this user may see: all of it when it is their own or they are an admin; for a
     * supervisor, only what was done in the cohorts they supervise that the learner belongs to, so sharing one
     * cohort does not open the learner's work in another supervisor's.
     *
     * @throws NotPermittedException when that is nothing
     */
    @Transactional(readOnly = true)
    public WorkScope workScope(long userId, long learnerId) {
        if (userId == learnerId) {
            return WorkScope.OWN;
        }
        UserAccount user = actors.require(userId, Role.LEARNER, Role.SUPERVISOR, Role.ADMIN);
        WorkScope scope = switch (user.getRole()) {
            case ADMIN -> WorkScope.EVERYTHING;
            case SUPERVISOR -> WorkScope.inCohorts(cohorts.findJoinedBy(learnerId, Enrollment.Status.ACTIVE)
                    .stream().filter(c -> c.isSupervisedBy(userId))
                    .collect(Collectors.toMap(Cohort::getId, Cohort::getCourseId, (a, b) -> a)));
            case LEARNER -> WorkScope.inCohorts(Map.of());
        };
        if (scope.isEmpty()) {
            throw new NotPermittedException("You can only see your own work, or the work of learners in your cohorts.");
        }
        return scope;
    }

    private InviteCode freshInviteCode() {
        for (int i = 0; i < 20; i++) {
            InviteCode code = InviteCode.random(random);
            if (!cohorts.existsByInviteCode(code.value())) {
                return code;
            }
        }
        throw new IllegalStateException("no unused invite code after 20 draws from 31^8");
    }

    /** A cohort as typed into the form. */
    public record NewCohort(String name, String courseId, LocalDate startsOn, LocalDate endsOn, int enrollmentLimit,
                            String submissionKey) {
        /** A cohort made once, by a caller that does not retry (demo data, tests). */
        public NewCohort(String name, String courseId, LocalDate startsOn, LocalDate endsOn, int enrollmentLimit) {
            this(name, courseId, startsOn, endsOn, enrollmentLimit, null);
        }
    }

    /** A cohort in lists; the invite code is left out for learners. */
    public record CohortSummary(long id, String name, String courseId, LocalDate startsOn, LocalDate endsOn,
                                String inviteCode, int enrollmentLimit, int enrolled) {
        static CohortSummary of(Cohort c) {
            return new CohortSummary(c.getId(), c.getName(), c.getCourseId(), c.getStartsOn(), c.getEndsOn(),
                    c.getInviteCode().display(), c.getEnrollmentLimit(), c.getEnrolledCount());
        }

        static CohortSummary withoutCode(Cohort c) {
            return new CohortSummary(c.getId(), c.getName(), c.getCourseId(), c.getStartsOn(), c.getEndsOn(),
                    null, c.getEnrollmentLimit(), c.getEnrolledCount());
        }
    }

    /**
     * The part of one learner's work a user may see ({@link #workScope}).
     *
     * @param own            the user is the learner
     * @param everything     every attempt, whatever cohort it counted toward (the learner, an admin)
     * @param courseOfCohort otherwise, the cohorts whose attempts may be seen, with each one's course
     */
    public record WorkScope(boolean own, boolean everything, Map<Long, String> courseOfCohort) {
        static final WorkScope OWN = new WorkScope(true, true, Map.of());
        static final WorkScope EVERYTHING = new WorkScope(false, true, Map.of());

        public WorkScope {
            courseOfCohort = Map.copyOf(courseOfCohort);
        }

        static WorkScope inCohorts(Map<Long, String> courseOfCohort) {
            return new WorkScope(false, false, courseOfCohort);
        }

        /** Whether an attempt that counted toward this cohort (null: none) is in scope. */
        public boolean covers(Long cohortId) {
            return everything || (cohortId != null && courseOfCohort.containsKey(cohortId));
        }

        /** Whether anything of the learner's work on this course is in scope. */
        public boolean coversCourse(String courseId) {
            return everything || courseOfCohort.containsValue(courseId);
        }

        /** The cohorts in scope, for queries; only meaningful when not {@link #everything}. */
        public Set<Long> cohortIds() {
            return courseOfCohort.keySet();
        }

        boolean isEmpty() {
            return !everything && courseOfCohort.isEmpty();
        }
    }

    /** A learner's new place. */
    public record EnrollmentSummary(long cohortId, String cohortName, String courseId, long learnerId,
                                    Instant enrolledAt) {
        static EnrollmentSummary of(Enrollment e) {
            return new EnrollmentSummary(e.getCohort().getId(), e.getCohort().getName(), e.getCohort().getCourseId(),
                    e.getLearner().getId(), e.getEnrolledAt());
        }
    }

    /** A learner on a cohort's roster. */
    public record RosterEntry(long learnerId, String username, String displayName, boolean active, Instant enrolledAt) {
        static RosterEntry of(Enrollment e) {
            return new RosterEntry(e.getLearner().getId(), e.getLearner().getUsername(),
                    e.getLearner().getDisplayName(), e.getLearner().isActive(), e.getEnrolledAt());
        }
    }
}

package org.rapport.cohort;

import org.rapport.refusal.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.rapport.account.Role;
import org.rapport.account.UserAccount;

/**
 * A group of learners taking one course together under one or more supervisors. The cohort keeps count of
 * its places itself, so the enrollment limit is one rule in one place; callers lock the row while admitting.
 */
@Entity
public class Cohort {
    static final int MAX_LIMIT = 10_000;
    private static final Pattern SUBMISSION_KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private String name;
    private String courseId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String inviteCode;
    private int enrollmentLimit;
    private int enrolledCount;
    private Instant createdAt;
    /** Who pressed Create, and the key their form sent: the same key twice makes one cohort. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    private UserAccount createdBy;
    private String submissionKey;
    @ManyToMany
    @JoinTable(name = "cohort_supervisor", joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> supervisors = new HashSet<>();

    protected Cohort() {
    }

    static Cohort create(String name, String courseId, LocalDate startsOn, LocalDate endsOn, int enrollmentLimit,
                         InviteCode inviteCode, UserAccount supervisor, String submissionKey, Instant now) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100 || cleanName.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("A cohort name has 1 to 100 printable characters.");
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new InvalidInputException("A cohort ends on or after the day it starts.");
        }
        checkLimit(enrollmentLimit);
        if (submissionKey != null && !SUBMISSION_KEY.matcher(submissionKey).matches()) {
            throw new InvalidInputException("A submission key has 8 to 64 letters, digits, '-' or '_'.");
        }
        Cohort cohort = new Cohort();
        cohort.name = cleanName;
        cohort.courseId = Objects.requireNonNull(courseId);
        cohort.startsOn = startsOn;
        cohort.endsOn = endsOn;
        cohort.enrollmentLimit = enrollmentLimit;
        cohort.inviteCode = inviteCode.value();
        cohort.createdAt = now;
        cohort.createdBy = supervisor;
        cohort.submissionKey = submissionKey;
        cohort.addSupervisor(supervisor);
        return cohort;
    }

    /**
     * Gives a learner a place.
     *
     * @param today the date in the cohort's time zone, to tell whether it has ended
     * @throws EnrollmentRefusedException when the cohort is full or over, or the user is not a learner
     */
    Enrollment admit(UserAccount learner, LocalDate today, Instant now) {
        if (!learner.can(Role.LEARNER)) {
            throw new EnrollmentRefusedException(EnrollmentRefusedException.Reason.NOT_A_LEARNER);
        }
        if (today.isAfter(endsOn)) {
            throw new EnrollmentRefusedException(EnrollmentRefusedException.Reason.CLOSED);
        }
        if (enrolledCount >= enrollmentLimit) {
            throw new EnrollmentRefusedException(EnrollmentRefusedException.Reason.FULL);
        }
        enrolledCount++;
        return new Enrollment(this, learner, now);
    }

    void addSupervisor(UserAccount supervisor) {
        if (!supervisor.can(Role.SUPERVISOR, Role.ADMIN)) {
            throw new InvalidInputException("Only a supervisor or admin can supervise a cohort.");
        }
        supervisors.add(supervisor);
    }

    /** The limit can grow, or shrink down to the places already taken. */
    void changeEnrollmentLimit(int newLimit) {
        checkLimit(newLimit);
        if (newLimit < enrolledCount) {
            throw new InvalidInputException("The cohort already has " + enrolledCount
                    + " learners; the limit cannot go below that.");
        }
        enrollmentLimit = newLimit;
    }

    void replaceInviteCode(InviteCode code) {
        inviteCode = code.value();
    }

    public boolean isSupervisedBy(long userId) {
        return supervisors.stream().anyMatch(s -> s.getId() == userId);
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("An enrollment limit lies between 1 and " + MAX_LIMIT + ".");
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCourseId() {
        return courseId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public InviteCode getInviteCode() {
        return new InviteCode(inviteCode);
    }

    public int getEnrollmentLimit() {
        return enrollmentLimit;
    }

    public int getEnrolledCount() {
        return enrolledCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<UserAccount> getSupervisors() {
        return Set.copyOf(supervisors);
    }
}

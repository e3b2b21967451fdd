package org.rapport.account;

/** What a user may do: learners practise, supervisors run cohorts and review, admins manage users. */
public enum Role {
    LEARNER, SUPERVISOR, ADMIN
}

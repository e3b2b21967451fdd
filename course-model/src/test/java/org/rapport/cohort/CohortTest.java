package org.rapport.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rapport.account.DisplayName;
import org.rapport.account.Role;
import org.rapport.account.UserAccount;
import org.rapport.account.Username;

class CohortTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    @Test
    void a_cohort_that_has_ended_takes_no_new_learners() {
        Cohort cohort = cohort(TODAY.minusDays(30), TODAY.minusDays(1), 10);

        assertThatThrownBy(() -> cohort.admit(user(Role.LEARNER), TODAY, NOW))
                .isInstanceOf(EnrollmentRefusedException.class).hasMessageContaining("has ended");
        assertThat(cohort.getEnrolledCount()).isZero();
    }

    @Test
    void the_last_day_of_a_cohort_still_takes_learners_and_the_limit_counts_them() {
        Cohort cohort = cohort(TODAY.minusDays(30), TODAY, 1);

        cohort.admit(user(Role.LEARNER), TODAY, NOW);

        assertThat(cohort.getEnrolledCount()).isEqualTo(1);
        assertThatThrownBy(() -> cohort.admit(user(Role.LEARNER), TODAY, NOW)).hasMessageContaining("full");
    }

    @Test
    void the_limit_cannot_shrink_below_the_places_taken() {
        Cohort cohort = cohort(TODAY, TODAY.plusDays(9), 3);
        cohort.admit(user(Role.LEARNER), TODAY, NOW);
        cohort.admit(user(Role.LEARNER), TODAY, NOW);

        assertThatThrownBy(() -> cohort.changeEnrollmentLimit(1)).hasMessageContaining("already has 2 learners");
        cohort.changeEnrollmentLimit(2);
        assertThat(cohort.getEnrollmentLimit()).isEqualTo(2);
    }

    @Test
    void a_deactivated_learner_is_not_admitted() {
        UserAccount learner = user(Role.LEARNER);
        learner.deactivate();

        assertThatThrownBy(() -> cohort(TODAY, TODAY.plusDays(9), 3).admit(learner, TODAY, NOW))
                .isInstanceOf(EnrollmentRefusedException.class);
    }

    @Test
    void invite_codes_forgive_case_spaces_and_hyphens_and_refuse_look_alike_characters() {
        assertThat(InviteCode.parse(" k7mq-3xpa ").value()).isEqualTo("K7MQ3XPA");
        assertThat(InviteCode.parse("K7MQ3XPA").display()).isEqualTo("K7MQ-3XPA");
        assertThatThrownBy(() -> InviteCode.parse("K7MQ-3XP0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InviteCode.parse("K7MQ")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Cohort cohort(LocalDate start, LocalDate end, int limit) {
        return Cohort.create("Test", "meeting-resistance", start, end, limit, InviteCode.parse("ABCD-EFGH"),
                user(Role.SUPERVISOR), null, NOW);
    }

    private static UserAccount user(Role role) {
        return UserAccount.register(Username.parse("user-" + role.name().toLowerCase()), new DisplayName("A User"),
                "{noop}x", role, NOW);
    }
}

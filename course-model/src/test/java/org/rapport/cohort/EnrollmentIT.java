package org.rapport.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.rapport.TestAccounts;
import org.rapport.account.AccountService;
import org.rapport.refusal.NotFoundException;
import org.rapport.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class EnrollmentIT {
    @Autowired
    CohortService cohorts;
    @Autowired
    AccountService accountService;
    @Autowired
    TestAccounts accounts;

    @Test
    void a_learner_joins_with_the_invite_code_however_it_is_typed() {
        var cohort = newCohort(accounts.create(Role.SUPERVISOR), 10);
        long learner = accounts.create(Role.LEARNER);

        var enrollment = cohorts.enroll(learner, "  " + cohort.inviteCode().toLowerCase() + " ");

        assertThat(enrollment.cohortId()).isEqualTo(cohort.id());
        assertThat(cohorts.cohortsOf(learner)).extracting(CohortService.CohortSummary::id).containsExactly(cohort.id());
        assertThat(cohorts.cohortsOf(learner).getFirst().inviteCode()).as("learners are not shown the code").isNull();
    }

    @Test
    void the_enrollment_limit_holds_when_twenty_learners_join_at_the_same_moment() throws Exception {
        long supervisor = accounts.create(Role.SUPERVISOR);
        var cohort = newCohort(supervisor, 5);
        List<Long> learners = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            learners.add(accounts.create(Role.LEARNER));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            for (long learner : learners) {
                Callable<String> join = () -> {
                    start.await();
                    try {
                        cohorts.enroll(learner, cohort.inviteCode());
                        return "joined";
                    } catch (EnrollmentRefusedException e) {
                        return e.reason().name();
                    }
                };
                outcomes.add(pool.submit(join));
            }
            start.countDown();
        }
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get());
        }

        assertThat(results).filteredOn("joined"::equals).hasSize(5);
        assertThat(results).filteredOn("FULL"::equals).hasSize(15);
        assertThat(cohorts.roster(supervisor, cohort.id())).hasSize(5);
        assertThat(cohorts.cohort(supervisor, cohort.id()).enrolled()).isEqualTo(5);
    }

    @Test
    void joining_twice_is_refused_and_keeps_one_place() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        var cohort = newCohort(supervisor, 3);
        long learner = accounts.create(Role.LEARNER);
        cohorts.enroll(learner, cohort.inviteCode());

        assertThatThrownBy(() -> cohorts.enroll(learner, cohort.inviteCode()))
                .isInstanceOf(EnrollmentRefusedException.class).hasMessageContaining("already in this cohort");
        assertThat(cohorts.cohort(supervisor, cohort.id()).enrolled()).isEqualTo(1);
    }

    @Test
    void an_unknown_or_malformed_code_is_refused_with_a_clear_message() {
        long learner = accounts.create(Role.LEARNER);

        assertThatThrownBy(() -> cohorts.enroll(learner, "ZZZZ-ZZZZ"))
                .isInstanceOf(EnrollmentRefusedException.class).hasMessageContaining("No cohort has that invite code");
        assertThatThrownBy(() -> cohorts.enroll(learner, "<script>alert(1)</script>"))
                .isInstanceOf(EnrollmentRefusedException.class).hasMessageContaining("No cohort has that invite code");
        assertThatThrownBy(() -> cohorts.enroll(learner, null))
                .isInstanceOf(EnrollmentRefusedException.class);
    }

    @Test
    void a_supervisor_cannot_take_a_learners_place() {
        var cohort = newCohort(accounts.create(Role.SUPERVISOR), 3);
        long otherSupervisor = accounts.create(Role.SUPERVISOR);

        assertThatThrownBy(() -> cohorts.enroll(otherSupervisor, cohort.inviteCode()))
                .isInstanceOf(EnrollmentRefusedException.class).hasMessageContaining("Only learner accounts");
    }

    @Test
    void signing_up_with_the_code_of_a_full_cohort_creates_no_account() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        var cohort = newCohort(supervisor, 1);
        cohorts.enroll(accounts.create(Role.LEARNER), cohort.inviteCode());
        String username = "late-" + System.nanoTime();

        assertThatThrownBy(() -> cohorts.signUpAndEnroll(username, "Late Comer", TestAccounts.PASSWORD,
                cohort.inviteCode())).isInstanceOf(EnrollmentRefusedException.class).hasMessageContaining("full");
        assertThat(accountService.exists(username)).isFalse();
    }

    @Test
    void a_supervisor_sees_only_their_own_cohorts_and_rosters() {
        long mine = accounts.create(Role.SUPERVISOR);
        long theirs = accounts.create(Role.SUPERVISOR);
        var myCohort = newCohort(mine, 5);
        var theirCohort = newCohort(theirs, 5);

        assertThat(cohorts.cohortsOf(mine)).extracting(CohortService.CohortSummary::id)
                .contains(myCohort.id()).doesNotContain(theirCohort.id());
        assertThatThrownBy(() -> cohorts.roster(mine, theirCohort.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_cohort_needs_a_course_from_the_catalogue_and_sensible_dates_and_limit() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        LocalDate today = LocalDate.now();

        assertThatThrownBy(() -> cohorts.createCohort(supervisor,
                new CohortService.NewCohort("X", "no-such-course", today, today.plusDays(9), 5)))
                .hasMessageContaining("Choose a course");
        assertThatThrownBy(() -> cohorts.createCohort(supervisor,
                new CohortService.NewCohort("X", "meeting-resistance", today, today.minusDays(1), 5)))
                .hasMessageContaining("cannot end in the past");
        assertThatThrownBy(() -> cohorts.createCohort(supervisor,
                new CohortService.NewCohort("X", "meeting-resistance", today, today.plusDays(9), 0)))
                .hasMessageContaining("enrollment limit");
        assertThatThrownBy(() -> cohorts.createCohort(accounts.create(Role.LEARNER),
                new CohortService.NewCohort("X", "meeting-resistance", today, today.plusDays(9), 5)))
                .hasMessageContaining("may not do this");
    }

    @Test
    void pressing_create_twice_with_one_form_makes_one_cohort_and_another_supervisors_key_is_their_own() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        long colleague = accounts.create(Role.SUPERVISOR);
        LocalDate today = LocalDate.now();
        String key = java.util.UUID.randomUUID().toString();
        var form = new CohortService.NewCohort("Spring practicum", "meeting-resistance", today, today.plusDays(60),
                12, key);

        var first = cohorts.createCohort(supervisor, form);
        var second = cohorts.createCohort(supervisor, form);
        var colleagues = cohorts.createCohort(colleague, form);
        var nextForm = cohorts.createCohort(supervisor, new CohortService.NewCohort("Spring practicum",
                "meeting-resistance", today, today.plusDays(60), 12, java.util.UUID.randomUUID().toString()));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.inviteCode()).isEqualTo(first.inviteCode());
        assertThat(colleagues.id()).isNotEqualTo(first.id());
        assertThat(nextForm.id()).isNotEqualTo(first.id());
        assertThat(cohorts.cohortsOf(supervisor)).extracting(CohortService.CohortSummary::id)
                .containsExactlyInAnyOrder(first.id(), nextForm.id());
        assertThatThrownBy(() -> cohorts.createCohort(supervisor, new CohortService.NewCohort("X",
                "meeting-resistance", today, today.plusDays(9), 5, "<script>")))
                .hasMessageContaining("submission key");
    }

    private CohortService.CohortSummary newCohort(long supervisor, int limit) {
        LocalDate today = LocalDate.now();
        return cohorts.createCohort(supervisor, new CohortService.NewCohort("Winter cohort", "meeting-resistance",
                today.minusDays(7), today.plusDays(60), limit));
    }
}

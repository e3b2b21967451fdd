package org.rapport.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rapport.TestAccounts;
import org.rapport.refusal.NotFoundException;
import org.rapport.refusal.NotPermittedException;
import org.rapport.account.Role;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.Scenario;
import org.rapport.grader.Move;
import org.rapport.practice.AttemptMode;
import org.rapport.practice.PracticeService;
import org.rapport.progress.ProgressReportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The pages behind the lazy grids: cohorts, a roster and a cohort's progress, a slice at a time. */
@SpringBootTest
class CohortPagesIT {
    @Autowired
    CohortService cohorts;
    @Autowired
    ProgressReportService progress;
    @Autowired
    PracticeService practice;
    @Autowired
    CourseCatalogue catalogue;
    @Autowired
    TestAccounts accounts;

    @Test
    void a_supervisor_pages_through_their_own_cohorts_newest_first_and_narrows_them_by_name() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        long other = accounts.create(Role.SUPERVISOR);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            cohort(supervisor, "Group " + tag + " " + i, i);
        }
        cohort(supervisor, "100%_" + tag, 9);
        cohort(other, "Group " + tag + " elsewhere", 3);

        assertThat(cohorts.countSupervisedCohorts(supervisor, "")).isEqualTo(6);
        List<String> pages = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            cohorts.supervisedCohorts(supervisor, "", offset, 2).forEach(c -> pages.add(c.name()));
        }
        assertThat(pages).containsExactly("100%_" + tag, "Group " + tag + " 4", "Group " + tag + " 3",
                "Group " + tag + " 2", "Group " + tag + " 1", "Group " + tag + " 0");
        assertThat(cohorts.supervisedCohorts(supervisor, "GROUP " + tag, 0, 50)).hasSize(5);
        assertThat(cohorts.countSupervisedCohorts(supervisor, "%_")).as("wildcards are taken literally")
                .isEqualTo(1);
        assertThat(cohorts.countSupervisedCohorts(supervisor, "elsewhere")).isZero();
        long admin = accounts.create(Role.ADMIN);
        assertThat(cohorts.countSupervisedCohorts(admin, tag)).as("an admin sees every cohort").isEqualTo(7);
        long learner = accounts.create(Role.LEARNER);
        assertThatThrownBy(() -> cohorts.supervisedCohorts(learner, "", 0, 10))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void one_learner_of_a_roster_is_read_alone_and_only_from_the_supervisors_own_cohort() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        long other = accounts.create(Role.SUPERVISOR);
        var mine = cohort(supervisor, "Mine", 0);
        var theirs = cohort(other, "Theirs", 0);
        long learner = accounts.create(Role.LEARNER);
        long elsewhere = accounts.create(Role.LEARNER);
        cohorts.enroll(learner, mine.inviteCode());
        cohorts.enroll(elsewhere, theirs.inviteCode());

        assertThat(cohorts.rosterEntry(supervisor, mine.id(), learner).learnerId()).isEqualTo(learner);
        assertThatThrownBy(() -> cohorts.rosterEntry(supervisor, mine.id(), elsewhere))
                .isInstanceOf(org.rapport.refusal.NotFoundException.class);
        assertThatThrownBy(() -> cohorts.rosterEntry(supervisor, theirs.id(), elsewhere))
                .isInstanceOf(org.rapport.refusal.NotFoundException.class);
    }

    @Test
    void a_roster_and_its_progress_rows_come_a_page_at_a_time_in_name_order() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        var cohort = cohort(supervisor, "Paged cohort", 0);
        Scenario scenario = catalogue.course("meeting-resistance").orElseThrow().scenarios().findFirst()
                .orElseThrow();
        for (int i = 0; i < 7; i++) {
            long learner = accounts.create(Role.LEARNER);
            cohorts.enroll(learner, cohort.inviteCode());
            for (int attempt = 0; attempt < i % 3; attempt++) {
                practice.submitResponse(learner, new PracticeService.SubmitResponse(scenario.id(),
                        scenario.modelReply(Move.values()[attempt]).text(), AttemptMode.PRACTICE,
                        UUID.randomUUID().toString()));
            }
        }
        List<CohortService.RosterEntry> whole = cohorts.roster(supervisor, cohort.id());

        assertThat(cohorts.countRoster(supervisor, cohort.id())).isEqualTo(7);
        List<Long> paged = new ArrayList<>();
        List<Long> progressPaged = new ArrayList<>();
        for (int offset = 0; offset < 7; offset += 3) {
            cohorts.roster(supervisor, cohort.id(), offset, 3).forEach(r -> paged.add(r.learnerId()));
            progress.cohortProgress(supervisor, cohort.id(), offset, 3).forEach(r -> progressPaged.add(r.learnerId()));
        }
        assertThat(paged).containsExactlyElementsOf(whole.stream().map(CohortService.RosterEntry::learnerId).toList());
        assertThat(progressPaged).isEqualTo(paged);
        List<ProgressReportService.LearnerProgress> all = progress.cohortProgress(supervisor, cohort.id());
        List<ProgressReportService.LearnerProgress> pagedRows = new ArrayList<>();
        for (int offset = 0; offset < 7; offset += 3) {
            pagedRows.addAll(progress.cohortProgress(supervisor, cohort.id(), offset, 3));
        }
        assertThat(all).extracting(r -> r.figures().attempts()).as("some learners have attempts")
                .contains(1, 2);
        assertThat(pagedRows).as("each page's figures are the whole grid's").isEqualTo(all);
        assertThat(cohorts.roster(supervisor, cohort.id(), 2, 3)).as("an offset between pages")
                .isEqualTo(whole.subList(2, 5));
        assertThat(cohorts.roster(supervisor, cohort.id(), 5, 3)).isEqualTo(whole.subList(5, 7));
        long stranger = accounts.create(Role.SUPERVISOR);
        assertThatThrownBy(() -> cohorts.roster(stranger, cohort.id(), 0, 3)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> progress.cohortProgress(stranger, cohort.id(), 0, 3))
                .isInstanceOf(NotFoundException.class);
    }

    private CohortService.CohortSummary cohort(long supervisor, String name, int daysFromNow) {
        return cohorts.createCohort(supervisor, new CohortService.NewCohort(name, "meeting-resistance",
                LocalDate.now().plusDays(daysFromNow), LocalDate.now().plusDays(60), 20));
    }
}

package org.rapport.ui.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.rapport.account.AccountService;
import org.rapport.account.Role;
import org.rapport.cohort.CohortService;
import org.rapport.progress.ProgressReportService.LearnerProgress;
import org.rapport.ui.components.Bars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("supervisor")
@ViewPackages(packages = "org.rapport.ui")
class CohortViewIT extends SpringBrowserlessTest {
    @Autowired
    CohortService cohorts;
    @Autowired
    AccountService accounts;

    @Test
    void the_supervisor_sees_progress_analytics_agreement_and_downloads_the_gradebook() {
        long cohort = demoCohort();
        navigate(CohortView.class, Map.of("cohortId", String.valueOf(cohort)));

        assertThat($(com.vaadin.flow.component.html.H2.class).id("cohort-name").getText()).isEqualTo("Autumn practicum");
        @SuppressWarnings("unchecked")
        Grid<LearnerProgress> grid = $(Grid.class).id("progress-grid");
        assertThat(test(grid).size()).isEqualTo(6);
        assertThat(test(grid).getHeaderCell(5)).isEqualTo("Trend");
        LearnerProgress maya = row(grid, "Maya Chen");
        assertThat(maya.figures().attempts()).isPositive();
        assertThat(test(grid).getCellText(rowIndex(grid, "Maya Chen"), 2)).isEqualTo(String.valueOf(maya.figures().attempts()));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        Anchor download = $(Anchor.class).id("gradebook-download");
        assertThat(download.getHref()).contains("cohort-" + cohort + "-gradebook.csv");
        test(download).download(csv);
        String[] lines = csv.toString(StandardCharsets.UTF_8).split("\r?\n");
        assertThat(lines[0]).startsWith("cohort,course,username,name");
        assertThat(lines).hasSize(7).anyMatch(l -> l.contains("maya.chen"));

        test($(TabSheet.class).id("cohort-tabs")).select("Analytics");
        assertThat($(Bars.class).id("weekly-scores").getChildren()).isNotEmpty();
        assertThat($(Div.class).withClassName("module-analytics").all()).hasSizeGreaterThanOrEqualTo(7);

        test($(TabSheet.class).id("cohort-tabs")).select("Agreement");
        assertThat($(Span.class).id("agreement-reviewed").getText()).matches("Reviewed: [1-9][0-9]*");
        assertThat($(Span.class).id("agreement-kappa").getText()).matches("Cohen's kappa: -?[0-9]\\.[0-9]{2}");
        assertThat($(UnorderedList.class).id("agreement-by-move").getChildren()).hasSize(4);

        test($(TabSheet.class).id("cohort-tabs")).select("Progress");
        test($(Grid.class).id("progress-grid")).clickRow(rowIndex(grid, "Maya Chen"));
        assertThat(getCurrentView()).isInstanceOf(LearnerTimelineView.class);
        assertThat($(com.vaadin.flow.component.html.H2.class).id("learner-name").getText()).isEqualTo("Maya Chen");
    }

    @Test
    void a_new_cohort_says_no_reviews_yet_instead_of_a_kappa() {
        long supervisor = accounts.credentials("supervisor").orElseThrow().id();
        var fresh = cohorts.createCohort(supervisor, new CohortService.NewCohort("Quiet cohort " + UUID.randomUUID()
                .toString().substring(0, 6), "meeting-resistance", LocalDate.now(), LocalDate.now().plusWeeks(4), 5));
        navigate(CohortView.class, Map.of("cohortId", String.valueOf(fresh.id())));

        test($(TabSheet.class).id("cohort-tabs")).select("Agreement");
        assertThat($(Span.class).id("agreement-none").getText()).startsWith("No reviews yet");
        assertThat($(Span.class).withId("agreement-kappa").exists()).isFalse();
    }

    @Test
    void a_supervisor_opening_another_supervisors_cohort_is_told_it_is_not_found_and_sees_no_data() {
        String name = "other-" + UUID.randomUUID().toString().substring(0, 8);
        long other = accounts.register(new AccountService.NewUser(name, "Other Supervisor", "lantern orchard velvet",
                Role.SUPERVISOR)).id();
        var theirs = cohorts.createCohort(other, new CohortService.NewCohort("Not yours", "meeting-resistance",
                LocalDate.now(), LocalDate.now().plusWeeks(4), 5));

        navigate(CohortView.class, Map.of("cohortId", String.valueOf(theirs.id())));

        assertThat($(Span.class).id("cohort-not-found").getText()).contains("No cohort " + theirs.id());
        assertThat($(Grid.class).exists()).isFalse();
        assertThat($(Anchor.class).withId("gradebook-download").exists()).isFalse();
        assertThat($(Span.class).withTextContaining(theirs.inviteCode()).exists()).isFalse();

        navigate(CohortView.class, Map.of("cohortId", "not-a-number"));
        assertThat($(Span.class).id("cohort-not-found").getText()).contains("There is no cohort");
    }

    @Test
    @WithUserDetails("learner")
    void a_learner_cannot_open_a_cohort() {
        assertThatThrownBy(() -> navigate(CohortView.class, Map.of("cohortId", String.valueOf(demoCohort()))))
                .hasMessageContaining("RouteNotFoundError");
    }

    private long demoCohort() {
        long supervisor = accounts.credentials("supervisor").orElseThrow().id();
        return cohorts.cohortsOf(supervisor).stream().filter(c -> c.name().equals("Autumn practicum")).findFirst()
                .orElseThrow().id();
    }

    private LearnerProgress row(Grid<LearnerProgress> grid, String name) {
        return test(grid).getRow(rowIndex(grid, name));
    }

    private int rowIndex(Grid<LearnerProgress> grid, String name) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).displayName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + name);
    }
}

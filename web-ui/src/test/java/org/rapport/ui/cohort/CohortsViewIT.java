package org.rapport.ui.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.rapport.account.AccountService;
import org.rapport.cohort.CohortService;
import org.rapport.cohort.CohortService.CohortSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("supervisor")
@ViewPackages(packages = "org.rapport.ui")
class CohortsViewIT extends SpringBrowserlessTest {
    @Autowired
    CohortService cohorts;
    @Autowired
    AccountService accounts;

    @Test
    void the_supervisor_sees_the_invite_code_and_share_link_and_creates_a_cohort() {
        navigate(CohortsView.class);
        @SuppressWarnings("unchecked")
        Grid<CohortSummary> grid = $(Grid.class).id("cohorts-grid");
        int demo = rowIndex(grid, "Autumn practicum");
        String code = test(grid).getRow(demo).inviteCode();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(test(grid).getCellText(demo, 4)).isEqualTo(code);
        assertThat(test(grid).getCellText(demo, 3)).matches("[0-9]+ / 30");
        TextField link = (TextField) test(grid).getCellComponent(demo, 5);
        assertThat(link.getValue()).endsWith("/signup?code=" + code).startsWith("http");
        assertThat(link.isReadOnly()).isTrue();

        String name = "Spring practicum " + UUID.randomUUID().toString().substring(0, 6);
        test($(TextField.class).id("new-cohort-name")).setValue(name);
        test($(ComboBox.class).id("new-cohort-course")).selectItem("Meeting resistance, building the alliance");
        test($(DatePicker.class).id("new-cohort-starts")).setValue(LocalDate.now().plusDays(7));
        test($(DatePicker.class).id("new-cohort-ends")).setValue(LocalDate.now().plusWeeks(10));
        test($(IntegerField.class).id("new-cohort-limit")).setValue(12);
        Button create = $(Button.class).id("new-cohort-create");
        assertThat(create.isDisableOnClick()).as("the browser disables Create while it is sent").isTrue();
        test(create).click();

        assertThat($(Span.class).id("cohort-error").getText()).isEmpty();
        long supervisor = accounts.credentials("supervisor").orElseThrow().id();
        CohortSummary created = cohorts.cohortsOf(supervisor).stream().filter(c -> c.name().equals(name))
                .findFirst().orElseThrow();
        assertThat(created.enrollmentLimit()).isEqualTo(12);
        assertThat($(Span.class).id("cohort-message").getText()).contains(created.inviteCode())
                .contains("/signup?code=" + created.inviteCode());
        assertThat(rowIndex(grid, name)).isNotNegative();
        assertThat($(TextField.class).id("new-cohort-name").getValue()).as("the form is ready for the next").isEmpty();
    }

    @Test
    void a_cohort_that_ends_before_it_starts_or_has_no_name_is_not_created() {
        long supervisor = accounts.credentials("supervisor").orElseThrow().id();
        int before = cohorts.cohortsOf(supervisor).size();
        navigate(CohortsView.class);

        test($(DatePicker.class).id("new-cohort-ends")).setValue(LocalDate.now().plusWeeks(2));
        test($(DatePicker.class).id("new-cohort-starts")).setValue(LocalDate.now().plusWeeks(4));
        test($(Button.class).id("new-cohort-create")).click();

        assertThat($(Span.class).id("cohort-error").getText()).contains("Check the highlighted fields");
        assertThat($(TextField.class).id("new-cohort-name").getErrorMessage()).isEqualTo("Give the cohort a name.");
        assertThat($(DatePicker.class).id("new-cohort-ends").getErrorMessage())
                .isEqualTo("The cohort ends on or after the day it starts.");
        assertThat(cohorts.cohortsOf(supervisor)).hasSize(before);
    }

    @Test
    void the_date_fields_show_dates_the_way_the_cohort_list_does_whatever_the_browsers_locale() {
        navigate(CohortsView.class);

        for (String id : new String[] {"new-cohort-starts", "new-cohort-ends"}) {
            DatePicker picker = $(DatePicker.class).id(id);
            assertThat(picker.getI18n().getDateFormats()).as(id).containsExactly("yyyy-MM-dd");
            assertThat(picker.getI18n().getBadInputErrorMessage()).as(id)
                    .matches("Enter a date such as \\d{4}-\\d{2}-\\d{2}\\.");
        }
    }

    @Test
    @WithUserDetails("learner")
    void a_learner_cannot_open_the_cohorts_page() {
        assertThatThrownBy(() -> navigate(CohortsView.class)).hasMessageContaining("RouteNotFoundError");
    }

    private int rowIndex(Grid<CohortSummary> grid, String name) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}

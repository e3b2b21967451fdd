package org.rapport.ui.cohort;

import org.rapport.config.RapportProperties;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import org.rapport.cohort.CohortService;
import org.rapport.cohort.CohortService.CohortSummary;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.CourseCatalogue.CourseSummary;
import org.rapport.security.CurrentUser;
import org.rapport.ui.components.FailureMessages;

/**
 * A supervisor's cohorts with their invite codes and sign-up links, and a form to start a new one. Admins see
 * every cohort.
 */
@Route("cohorts")
@PageTitle("Cohorts · Rapport")
@Menu(order = 3, title = "Cohorts")
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class CohortsView extends VerticalLayout {
    private static final String ENDS_BEFORE_START = "The cohort ends on or after the day it starts.";
    private static final String ISO_DATE = "yyyy-MM-dd";
    private final CohortService cohorts;
    private final long userId;
    private final String baseUrl;
    private final Map<String, String> courseTitles;
    private final Grid<CohortSummary> grid = new Grid<>(CohortSummary.class, false);
    private final Span message = new Span();
    private final Paragraph none = new Paragraph("You have no cohorts yet. Create one below, then share its link.");
    private final Span error = new Span();

    public CohortsView(CohortService cohorts, CourseCatalogue catalogue, CurrentUser currentUser,
                       RapportProperties settings) {
        this.cohorts = cohorts;
        this.userId = currentUser.id();
        this.baseUrl = baseUrl(settings.baseUrl());
        this.courseTitles = catalogue.courses().stream()
                .collect(Collectors.toMap(CourseSummary::id, CourseSummary::title));
        setMaxWidth("80rem");

        grid.setId("cohorts-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(c -> new RouterLink(c.name(), CohortView.class,
                new RouteParameters("cohortId", String.valueOf(c.id())))).setHeader("Cohort").setFlexGrow(2);
        grid.addColumn(c -> courseTitles.getOrDefault(c.courseId(), c.courseId())).setHeader("Course").setFlexGrow(2);
        grid.addColumn(c -> c.startsOn() + " – " + c.endsOn()).setHeader("Dates").setAutoWidth(true);
        grid.addColumn(c -> c.enrolled() + " / " + c.enrollmentLimit()).setHeader("Enrolled").setAutoWidth(true);
        grid.addColumn(CohortSummary::inviteCode).setHeader("Invite code").setAutoWidth(true);
        grid.addComponentColumn(this::shareLink).setHeader("Share link").setFlexGrow(3);

        message.setId("cohort-message");
        error.setId("cohort-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new H2("Cohorts"),
                new Paragraph("Learners join with the invite code or the share link. Open a cohort for its progress, "
                        + "analytics, gradebook and how often reviews agree with the grader."),
                none, grid, new H3("New cohort"), form(catalogue), error, message);
        refresh();
    }

    private void refresh() {
        int count = (int) cohorts.countSupervisedCohorts(userId, "");
        // Lazy: an admin sees every cohort there has ever been.
        grid.setItems(q -> cohorts.supervisedCohorts(userId, "", q.getOffset(), q.getLimit()).stream(),
                q -> (int) cohorts.countSupervisedCohorts(userId, ""));
        CohortView.fitRows(grid, count);
        grid.setVisible(count > 0);
        none.setVisible(count == 0);
    }

    private TextField shareLink(CohortSummary c) {
        TextField link = new TextField();
        link.setReadOnly(true);
        link.setWidthFull();
        link.setValue(signUpLink(baseUrl, c.inviteCode()));
        link.setAriaLabel("Sign-up link for " + c.name());
        link.addClassName("share-link");
        // Selecting the whole link on focus makes copying it one keystroke.
        link.addFocusListener(e -> link.getElement().executeJs("this.inputElement.select()"));
        return link;
    }

    private FormLayout form(CourseCatalogue catalogue) {
        TextField name = new TextField("Name");
        name.setMaxLength(100);
        name.setPlaceholder("Spring practicum");
        ComboBox<CourseSummary> course = new ComboBox<>("Course");
        course.setItems(catalogue.courses());
        course.setItemLabelGenerator(CourseSummary::title);
        DatePicker startsOn = new DatePicker("Starts on");
        DatePicker endsOn = new DatePicker("Ends on");
        // The picker checks its own minimum before the binder's validators run, so it needs the same message. Dates
        // are shown as the cohort list shows them (2026-12-03), whatever the browser's locale, so the example in the
        // error message is in the format the field shows.
        endsOn.setI18n(new DatePicker.DatePickerI18n().setDateFormat(ISO_DATE).setMinErrorMessage(ENDS_BEFORE_START)
                .setBadInputErrorMessage("Enter a date such as " + LocalDate.now().plusWeeks(12) + "."));
        startsOn.setI18n(new DatePicker.DatePickerI18n().setDateFormat(ISO_DATE)
                .setBadInputErrorMessage("Enter a date such as " + LocalDate.now() + "."));
        IntegerField limit = new IntegerField("Enrollment limit");
        limit.setMin(1);
        limit.setStepButtonsVisible(true);
        limit.setHelperText("How many learners may join");
        name.setId("new-cohort-name");
        course.setId("new-cohort-course");
        startsOn.setId("new-cohort-starts");
        endsOn.setId("new-cohort-ends");
        limit.setId("new-cohort-limit");

        Binder<Draft> binder = new Binder<>();
        binder.forField(name).asRequired("Give the cohort a name.")
                .withValidator(n -> n.strip().length() <= 100, "A cohort name has at most 100 characters.")
                .bind(Draft::getName, Draft::setName);
        binder.forField(course).asRequired("Choose a course.").bind(Draft::getCourse, Draft::setCourse);
        binder.forField(startsOn).asRequired("Choose the first day.").bind(Draft::getStartsOn, Draft::setStartsOn);
        binder.forField(endsOn).asRequired("Choose the last day.")
                .withValidator(end -> startsOn.getValue() == null || !end.isBefore(startsOn.getValue()),
                        ENDS_BEFORE_START)
                .bind(Draft::getEndsOn, Draft::setEndsOn);
        binder.forField(limit).asRequired("Say how many learners may join.")
                .withValidator(n -> n >= 1 && n <= 10_000, "An enrollment limit lies between 1 and 10,000.")
                .bind(Draft::getLimit, Draft::setLimit);
        startsOn.addValueChangeListener(e -> {
            endsOn.setMin(e.getValue());
            if (endsOn.getValue() != null) {
                binder.validate();
            }
        });
        Draft draft = Draft.fresh();
        binder.readBean(draft);
        if (catalogue.courses().size() == 1) {
            course.setValue(catalogue.courses().getFirst());
        }

        // One key per filled-in form: a second press, or a press after a reply that never arrived, answers with
        // the cohort the first one made. A new key once that cohort is shown.
        var submissionKey = new java.util.concurrent.atomic.AtomicReference<>(UUID.randomUUID().toString());
        Button create = new Button("Create cohort");
        create.setId("new-cohort-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        create.addClickListener(e -> {
            error.setText("");
            message.setText("");
            try {
                Draft filled = new Draft();
                if (!binder.writeBeanIfValid(filled)) {
                    error.setText("Check the highlighted fields.");
                    return;
                }
                CohortSummary created = cohorts.createCohort(userId, new CohortService.NewCohort(
                        filled.getName(), filled.getCourse().id(), filled.getStartsOn(), filled.getEndsOn(),
                        filled.getLimit(), submissionKey.get()));
                submissionKey.set(UUID.randomUUID().toString());
                message.setText("Cohort \u201c" + created.name() + "\u201d created. Invite code " + created.inviteCode()
                        + "; sign-up link " + signUpLink(baseUrl, created.inviteCode()));
                binder.readBean(Draft.fresh());
                if (catalogue.courses().size() == 1) {
                    course.setValue(catalogue.courses().getFirst());
                }
                refresh();
            } catch (RuntimeException refused) {
                error.setText(FailureMessages.forPerson(refused));
            } finally {
                create.setEnabled(true);
            }
        });

        FormLayout form = new FormLayout(name, course, startsOn, endsOn, limit, create);
        form.setId("new-cohort-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        return form;
    }

    static String signUpLink(String baseUrl, String inviteCode) {
        return baseUrl + "/signup?code=" + (inviteCode == null ? "" : inviteCode);
    }

    /**
     * The address learners reach the app at: {@code rapport.base-url} when set (behind a proxy that rewrites
     * hosts), otherwise what this request was sent to.
     */
    static String baseUrl(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip().replaceAll("/+$", "");
        }
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            var http = request.getHttpServletRequest();
            String scheme = http.getScheme();
            int port = http.getServerPort();
            boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80)
                    || ("https".equals(scheme) && port == 443);
            return scheme + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + http.getContextPath();
        }
        return "";
    }

    /** The form's values while they are typed; the service takes an immutable record once they are valid. */
    static final class Draft {
        private String name;
        private CourseSummary course;
        private LocalDate startsOn;
        private LocalDate endsOn;
        private Integer limit;

        static Draft fresh() {
            Draft d = new Draft();
            d.startsOn = LocalDate.now();
            d.endsOn = d.startsOn.plusWeeks(12);
            d.limit = 30;
            return d;
        }

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }

        CourseSummary getCourse() {
            return course;
        }

        void setCourse(CourseSummary course) {
            this.course = course;
        }

        LocalDate getStartsOn() {
            return startsOn;
        }

        void setStartsOn(LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        LocalDate getEndsOn() {
            return endsOn;
        }

        void setEndsOn(LocalDate endsOn) {
            this.endsOn = endsOn;
        }

        Integer getLimit() {
            return limit;
        }

        void setLimit(Integer limit) {
            this.limit = limit;
        }
    }
}

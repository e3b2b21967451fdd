package org.rapport.ui.learning;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.rapport.cohort.CohortService;
import org.rapport.cohort.CohortService.CohortSummary;
import org.rapport.course.Course;
import org.rapport.course.CourseCatalogue;
import org.rapport.progress.ProgressReportService;
import org.rapport.progress.ProgressReportService.CourseProgress;
import org.rapport.security.CurrentUser;
import org.rapport.ui.components.FailureMessages;

/** The learner's start page: their cohorts with how far they are, and joining another cohort by invite code. */
@Route("learning")
@PageTitle("My learning · Rapport")
@Menu(order = 1, title = "My learning")
@RolesAllowed("LEARNER")
public class MyLearningView extends VerticalLayout {
    private final CurrentUser currentUser;
    private final CohortService cohorts;
    private final ProgressReportService progress;
    private final CourseCatalogue catalogue;
    private final Div cohortList = new Div();
    private final TextField inviteCode = new TextField("Invite code");
    private final Button join = new Button("Join cohort");
    private final Span joinError = LearningUi.message("join-error");
    private final Span joined = new Span();
    private final Binder<JoinRequest> binder = new Binder<>();

    public MyLearningView(CurrentUser currentUser, CohortService cohorts, ProgressReportService progress,
                          CourseCatalogue catalogue) {
        this.currentUser = currentUser;
        this.cohorts = cohorts;
        this.progress = progress;
        this.catalogue = catalogue;
        setMaxWidth("64rem");
        cohortList.setId("my-cohorts");
        cohortList.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("width", "100%");
        add(new H2("My learning"), cohortList, joinForm());
        showCohorts();
    }

    private Div joinForm() {
        inviteCode.setPlaceholder("K7MQ-3XPA");
        inviteCode.setHelperText("The code your supervisor gave you");
        inviteCode.setId("invite-code");
        binder.forField(inviteCode).asRequired("Enter the invite code your supervisor gave you.")
                .bind(JoinRequest::getInviteCode, JoinRequest::setInviteCode);
        join.setId("join");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.setDisableOnClick(true);
        join.addClickListener(e -> join());
        join.addClickShortcut(Key.ENTER).listenOn(inviteCode);
        joined.setId("join-result");
        joined.getElement().setAttribute("role", "status");
        FlexLayout row = new FlexLayout(inviteCode, join);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        Div form = new Div(new H3("Join a cohort"), row, joinError, joined);
        form.getStyle().set("display", "flex").set("flex-direction", "column");
        return form;
    }

    private void join() {
        joinError.setText("");
        joined.setText("");
        JoinRequest request = new JoinRequest();
        try {
            if (binder.writeBeanIfValid(request)) {
                var enrollment = cohorts.enroll(currentUser.id(), request.getInviteCode());
                joined.setText("You joined " + enrollment.cohortName() + ".");
                binder.readBean(new JoinRequest());
                showCohorts();
            }
        } catch (RuntimeException refused) {
            joinError.setText(FailureMessages.forPerson(refused));
        } finally {
            join.setEnabled(true);
        }
    }

    private void showCohorts() {
        cohortList.removeAll();
        long me = currentUser.id();
        List<CohortSummary> mine = cohorts.cohortsOf(me);
        if (mine.isEmpty()) {
            cohortList.add(new Paragraph("You have not joined a cohort yet. Enter the invite code from your "
                    + "supervisor below."));
        }
        for (CohortSummary cohort : mine) {
            cohortList.add(cohortCard(me, cohort));
        }
    }

    private Div cohortCard(long me, CohortSummary cohort) {
        Div card = LearningUi.card();
        card.addClassName("cohort-card");
        card.getStyle().set("flex", "1 1 18rem");
        card.add(new H3(cohort.name()));
        Course course = catalogue.course(cohort.courseId()).orElse(null);
        if (course == null) {
            card.add(new Paragraph("This cohort's course is no longer offered."));
            return card;
        }
        card.add(new Paragraph(course.title()));
        card.add(LearningUi.secondary(LearningUi.date(cohort.startsOn()) + " – " + LearningUi.date(cohort.endsOn())));
        CourseProgress p = progress.courseProgress(me, me, course.id());
        Span lessons = new Span(p.lessonsDone() + " of " + p.lessonsTotal() + " lessons done");
        lessons.addClassName("lessons-done");
        ProgressBar bar = new ProgressBar(0, Math.max(1, p.lessonsTotal()), p.lessonsDone());
        bar.getElement().setAttribute("aria-label", lessons.getText());
        Span score = new Span(p.figures().attempts() == 0 ? "No practice attempts yet"
                : "Average score " + LearningUi.round(p.figures().averageScore()) + " of 100 over "
                + p.figures().attempts() + " attempts");
        score.addClassName("average-score");
        RouterLink open = new RouterLink("Open the course", CourseView.class,
                new RouteParameters(CourseView.COURSE_ID, course.id()));
        VerticalLayout body = new VerticalLayout(lessons, bar, score, open);
        body.setPadding(false);
        body.setSpacing(false);
        card.add(body);
        return card;
    }

    /** What the join form binds to. */
    static final class JoinRequest {
        private String inviteCode;

        String getInviteCode() {
            return inviteCode;
        }

        void setInviteCode(String inviteCode) {
            this.inviteCode = inviteCode;
        }
    }
}

package org.rapport.ui.cohort;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.OptionalLong;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.rapport.refusal.NotFoundException;
import org.rapport.refusal.NotPermittedException;
import org.rapport.cohort.CohortService;
import org.rapport.cohort.CohortService.RosterEntry;
import org.rapport.course.CourseCatalogue;
import org.rapport.practice.AttemptFeedback;
import org.rapport.practice.PracticeService;
import org.rapport.review.ReviewService;
import org.rapport.review.ReviewService.ReviewNote;
import org.rapport.security.CurrentUser;
import org.rapport.ui.components.HighlightedReply;
import org.rapport.ui.components.Moves;

/**
 * One learner's attempts, newest first, a page at a time. Opening an attempt shows the reply sentence by
 * sentence and any supervisor review of it.
 */
@Route("cohorts/:cohortId/learners/:learnerId")
@PageTitle("Learner timeline · Rapport")
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class LearnerTimelineView extends VerticalLayout implements BeforeEnterObserver {
    static final int PAGE = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final CohortService cohorts;
    private final PracticeService practice;
    private final ReviewService reviews;
    private final CourseCatalogue catalogue;
    private final long userId;
    private final Div attempts = new Div();
    private final Button older = new Button("Show older attempts");
    private long learnerId;
    private int loaded;

    public LearnerTimelineView(CohortService cohorts, PracticeService practice, ReviewService reviews,
                               CourseCatalogue catalogue, CurrentUser currentUser) {
        this.cohorts = cohorts;
        this.practice = practice;
        this.reviews = reviews;
        this.catalogue = catalogue;
        this.userId = currentUser.id();
        setMaxWidth("64rem");
        attempts.setId("timeline");
        attempts.setWidthFull();
        older.setId("timeline-older");
        older.setDisableOnClick(true);
        older.addClickListener(e -> loadPage());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        attempts.removeAll();
        loaded = 0;
        RouteParameters params = event.getRouteParameters();
        OptionalLong cohortId = CohortView.id(params.get("cohortId").orElse(""));
        OptionalLong learner = CohortView.id(params.get("learnerId").orElse(""));
        if (cohortId.isEmpty() || learner.isEmpty()) {
            add(notFound("There is no such learner in your cohorts."));
            return;
        }
        try {
            RosterEntry entry = cohorts.rosterEntry(userId, cohortId.getAsLong(), learner.getAsLong());
            learnerId = entry.learnerId();
            H2 title = new H2(entry.displayName());
            title.setId("learner-name");
            add(new RouterLink("Back to the cohort", CohortView.class,
                            new RouteParameters("cohortId", String.valueOf(cohortId.getAsLong()))),
                    title, new Paragraph("Attempts, newest first. Open one to see the reply and any review."),
                    attempts, older);
            loadPage();
        } catch (NotFoundException | NotPermittedException e) {
            removeAll();
            add(notFound(e.getMessage()));
        }
    }

    private void loadPage() {
        try {
            List<AttemptFeedback> page = practice.timeline(userId, learnerId, loaded, PAGE);
            if (loaded == 0 && page.isEmpty()) {
                Span none = new Span("No attempts yet.");
                none.setId("timeline-empty");
                attempts.add(none);
            }
            page.forEach(a -> attempts.add(attempt(a)));
            loaded += PAGE;
            older.setVisible(page.size() == PAGE);
        } finally {
            older.setEnabled(true);
        }
    }

    private Details attempt(AttemptFeedback a) {
        Span when = new Span(WHEN.format(a.submittedAt()));
        Span scenario = new Span(scenarioName(a.scenarioId()));
        scenario.getStyle().set("flex", "1 1 12rem").set("min-width", "0");
        Span move = new Span(Moves.title(a.grade().move()) + (a.grade().unsure() ? " (unsure)" : ""));
        move.getStyle().set("color", Moves.color(a.grade().move())).set("font-weight", "600");
        Span score = new Span("score " + a.score() + (a.reviewed() ? " (reviewed)" : ""));
        Div summary = new Div(when, scenario, move, score);
        summary.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-m)");
        Details details = new Details(summary);
        details.setId("attempt-" + a.attemptId());
        details.addClassName("timeline-attempt");
        details.setWidthFull();
        // The content is built on first opening: most attempts in a long timeline are never opened.
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(content(a));
            }
        });
        return details;
    }

    private Component content(AttemptFeedback a) {
        Div box = new Div();
        box.addClassName("attempt-content");
        catalogue.scenario(a.scenarioId()).ifPresent(place -> box.add(new H4("What the client said"),
                new Paragraph(place.scenario().client())));
        box.add(new H4("The reply"), new HighlightedReply(a.grade()),
                new Paragraph(a.scoreFeedback() == null ? "" : a.scoreFeedback()));
        if (a.reviewed()) {
            Paragraph reviewed = new Paragraph(Moves.reviewedLine(a.graderGrade()));
            reviewed.addClassName("reviewed-grade");
            box.add(reviewed);
        }
        if (a.targetMove() != null) {
            box.add(new Paragraph("This scenario teaches " + a.targetMove().label() + "; score " + a.score() + " of 100."));
        }
        List<ReviewNote> notes = reviews.reviewsOfAttempt(userId, a.attemptId());
        if (!notes.isEmpty()) {
            box.add(new H4("Reviews"));
            for (ReviewNote note : notes) {
                Paragraph p = new Paragraph(note.reviewerName() + ", " + WHEN.format(note.reviewedAt()) + ": "
                        + ("overridden".equals(note.verdict())
                        ? Moves.title(note.graderMove()) + " changed to " + Moves.title(note.supervisorMove())
                        : Moves.title(note.graderMove()) + " accepted")
                        + (note.comment() == null ? "" : ". \u201c" + note.comment() + "\u201d"));
                p.addClassName("review-note");
                box.add(p);
            }
        }
        return box;
    }

    private String scenarioName(String scenarioId) {
        return catalogue.scenario(scenarioId).map(p -> p.scenario().persona().name() + ": \u201c"
                + shorten(p.scenario().client(), 70) + "\u201d").orElse(scenarioId);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "\u2026";
    }

    private static Component notFound(String message) {
        Span text = new Span(message);
        text.setId("timeline-not-found");
        return new Div(new H2("Learner not found"), new Paragraph(text),
                new RouterLink("Back to your cohorts", CohortsView.class));
    }
}

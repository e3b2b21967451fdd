package org.rapport.ui.cohort;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.rapport.grader.Move;
import org.rapport.refusal.NotFoundException;
import org.rapport.refusal.NotPermittedException;
import org.rapport.cohort.CohortService;
import org.rapport.cohort.CohortService.CohortSummary;
import org.rapport.cohort.CohortService.RosterEntry;
import org.rapport.course.CourseCatalogue;
import org.rapport.progress.ProgressReportService;
import org.rapport.progress.ProgressReportService.LearnerProgress;
import org.rapport.review.ReviewService;
import org.rapport.review.ReviewService.AgreementSummary;
import org.rapport.security.CurrentUser;
import org.rapport.ui.components.Bars;
import org.rapport.ui.components.Moves;

/**
 * One cohort for its supervisor: who is enrolled, how each learner is doing, what the cohort's replies look
 * like per course module and week, the gradebook, and how far reviews agree with the grader.
 */
@Route("cohorts/:cohortId")
@PageTitle("Cohort · Rapport")
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class CohortView extends VerticalLayout implements BeforeEnterObserver {
    private final CohortService cohorts;
    private final ProgressReportService progress;
    private final ReviewService reviews;
    private final CourseCatalogue catalogue;
    private final long userId;

    public CohortView(CohortService cohorts, ProgressReportService progress, ReviewService reviews,
                      CourseCatalogue catalogue, CurrentUser currentUser) {
        this.cohorts = cohorts;
        this.progress = progress;
        this.reviews = reviews;
        this.catalogue = catalogue;
        this.userId = currentUser.id();
        setMaxWidth("80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        OptionalLong cohortId = id(event.getRouteParameters().get("cohortId").orElse(""));
        if (cohortId.isEmpty()) {
            add(notFound("There is no cohort '" + event.getRouteParameters().get("cohortId").orElse("") + "'."));
            return;
        }
        try {
            show(cohorts.cohort(userId, cohortId.getAsLong()));
        } catch (NotFoundException | NotPermittedException e) {
            removeAll();
            add(notFound(e.getMessage()));
        }
    }

    private void show(CohortSummary cohort) {
        String courseTitle = catalogue.course(cohort.courseId()).map(c -> c.title()).orElse(cohort.courseId());
        Span facts = new Span(courseTitle + " · " + cohort.startsOn() + " – " + cohort.endsOn() + " · "
                + cohort.enrolled() + " of " + cohort.enrollmentLimit() + " places taken · invite code "
                + cohort.inviteCode());
        facts.setId("cohort-facts");
        RouterLink back = new RouterLink("All cohorts", CohortsView.class);

        TabSheet tabs = new TabSheet();
        tabs.setId("cohort-tabs");
        tabs.setWidthFull();
        int learners = (int) cohorts.countRoster(userId, cohort.id());
        tabs.add("Progress", progressTab(cohort.id(), learners));
        tabs.add("Roster", rosterTab(cohort.id(), learners));
        tabs.add("Analytics", analyticsTab(cohort.id()));
        tabs.add("Agreement", agreementTab(cohort.id()));

        H2 title = new H2(cohort.name());
        title.setId("cohort-name");
        add(back, title, facts, gradebook(cohort.id()), tabs);
    }

    /**
     * The CSV is built when the link is followed, so it always has the latest figures. The file name also ends the
     * link's address, for browsers and tools that name a download after its URL.
     */
    private Anchor gradebook(long cohortId) {
        String fileName = "cohort-" + cohortId + "-gradebook.csv";
        long supervisor = userId;
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] csv = progress.gradebookCsv(supervisor, cohortId).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), fileName, "text/csv;charset=UTF-8",
                    csv.length);
        }, fileName);
        Anchor download = new Anchor(handler, AttachmentType.DOWNLOAD, "Download the gradebook (CSV)");
        download.setId("gradebook-download");
        return download;
    }

    private Component progressTab(long cohortId, int learners) {
        if (learners == 0) {
            return new Paragraph("No learners have joined yet. Share the invite code from the cohorts page.");
        }
        Grid<LearnerProgress> grid = new Grid<>(LearnerProgress.class, false);
        grid.setId("progress-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        fitRows(grid, learners);
        // The name is a link so keyboard users reach the timeline too; a click anywhere on the row also does.
        grid.addComponentColumn(p -> new RouterLink(p.displayName(), LearnerTimelineView.class,
                timeline(cohortId, p.learnerId()))).setHeader("Learner").setFlexGrow(2);
        grid.addColumn(p -> p.lessonsDone() + " / " + p.lessonsTotal()).setHeader("Lessons done").setAutoWidth(true);
        grid.addColumn(p -> p.figures().attempts()).setHeader("Attempts").setAutoWidth(true);
        grid.addColumn(p -> score(p.figures().averageScore())).setHeader("Average score").setAutoWidth(true);
        grid.addColumn(p -> percent(p.figures().moveShares().get(Move.JUDGING)))
                .setHeader("Judging").setAutoWidth(true);
        grid.addColumn(p -> p.figures().trendWord()).setHeader("Trend").setAutoWidth(true);
        // Lazy, a page of learners at a time: a cohort may hold up to ten thousand.
        grid.setItems(q -> progress.cohortProgress(userId, cohortId, q.getOffset(), q.getLimit()).stream(),
                q -> (int) cohorts.countRoster(userId, cohortId));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(LearnerTimelineView.class,
                timeline(cohortId, e.getItem().learnerId()))));
        Paragraph note = new Paragraph("Judging: the share of a learner's replies the grader read as judging. "
                + "Trend compares the later half of their last ten attempts with the earlier half.");
        note.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return new Div(grid, note);
    }

    private Component rosterTab(long cohortId, int learners) {
        if (learners == 0) {
            return new Paragraph("No learners have joined yet.");
        }
        Grid<RosterEntry> grid = new Grid<>(RosterEntry.class, false);
        grid.setId("roster-grid");
        fitRows(grid, learners);
        grid.addColumn(RosterEntry::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(RosterEntry::username).setHeader("Username").setFlexGrow(1);
        grid.addColumn(r -> r.active() ? "Active" : "Deactivated").setHeader("Account").setAutoWidth(true);
        grid.addColumn(r -> r.enrolledAt().toString().substring(0, 10)).setHeader("Joined").setAutoWidth(true);
        grid.setItems(q -> cohorts.roster(userId, cohortId, q.getOffset(), q.getLimit()).stream(),
                q -> (int) cohorts.countRoster(userId, cohortId));
        return grid;
    }

    private Component analyticsTab(long cohortId) {
        var analytics = progress.cohortAnalytics(userId, cohortId);
        Div box = new Div();
        box.setId("analytics");
        box.add(new H3("Moves per course module"),
                new Paragraph("The share of the cohort's replies the grader read as each move."));
        FlexLayout modules = new FlexLayout();
        modules.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        modules.getStyle().set("gap", "var(--lumo-space-l)");
        for (var module : analytics.modules()) {
            Div card = new Div();
            card.addClassName("module-analytics");
            card.getStyle().set("flex", "1 1 18rem").set("min-width", "0");
            int n = module.figures().attempts();
            card.add(new H4(module.title()), new Span(n == 1 ? "1 attempt" : n + " attempts"));
            if (n > 0) {
                card.add(Bars.ofMoves(module.figures().moveShares()));
            }
            modules.add(card);
        }
        box.add(modules, new H3("Average score per week"));
        if (analytics.weeks().isEmpty()) {
            box.add(new Paragraph("No attempts yet."));
        } else {
            Bars weeks = new Bars(100, false);
            weeks.setId("weekly-scores");
            for (var week : analytics.weeks()) {
                Double avg = week.figures().averageScore();
                weeks.add("Week of " + week.weekOf(), avg == null ? 0 : avg, "var(--lumo-primary-color)");
            }
            box.add(weeks);
        }
        return box;
    }

    private Component agreementTab(long cohortId) {
        AgreementSummary agreement = reviews.agreement(userId, cohortId);
        Div box = new Div();
        box.setId("agreement");
        if (agreement.reviewed() == 0 || agreement.kappa() == null) {
            Span none = new Span("No reviews yet. Reviewed attempts from the review queue show up here.");
            none.setId("agreement-none");
            box.add(none);
            return box;
        }
        Span reviewed = new Span("Reviewed: " + agreement.reviewed());
        reviewed.setId("agreement-reviewed");
        Span overridden = new Span("Overridden: " + agreement.overridden() + " ("
                + percent(agreement.overrideShare()) + ")");
        overridden.setId("agreement-overridden");
        Span kappa = new Span("Cohen's kappa: " + kappa(agreement.kappa()));
        kappa.setId("agreement-kappa");
        UnorderedList figures = new UnorderedList(new ListItem(reviewed), new ListItem(overridden), new ListItem(kappa));
        UnorderedList perMove = new UnorderedList();
        perMove.setId("agreement-by-move");
        for (Move m : Moves.ALL) {
            perMove.add(new ListItem(Moves.title(m) + ": "
                    + kappa(agreement.kappaByMove() == null ? null : agreement.kappaByMove().get(m))));
        }
        Paragraph about = new Paragraph("Kappa is agreement beyond chance between supervisors and the grader "
                + "(1 is full agreement, 0 no better than chance), using each attempt's latest review. The queue "
                + "favours judging and unsure replies, so these figures describe the hard cases more than all replies.");
        about.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        box.add(figures, new H4("Kappa per move (that move against the rest)"), perMove, about);
        return box;
    }

    private static Component notFound(String message) {
        Span text = new Span(message);
        text.setId("cohort-not-found");
        return new Div(new H2("Cohort not found"), new Paragraph(text),
                new RouterLink("Back to your cohorts", CohortsView.class));
    }

    /**
     * A short list shows whole, with no scrolling box inside the page; a long one gets a fixed height, so the grid
     * renders only the rows in view.
     */
    static void fitRows(Grid<?> grid, int rows) {
        if (rows <= 15) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setAllRowsVisible(false);
            grid.setHeight("36rem");
        }
    }

    static RouteParameters timeline(long cohortId, long learnerId) {
        return new RouteParameters(Map.of("cohortId", String.valueOf(cohortId), "learnerId",
                String.valueOf(learnerId)));
    }

    static OptionalLong id(String text) {
        try {
            long id = Long.parseLong(text);
            return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    static String score(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.0f", value);
    }

    static String percent(Double share) {
        return share == null ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    static String kappa(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }
}

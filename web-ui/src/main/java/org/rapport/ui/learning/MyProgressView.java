package org.rapport.ui.learning;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.rapport.cohort.CohortService;
import org.rapport.course.CourseCatalogue;
import org.rapport.progress.ProgressFigures;
import org.rapport.progress.ProgressReportService;
import org.rapport.progress.ProgressReportService.CourseProgress;
import org.rapport.progress.ProgressReportService.ModuleFigures;
import org.rapport.progress.ProgressReportService.WeekFigures;
import org.rapport.review.ReviewService;
import org.rapport.review.ReviewService.ReviewNote;
import org.rapport.security.CurrentUser;
import org.rapport.ui.components.Bars;

/**
 * How a learner's replies change over time, their scores by course module, and what supervisors said about
 * their attempts.
 */
@Route("progress")
@PageTitle("My progress · Rapport")
@Menu(order = 2, title = "My progress")
@RolesAllowed("LEARNER")
public class MyProgressView extends VerticalLayout {
    private final CurrentUser currentUser;
    private final ProgressReportService progress;
    private final CourseCatalogue catalogue;
    private final Div figures = new Div();

    public MyProgressView(CurrentUser currentUser, CohortService cohorts, ProgressReportService progress,
                          ReviewService reviews, CourseCatalogue catalogue) {
        this.currentUser = currentUser;
        this.progress = progress;
        this.catalogue = catalogue;
        setMaxWidth("64rem");
        add(new H2("My progress"));
        long me = currentUser.id();
        List<String> courses = cohorts.cohortsOf(me).stream().map(CohortService.CohortSummary::courseId)
                .filter(id -> catalogue.course(id).isPresent()).distinct().toList();
        figures.setWidthFull();
        if (courses.isEmpty()) {
            add(new Paragraph("Join a cohort on My learning to see your progress here."));
        } else {
            if (courses.size() > 1) {
                Select<String> course = new Select<>();
                course.setLabel("Course");
                course.setItems(courses);
                course.setItemLabelGenerator(this::courseTitle);
                course.addValueChangeListener(e -> showCourse(e.getValue()));
                course.setValue(courses.get(0));
                add(course);
            } else {
                showCourse(courses.get(0));
            }
            add(figures);
        }
        add(new H3("Supervisor comments"), comments(me, reviews));
    }

    private String courseTitle(String courseId) {
        return catalogue.course(courseId).map(c -> c.title()).orElse(courseId);
    }

    private void showCourse(String courseId) {
        figures.removeAll();
        long me = currentUser.id();
        CourseProgress p = progress.courseProgress(me, me, courseId);
        ProgressFigures all = p.figures();
        figures.add(new H3(p.courseTitle()));
        figures.add(line("lessons-done", p.lessonsDone() + " of " + p.lessonsTotal() + " lessons done"));
        figures.add(line("check-total", "Knowledge checks: " + p.checkCorrect() + " of " + p.checkTotal()
                + " answers correct (your best sitting of each)"));
        figures.add(line("average-score", all.attempts() == 0 ? "No practice attempts yet"
                : "Average score " + LearningUi.round(all.averageScore()) + " of 100 over " + all.attempts()
                + " attempts"));
        figures.add(line("trend", "Trend: " + all.trendWord()));
        if (all.attempts() == 0) {
            return;
        }
        figures.add(new H3("Scores by course module"));
        Bars scores = new Bars(100, false);
        scores.setId("module-scores");
        int shown = 0;
        for (ModuleFigures m : p.modules()) {
            if (m.figures().averageScore() != null) {
                scores.add(m.title(), m.figures().averageScore(), "var(--lumo-primary-color)");
                shown++;
            }
        }
        figures.add(scores);
        if (shown < p.modules().size()) {
            figures.add(LearningUi.secondary("Course modules without attempts are left out."));
        }
        Bars overall = Bars.ofMoves(all.moveShares());
        overall.setId("overall-moves");
        figures.add(new H3("Your moves overall"), overall);
        figures.add(new H3("Your moves, week by week"),
                new Paragraph("Which move your replies made, as shares of that week's attempts."));
        Div weeks = new Div();
        weeks.setId("weekly-moves");
        for (WeekFigures week : p.weeks()) {
            Div box = new Div(new H4("Week of " + LearningUi.date(week.weekOf()) + " · " + week.figures().attempts()
                    + (week.figures().attempts() == 1 ? " attempt" : " attempts")),
                    Bars.ofMoves(week.figures().moveShares()));
            box.addClassName("week-moves");
            weeks.add(box);
        }
        figures.add(weeks);
    }

    private static Div line(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return new Div(span);
    }

    /** Newest first, fetched a page at a time: a learner in a long course collects many. */
    private static Component comments(long me, ReviewService reviews) {
        if (reviews.reviewsOfLearner(me, me, 0, 1).isEmpty()) {
            Paragraph none = new Paragraph("No supervisor comments yet. Supervisors review some of your attempts "
                    + "and their notes appear here.");
            none.setId("supervisor-comments");
            return none;
        }
        Grid<ReviewNote> list = new Grid<>();
        list.setId("supervisor-comments");
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        list.addColumn(new ComponentRenderer<>(MyProgressView::note)).setHeader("Newest first");
        list.setItems(query -> reviews.reviewsOfLearner(me, me, query.getOffset(), query.getLimit()).stream());
        list.setHeight("28rem");
        list.setWidthFull();
        return list;
    }

    private static Component note(ReviewNote note) {
        Div card = new Div();
        card.addClassName("review-note");
        boolean changed = note.graderMove() != note.supervisorMove();
        Div moves = new Div(new Span("Grader: "), LearningUi.moveBadge(note.graderMove()),
                new Span(changed ? " · Supervisor: " : " · Supervisor agreed: "),
                LearningUi.moveBadge(note.supervisorMove()));
        card.add(moves);
        Paragraph comment = new Paragraph(note.comment() == null || note.comment().isBlank()
                ? "(no comment)" : note.comment());
        comment.addClassName("review-comment");
        comment.getStyle().set("margin", "var(--lumo-space-xs) 0");
        card.add(comment, LearningUi.secondary(note.reviewerName() + " · " + LearningUi.date(note.reviewedAt())));
        return card;
    }
}

package org.rapport.ui.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.CourseCatalogue.CourseSummary;
import org.rapport.gradermodel.GraderModelService;
import org.rapport.practice.GradingService;
import org.rapport.review.CorrectionsService;
import org.rapport.security.CurrentUser;
import org.rapport.security.SignInThrottle;

/**
 * What is running: the grader's model version with the figures measured for it, and each course's content
 * version (every attempt records both, so a grade can be traced to the model and content that made it).
 */
@Route("admin/system")
@PageTitle("System · Rapport")
@Menu(order = 6, title = "System")
@RolesAllowed("ADMIN")
public class SystemView extends VerticalLayout {
    static final String MODEL_CARD = "/model-card.properties";

    public SystemView(GradingService grading, CourseCatalogue catalogue, CorrectionsService corrections,
                      GraderModelService models, SignInThrottle signIns, CurrentUser currentUser) {
        setMaxWidth("64rem");
        String running = grading.modelVersion();
        Span version = new Span(running);
        version.setId("model-version");
        version.getStyle().set("font-family", "var(--lumo-font-family-mono, monospace)");
        add(new H2("System"), new H3("Grader"), new Paragraph(new Span("Model version: "), version));

        Properties card = modelCard();
        String measured = card.getProperty("model", "");
        UnorderedList figures = new UnorderedList(
                item("Held-out writers and situations (" + card.getProperty("heldout.replies", "?") + " replies by "
                        + "writers and about situations training never saw): macro-F1 "
                        + card.getProperty("heldout.macro-f1") + ", judging recall "
                        + card.getProperty("heldout.judging-recall") + ", Cohen's kappa "
                        + card.getProperty("heldout.kappa")),
                item("Other voices (" + card.getProperty("voices.replies", "?") + " replies in styles the corpus "
                        + "never saw): macro-F1 " + card.getProperty("voices.macro-f1") + ", judging recall "
                        + card.getProperty("voices.judging-recall")),
                item("The course's model replies labelled as the authors intended: "
                        + percent(card.getProperty("course-replies.as-intended")) + " of "
                        + card.getProperty("course-replies.total", "?")));
        figures.setId("model-card");
        Span source = new Span("Measured " + card.getProperty("measured-on") + " on model " + measured
                + "; copied from the model card, " + card.getProperty("source")
                + ", which lists the commands that reproduce them.");
        source.setId("model-card-source");
        source.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(new H3("Measured figures"), figures, source);
        if (!measured.equals(running)) {
            Span stale = new Span("The running model (" + running + ") is not the one these figures were measured "
                    + "on (" + measured + "): the corpus or settings changed since. Re-measure and update the model card.");
            stale.setId("model-card-stale");
            stale.getStyle().set("color", "var(--lumo-error-text-color)");
            add(stale);
        }

        add(new H3("Supervisors' corrections"), new Paragraph("Every reviewed reply, with the move its supervisor "
                + "gave each sentence, as lines the grader's train command reads (writer \"learner\", the scenario as "
                + "the situation, the cohort id; learners are not named). Train a candidate with them below, or add them "
                + "to a copy of the corpus and train with the grader's command line."), correctionsDownload(corrections, currentUser.id()),
                new ModelsPanel(models, currentUser.id()));

        Grid<CourseSummary> courses = new Grid<>(CourseSummary.class, false);
        courses.setId("course-versions");
        courses.setAllRowsVisible(true);
        courses.addColumn(CourseSummary::title).setHeader("Course").setFlexGrow(2);
        courses.addColumn(CourseSummary::id).setHeader("Id").setFlexGrow(1);
        courses.addColumn(CourseSummary::contentVersion).setHeader("Content version").setFlexGrow(1);
        courses.addColumn(c -> c.lessons() + " lessons, " + c.scenarios() + " scenarios").setHeader("Size")
                .setAutoWidth(true);
        courses.setItems(catalogue.courses());
        add(new H3("Courses"), new Paragraph("A course's content version changes whenever its files change; every "
                + "attempt records the version it answered."), courses, new SignInPanel(signIns));
    }

    /** Written when the link is followed, straight to the response, so the export always has the latest reviews. */
    private static Anchor correctionsDownload(CorrectionsService corrections, long adminId) {
        String fileName = "rapport-corrections.jsonl";
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType("application/x-ndjson;charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                corrections.exportCorrections(adminId, out);
            }
        };
        Anchor download = new Anchor(handler, AttachmentType.DOWNLOAD, "Download the corrections (JSON lines)");
        download.setId("corrections-download");
        return download;
    }

    private static ListItem item(String text) {
        return new ListItem(text);
    }

    private static String percent(String share) {
        try {
            return String.format(Locale.ROOT, "%.1f%%", 100 * Double.parseDouble(share));
        } catch (NumberFormatException | NullPointerException e) {
            return "?";
        }
    }

    static Properties modelCard() {
        Properties card = new Properties();
        try (InputStream in = SystemView.class.getResourceAsStream(MODEL_CARD)) {
            if (in == null) {
                throw new IllegalStateException(MODEL_CARD + " is missing from the web-ui resources");
            }
            card.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return card;
    }
}

package org.rapport.ui.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import org.rapport.gradermodel.GraderModelService;
import org.rapport.gradermodel.ModelsStatus;
import org.rapport.gradermodel.ModelsStatus.HeldOutFigures;
import org.rapport.gradermodel.ModelsStatus.ModelRow;
import org.rapport.gradermodel.Training;
import org.rapport.ui.components.FailureMessages;

/**
 * The System page's grader models: which one grades, training a candidate on the supervisors' corrections (the
 * page follows its progress by polling while it runs), the candidate's held-out figures beside the model in use,
 * promoting it and restoring the model before.
 */
class ModelsPanel extends Div {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final int POLL_MILLIS = 1000;

    private final GraderModelService models;
    private final long adminId;
    private final Div body = new Div();
    private final Span message = new Span();
    private final Span error = new Span();
    private Registration polling;

    ModelsPanel(GraderModelService models, long adminId) {
        this.models = models;
        this.adminId = adminId;
        setId("models");
        message.setId("models-message");
        error.setId("models-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new H3("Grader models"), new Paragraph("Train a candidate on the corpus and every reviewed reply, see it "
                + "measured beside the model in use on replies neither trained on, and promote it if it is no worse. "
                + "Grades already given keep the model that made them."), body, message, error);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // A training started elsewhere (another admin, another tab) is followed too.
        ModelsStatus now = refresh();
        if (now != null && now.training() != null && !now.training().done()) {
            event.getUI().setPollInterval(POLL_MILLIS);
        }
        polling = event.getUI().addPollListener(e -> {
            ModelsStatus status = refresh();
            if (status == null || status.training() == null || status.training().done()) {
                e.getSource().setPollInterval(-1);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        event.getUI().setPollInterval(-1);
    }

    private ModelsStatus refresh() {
        body.removeAll();
        ModelsStatus status;
        try {
            status = models.status(adminId);
        } catch (RuntimeException e) {
            error.setText(FailureMessages.forPerson(e));
            return null;
        }
        Span inUse = new Span(status.inUse());
        inUse.setId("models-in-use");
        body.add(new Paragraph(new Span("Grading now: "), inUse,
                new Span(status.shippedInUse() ? " (shipped with the application)" : " (promoted here)")));
        if (status.loadProblem() != null) {
            body.add(problem(status.loadProblem()));
        }
        Button train = new Button("Train a candidate", e -> act(() -> {
            models.startCandidate(adminId);
            UI.getCurrent().setPollInterval(POLL_MILLIS);
            return "Training started.";
        }));
        train.setId("models-train");
        Training training = status.training();
        train.setEnabled(status.corpusProblem() == null && (training == null || training.done()));
        body.add(train);
        if (status.corpusProblem() != null) {
            body.add(problem(status.corpusProblem()));
        }
        if (training != null) {
            body.add(progress(training));
        }
        if (status.candidate() != null) {
            body.add(candidate(status.candidate()));
        }
        if (status.restorable() != null) {
            Button restore = new Button("Restore the previous model (" + status.restorable() + ")",
                    e -> act(() -> "Restored " + models.restorePrevious(adminId).version() + "."));
            restore.setId("models-restore");
            body.add(restore);
        }
        if (!status.history().isEmpty()) {
            Grid<ModelRow> history = new Grid<>(ModelRow.class, false);
            history.setId("models-history");
            history.setAllRowsVisible(true);
            history.addColumn(ModelRow::version).setHeader("Model").setAutoWidth(true);
            history.addColumn(ModelRow::status).setHeader("Status").setAutoWidth(true);
            history.addColumn(ModelRow::corrections).setHeader("Corrections").setAutoWidth(true);
            history.addColumn(r -> WHEN.format(r.createdAt())).setHeader("Recorded").setAutoWidth(true);
            history.addColumn(r -> r.activatedAt() == null ? "" : WHEN.format(r.activatedAt())).setHeader("Last put in use")
                    .setAutoWidth(true);
            history.setItems(status.history());
            body.add(new H4("Models kept"), history);
        }
        return status;
    }

    private Div progress(Training training) {
        ProgressBar bar = new ProgressBar(0, training.steps(), training.step());
        bar.setId("models-progress-bar");
        bar.getElement().setAttribute("aria-label", "Candidate training progress");
        Span text = new Span(training.failure() != null ? "Training stopped: " + training.failure()
                : training.done() ? training.doing() + "."
                : "Step " + training.step() + " of " + training.steps() + ": " + training.doing() + "…");
        text.setId("models-progress");
        return new Div(bar, text);
    }

    private Div candidate(ModelRow candidate) {
        Div block = new Div();
        block.setId("models-candidate");
        block.add(new H4("Candidate " + candidate.version()), new Paragraph("Trained with " + candidate.corrections()
                + " reviewed replies. Both models' recipes were trained without the held-out replies and measured on "
                + "the same " + candidate.figures().heldOutReplies() + " corpus replies and "
                + candidate.figures().heldOutCorrections() + " held-out corrections."));
        Grid<FigureRow> figures = new Grid<>(FigureRow.class, false);
        figures.setId("models-figures");
        figures.setAllRowsVisible(true);
        figures.addColumn(FigureRow::name).setHeader("Held-out figure").setFlexGrow(2);
        figures.addColumn(FigureRow::candidate).setHeader("Candidate").setAutoWidth(true);
        figures.addColumn(FigureRow::inUse).setHeader("In use (" + candidate.comparedWith() + ")").setAutoWidth(true);
        figures.setItems(FigureRow.of(candidate.figures(), candidate.comparedFigures()));
        Button promote = new Button("Promote " + candidate.version(),
                e -> act(() -> "Promoted " + models.promote(adminId, candidate.version()).version()
                        + ": new replies are graded with it."));
        promote.setId("models-promote");
        promote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        block.add(figures);
        if (!candidate.worseOn().isEmpty()) {
            promote.setEnabled(false);
            block.add(problem("It cannot be promoted: it is lower than the model in use on "
                    + String.join(", ", candidate.worseOn()) + "."));
        }
        block.add(promote);
        return block;
    }

    private void act(java.util.function.Supplier<String> action) {
        message.setText("");
        error.setText("");
        try {
            message.setText(action.get());
        } catch (RuntimeException e) {
            error.setText(FailureMessages.forPerson(e));
        }
        refresh();
    }

    private static Paragraph problem(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("models-problem");
        p.getStyle().set("color", "var(--lumo-error-text-color)");
        return p;
    }

    /** One figure of the comparison, shown to three decimals. */
    record FigureRow(String name, String candidate, String inUse) {
        static List<FigureRow> of(HeldOutFigures candidate, HeldOutFigures inUse) {
            return List.of(row("Macro-F1", candidate, inUse, HeldOutFigures::macroF1),
                    row("Judging recall (single-move replies)", candidate, inUse, HeldOutFigures::judgingRecall),
                    row("Mixed replies with judging labelled judging", candidate, inUse, HeldOutFigures::mixedJudging),
                    row("Agreement with supervisors (held-out corrections)", candidate, inUse,
                            HeldOutFigures::correctionsAgreement));
        }

        private static FigureRow row(String name, HeldOutFigures candidate, HeldOutFigures inUse,
                                     Function<HeldOutFigures, Double> figure) {
            return new FigureRow(name, format(figure.apply(candidate)), format(figure.apply(inUse)));
        }

        private static String format(Double value) {
            return value == null ? "none held out" : String.format(Locale.ROOT, "%.3f", value);
        }
    }
}

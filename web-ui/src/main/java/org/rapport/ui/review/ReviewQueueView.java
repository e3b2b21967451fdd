package org.rapport.ui.review;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.rapport.grader.Move;
import org.rapport.cohort.CohortService;
import org.rapport.cohort.CohortService.CohortSummary;
import org.rapport.review.ReviewService;
import org.rapport.review.ReviewService.QueueItem;
import org.rapport.security.CurrentUser;
import org.rapport.ui.components.FailureMessages;
import org.rapport.ui.components.HighlightedReply;
import org.rapport.ui.components.Moves;

/**
 * The attempts of a cohort worth a human look (judging, unsure, or a random sample): read the reply, then keep
 * the grader's move or give the one you read in it, with a comment the learner sees.
 */
@Route("review")
@PageTitle("Review queue · Rapport")
@Menu(order = 4, title = "Review queue")
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class ReviewQueueView extends VerticalLayout {
    static final int MAX_COMMENT = 2000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final ReviewService reviews;
    private final long userId;
    private final ComboBox<CohortSummary> cohort = new ComboBox<>("Cohort");
    private final Span count = new Span();
    private final Grid<QueueItem> queue = new Grid<>(QueueItem.class, false);
    private final Div item = new Div();
    private final RadioButtonGroup<Move> move = new RadioButtonGroup<>("The move you read in the reply");
    private final TextArea comment = new TextArea("Comment for the learner (optional)");
    private final Button accept = new Button("Accept");
    private final Button override = new Button("Override");
    private final Button saveSentences = new Button("Save sentence moves");
    /** One choice per sentence of the shown reply, in reading order; empty for a one-sentence reply. */
    private final List<Select<Move>> sentenceMoves = new ArrayList<>();
    private final Span message = new Span();
    private final Span error = new Span();
    private final CallbackDataProvider<QueueItem, Void> items;

    public ReviewQueueView(ReviewService reviews, CohortService cohorts, CurrentUser currentUser) {
        this.reviews = reviews;
        this.userId = currentUser.id();
        setMaxWidth("80rem");

        cohort.setId("review-cohort");
        // Lazy, and typing narrows it by name: an admin picks among every cohort there has ever been.
        cohort.setItems(new CallbackDataProvider<CohortSummary, String>(q -> cohorts.supervisedCohorts(userId,
                q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> (int) cohorts.countSupervisedCohorts(userId, q.getFilter().orElse("")), CohortSummary::id));
        cohort.setItemLabelGenerator(CohortSummary::name);
        cohort.setPlaceholder("Choose a cohort");
        cohort.addValueChangeListener(e -> cohortChanged());

        count.setId("queue-count");
        items = new CallbackDataProvider<>(
                q -> selectedCohort() == null ? java.util.stream.Stream.empty()
                        : reviews.reviewQueue(userId, selectedCohort(), q.getOffset(), q.getLimit()).stream(),
                q -> selectedCohort() == null ? 0 : (int) reviews.countQueue(userId, selectedCohort()),
                QueueItem::attemptId);
        queue.setId("review-queue");
        queue.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        queue.setHeight("18rem");
        queue.addColumn(i -> WHEN.format(i.submittedAt())).setHeader("Submitted").setAutoWidth(true);
        queue.addColumn(QueueItem::learnerName).setHeader("Learner").setFlexGrow(1);
        queue.addColumn(i -> reason(i.reason())).setHeader("Why it is here").setFlexGrow(1);
        queue.addColumn(i -> Moves.title(i.attempt().grade().move())).setHeader("Grader's move").setAutoWidth(true);
        queue.setItems(items);
        queue.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        item.setId("review-item");
        item.setWidthFull();
        move.setId("review-move");
        move.setItems(Moves.ALL);
        move.setItemLabelGenerator(Moves::title);
        move.setHelperText("Needed for Override; Accept keeps the grader's move");
        comment.setId("review-comment");
        comment.setMaxLength(MAX_COMMENT);
        comment.setWidthFull();
        comment.setHelperText("Up to " + MAX_COMMENT + " characters; the learner sees it with the review");
        accept.setId("review-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setDisableOnClick(true);
        accept.addClickListener(e -> decide(Decision.ACCEPT));
        override.setId("review-override");
        override.setDisableOnClick(true);
        override.addClickListener(e -> decide(Decision.OVERRIDE));
        saveSentences.setId("review-save-sentences");
        saveSentences.setDisableOnClick(true);
        saveSentences.addClickListener(e -> decide(Decision.SENTENCES));
        message.setId("review-message");
        error.setId("review-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");

        add(new H2("Review queue"),
                new Paragraph("Replies the grader read as judging, graded unsure, or picked at random. Accept keeps the "
                        + "grader's move; Override gives the whole reply the move you read; in a longer reply you can "
                        + "give each sentence its move instead. Your grade is what the learner, their progress and "
                        + "the gradebook show from then on; the grader's own grade stays stored beside it."),
                cohort, count, queue, item, message, error);
        showNothing();
        long cohortCount = cohorts.countSupervisedCohorts(userId, "");
        if (cohortCount == 0) {
            count.setText("You have no cohorts yet.");
        } else if (cohortCount == 1) {
            cohort.setValue(cohorts.supervisedCohorts(userId, "", 0, 1).getFirst());
        } else {
            count.setText("Choose a cohort to see its queue.");
        }
    }

    private Long selectedCohort() {
        return cohort.getValue() == null ? null : cohort.getValue().id();
    }

    private void cohortChanged() {
        message.setText("");
        error.setText("");
        refresh();
    }

    private void refresh() {
        queue.deselectAll();
        items.refreshAll();
        if (selectedCohort() == null) {
            count.setText("Choose a cohort to see its queue.");
            showNothing();
            return;
        }
        try {
            long waiting = reviews.countQueue(userId, selectedCohort());
            count.setText(waiting == 0 ? "Nothing waiting for review."
                    : waiting == 1 ? "1 attempt waiting for review." : waiting + " attempts waiting for review.");
            // The oldest waiting attempt opens at once, so working through the queue needs no extra click.
            reviews.reviewQueue(userId, selectedCohort(), 0, 1).stream().findFirst()
                    .ifPresentOrElse(queue::select, this::showNothing);
        } catch (RuntimeException e) {
            error.setText(FailureMessages.forPerson(e));
            showNothing();
        }
    }

    private void showNothing() {
        item.removeAll();
        item.setVisible(false);
    }

    private void show(QueueItem selected) {
        if (selected == null) {
            showNothing();
            return;
        }
        item.removeAll();
        item.setVisible(true);
        var grade = selected.attempt().grade();
        Span graderMove = new Span(Moves.title(grade.move())
                + String.format(Locale.ROOT, " (%.0f%% confident%s)", 100 * grade.confidence(),
                grade.unsure() ? ", unsure" : ""));
        graderMove.setId("review-grader-move");
        graderMove.getStyle().set("color", Moves.color(grade.move())).set("font-weight", "600");
        Span learner = new Span(selected.learnerName());
        learner.setId("review-learner");
        H3 heading = new H3(learner, new Span(", " + WHEN.format(selected.submittedAt())));
        Span why = new Span("Why it is here: " + reason(selected.reason()));
        why.setId("review-reason");
        Paragraph client = new Paragraph(selected.clientSaid() == null
                ? "(The scenario is no longer in the course.)" : selected.clientSaid());
        client.setId("review-client");
        Paragraph target = new Paragraph(selected.attempt().targetMove() == null ? ""
                : "The scenario teaches " + selected.attempt().targetMove().label() + "; the reply scored "
                + selected.attempt().score() + " of 100.");
        move.clear();
        comment.clear();
        FlexLayout actions = new FlexLayout(accept, override);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        item.add(heading, why, new H4("What the client said"), client, new H4("The reply"),
                new HighlightedReply(grade), new Paragraph(new Span("Grader's move: "), graderMove), target, move);
        sentenceMoves.clear();
        if (grade.sentences().size() > 1) {
            // A longer reply can be corrected sentence by sentence; the comment and buttons below serve both.
            Div bySentence = new Div(new H4("Or sentence by sentence"), new Paragraph("Change only the sentences you "
                    + "read differently and choose Save sentence moves; the reply's move follows the rubric (one "
                    + "judging sentence makes it judging)."));
            bySentence.setId("review-sentences");
            for (int i = 0; i < grade.sentences().size(); i++) {
                var sentence = grade.sentences().get(i);
                Select<Move> choice = new Select<>();
                choice.setLabel("Sentence " + (i + 1) + ": \u201c" + sentence.text().strip() + "\u201d");
                choice.setItems(Moves.ALL);
                choice.setItemLabelGenerator(Moves::title);
                choice.setValue(sentence.move());
                choice.setId("review-sentence-" + i);
                choice.setWidthFull();
                sentenceMoves.add(choice);
                bySentence.add(choice);
            }
            item.add(bySentence);
            actions.add(saveSentences);
        }
        item.add(comment, actions);
    }

    /** What the supervisor chose to do with the shown attempt. */
    private enum Decision { ACCEPT, OVERRIDE, SENTENCES }

    private void decide(Decision decision) {
        message.setText("");
        error.setText("");
        QueueItem selected = queue.asSingleSelect().getValue();
        try {
            if (selected == null) {
                error.setText("Choose an attempt from the queue first.");
                return;
            }
            var note = switch (decision) {
                case ACCEPT -> reviews.accept(userId, selected.attemptId(), comment.getValue());
                case OVERRIDE -> reviews.override(userId, selected.attemptId(), move.getValue(), comment.getValue());
                case SENTENCES -> reviews.overrideSentences(userId, selected.attemptId(),
                        sentenceMoves.stream().map(Select::getValue).toList(), comment.getValue());
            };
            message.setText("overridden".equals(note.verdict())
                    ? "Saved: " + selected.learnerName() + "'s reply is now " + note.supervisorMove().label()
                    + " (the grader said " + note.graderMove().label() + ")."
                    : "Saved: you kept " + note.graderMove().label() + " for " + selected.learnerName() + "'s reply.");
            refresh();
        } catch (RuntimeException refused) {
            error.setText(FailureMessages.forPerson(refused));
        } finally {
            accept.setEnabled(true);
            override.setEnabled(true);
            saveSentences.setEnabled(true);
        }
    }

    private static String reason(String reason) {
        return switch (reason) {
            case "judging" -> "read as judging";
            case "unsure" -> "the grader is unsure";
            case "sample" -> "random sample";
            default -> reason;
        };
    }
}

package org.rapport.ui.learning;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.rapport.account.Role;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.CourseCatalogue.LessonPage;
import org.rapport.course.Lesson;
import org.rapport.course.Scenario;
import org.rapport.progress.ProgressService;
import org.rapport.progress.ProgressService.LessonStatus;
import org.rapport.security.CurrentUser;
import org.rapport.ui.components.FailureMessages;

/**
 * One lesson: objectives, reading, worked examples, the scenarios to practise on and the knowledge check.
 * Opening it counts as starting it for a learner; they mark it done themselves.
 */
@Route("lessons/:lessonId")
@PageTitle("Lesson · Rapport")
@RolesAllowed({"LEARNER", "SUPERVISOR", "ADMIN"})
public class LessonView extends VerticalLayout implements BeforeEnterObserver {
    static final String LESSON_ID = "lessonId";

    private final CurrentUser currentUser;
    private final CourseCatalogue catalogue;
    private final ProgressService progress;
    private final Button markDone = new Button("Mark lesson done");
    private final Span status = new Span();
    private final Span error = LearningUi.message("lesson-error");
    private String lessonId;

    public LessonView(CurrentUser currentUser, CourseCatalogue catalogue, ProgressService progress) {
        this.currentUser = currentUser;
        this.catalogue = catalogue;
        this.progress = progress;
        setMaxWidth("64rem");
        markDone.setId("mark-done");
        markDone.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        markDone.setDisableOnClick(true);
        markDone.addClickListener(e -> complete());
        status.setId("lesson-status");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String lessonId = event.getRouteParameters().get(LESSON_ID).orElse("");
        catalogue.lesson(lessonId).ifPresentOrElse(this::show, () -> {
            Span notFound = LearningUi.message("page-error");
            notFound.setText("There is no lesson '" + lessonId + "'.");
            add(new H2("Lesson not found"), notFound);
        });
    }

    private void show(LessonPage page) {
        Lesson lesson = page.lesson();
        boolean learner = currentUser.is(Role.LEARNER);
        Div trail = new Div(new RouterLink(page.courseTitle(), CourseView.class,
                new RouteParameters(CourseView.COURSE_ID, page.courseId())), new Span(" › " + page.moduleTitle()));
        trail.getElement().setAttribute("aria-label", "You are here");
        H2 title = new H2(lesson.title());
        title.setId("lesson-title");
        add(trail, title, LearningUi.secondary(lesson.minutes() + " minutes"));

        add(new H3("What you will learn"));
        UnorderedList objectives = new UnorderedList();
        objectives.setId("objectives");
        lesson.objectives().forEach(o -> objectives.add(new ListItem(o)));
        add(objectives);

        add(new H3("Reading"));
        for (Lesson.ReadingSection section : lesson.reading()) {
            Div box = new Div(new H4(section.heading()), new MarkdownText(section.body()));
            box.addClassName("reading-section");
            add(box);
        }

        if (!lesson.examples().isEmpty()) {
            add(new H3("Worked examples"));
            FlexLayout examples = cards();
            lesson.examples().forEach(example -> examples.add(example(example)));
            add(examples);
        }

        if (!lesson.scenarios().isEmpty()) {
            add(new H3("Practise"), new Paragraph(learner
                    ? "Reply to each client in your own words and see which move your reply makes."
                    : "Learners reply to these clients in their own words."));
            FlexLayout scenarios = cards();
            lesson.scenarios().forEach(scenario -> scenarios.add(scenario(scenario, learner)));
            add(scenarios);
        }

        if (learner) {
            if (!lesson.check().isEmpty()) {
                RouterLink check = new RouterLink("Take the knowledge check (" + lesson.check().size()
                        + " questions)", KnowledgeCheckView.class, new RouteParameters(LESSON_ID, lesson.id()));
                check.setId("knowledge-check-link");
                add(new H3("Knowledge check"), check);
            }
            lessonId = lesson.id();
            markDone.setText("Mark lesson done");
            markDone.setEnabled(true);
            status.setText("");
            error.setText("");
            add(new FlexLayout(markDone), status, error);
            try {
                showStatus(progress.openLesson(currentUser.id(), lesson.id()));
            } catch (RuntimeException e) {
                error.setText(FailureMessages.forPerson(e));
            }
        }
    }

    private void complete() {
        error.setText("");
        try {
            showStatus(progress.completeLesson(currentUser.id(), lessonId));
        } catch (RuntimeException e) {
            error.setText(FailureMessages.forPerson(e));
            markDone.setEnabled(true);
        }
    }

    private void showStatus(LessonStatus lesson) {
        if (lesson.completed()) {
            status.setText("✓ Done on " + LearningUi.date(lesson.completedAt()));
            markDone.setText("Lesson done");
            markDone.setEnabled(false);
        } else {
            status.setText("Started on " + LearningUi.date(lesson.startedAt()));
        }
    }

    private static Div example(Lesson.WorkedExample example) {
        Div card = LearningUi.card();
        card.addClassName("worked-example");
        card.getStyle().set("flex", "1 1 20rem");
        card.add(new H4(example.title()));
        card.add(line("Client", example.client()), line("Reply", example.reply()));
        Span move = LearningUi.moveBadge(example.move());
        card.add(new Div(new Span("Move: "), move));
        card.add(new Paragraph(example.commentary()));
        return card;
    }

    private static Div scenario(Scenario scenario, boolean learner) {
        Scenario.Persona persona = scenario.persona();
        Div card = LearningUi.card();
        card.addClassName("scenario-card");
        card.getStyle().set("flex", "1 1 16rem");
        card.add(new H4(persona.name() + ", " + persona.age()), LearningUi.secondary(persona.setting()),
                new Paragraph("“" + scenario.client() + "”"));
        if (learner) {
            RouterLink practise = new RouterLink("Practise this", ScenarioView.class,
                    new RouteParameters(ScenarioView.SCENARIO_ID, scenario.id()));
            practise.addClassName("practise-link");
            card.add(practise);
        }
        return card;
    }

    private static Paragraph line(String who, String text) {
        Span label = new Span(who + ": ");
        label.getStyle().set("font-weight", "600");
        return new Paragraph(label, new Span("“" + text + "”"));
    }

    private static FlexLayout cards() {
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.setAlignItems(FlexComponent.Alignment.STRETCH);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.setWidthFull();
        return cards;
    }
}

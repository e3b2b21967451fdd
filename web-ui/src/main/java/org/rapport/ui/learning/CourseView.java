package org.rapport.ui.learning;

import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.rapport.account.Role;
import org.rapport.course.Course;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.CourseModule;
import org.rapport.course.Lesson;
import org.rapport.progress.ProgressReportService;
import org.rapport.progress.ProgressReportService.CourseProgress;
import org.rapport.security.CurrentUser;

/** A course's outline: what it is and is not, its hours, and its course modules and lessons with what is done. */
@Route("courses/:courseId")
@PageTitle("Course · Rapport")
@RolesAllowed({"LEARNER", "SUPERVISOR", "ADMIN"})
public class CourseView extends VerticalLayout implements BeforeEnterObserver {
    static final String COURSE_ID = "courseId";

    private final CurrentUser currentUser;
    private final CourseCatalogue catalogue;
    private final ProgressReportService progress;

    public CourseView(CurrentUser currentUser, CourseCatalogue catalogue, ProgressReportService progress) {
        this.currentUser = currentUser;
        this.catalogue = catalogue;
        this.progress = progress;
        setMaxWidth("64rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String courseId = event.getRouteParameters().get(COURSE_ID).orElse("");
        catalogue.course(courseId).ifPresentOrElse(this::show, () -> {
            Span error = LearningUi.message("page-error");
            error.setText("There is no course '" + courseId + "'.");
            add(new H2("Course not found"), error);
        });
    }

    private void show(Course course) {
        H2 title = new H2(course.title());
        title.setId("course-title");
        Paragraph notice = new Paragraph(course.notice());
        notice.setId("course-notice");
        notice.getElement().setAttribute("role", "note");
        notice.getStyle().set("background", "var(--lumo-contrast-5pct)").set("padding", "var(--lumo-space-s)")
                .set("border-left", "4px solid var(--lumo-contrast-30pct)");
        Span hours = new Span(String.format(Locale.ROOT, "%s continuing-education hours · %d minutes of study",
                hours(course.continuingEducationHours()), course.minutes()));
        hours.setId("course-hours");
        add(title, new Paragraph(course.summary()), notice, hours);

        Set<String> done = Set.of();
        if (currentUser.is(Role.LEARNER)) {
            long me = currentUser.id();
            CourseProgress p = progress.courseProgress(me, me, course.id());
            done = p.completedLessons();
            Span status = new Span(p.lessonsDone() + " of " + p.lessonsTotal() + " lessons done");
            status.setId("course-progress");
            add(status);
        }
        int number = 1;
        for (CourseModule module : course.modules()) {
            add(module(number++, module, done));
        }
    }

    private static Div module(int number, CourseModule module, Set<String> done) {
        Div box = new Div();
        box.addClassName("course-module");
        box.setWidthFull();
        box.add(new H3(number + ". " + module.title()), new Paragraph(module.summary()));
        UnorderedList lessons = new UnorderedList();
        lessons.getStyle().set("list-style", "none").set("padding-left", "0");
        for (Lesson lesson : module.lessons()) {
            ListItem item = new ListItem();
            item.addClassName("lesson-row");
            item.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                    .set("align-items", "baseline").set("padding", "var(--lumo-space-xs) 0");
            item.add(new RouterLink(lesson.title(), LessonView.class,
                    new RouteParameters(LessonView.LESSON_ID, lesson.id())));
            item.add(LearningUi.secondary(lesson.minutes() + " min"));
            if (done.contains(lesson.id())) {
                Span mark = new Span("✓ Done");
                mark.addClassName("lesson-done");
                mark.getStyle().set("color", "var(--lumo-success-text-color)").set("font-weight", "600");
                item.add(mark);
            }
            lessons.add(item);
        }
        box.add(lessons);
        return box;
    }

    private static String hours(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
    }
}

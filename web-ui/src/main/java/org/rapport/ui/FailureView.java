package org.rapport.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.rapport.Refusals;
import org.rapport.ui.components.FailureMessages;

/**
 * A page that failed while it was being opened. Vaadin's own error page says, in a developer's words, that
 * navigating failed; this one says whether the database is away (503, worth retrying) or the fault is ours
 * (500, logged), in the words the views use for a failed action. It stands without the main layout, which needs
 * a signed-in person, since the sign-up page can fail too.
 */
@AnonymousAllowed
public class FailureView extends VerticalLayout implements HasErrorParameter<Exception> {
    private final Paragraph message = new Paragraph();

    public FailureView() {
        message.setId("failure-message");
        message.getElement().setAttribute("role", "alert");
        add(new H2("This page could not be opened"), message, new Anchor("", "Back to the start page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception failure = parameter.getCaughtException();
        message.setText(FailureMessages.forPerson(failure));
        return Refusals.status(failure).value();
    }
}

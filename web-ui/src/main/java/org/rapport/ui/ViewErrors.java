package org.rapport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.rapport.ui.components.FailureMessages;
import org.springframework.stereotype.Component;

/**
 * Failures no view caught (a grid page that cannot be read, say) reach each session's error handler. Vaadin's
 * default one only logs them, so in production the person would see nothing happen; this one also tells them,
 * in the words {@link FailureMessages} uses for failures the views do catch.
 */
@Component
class ViewErrors implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(new Notifying()));
    }

    static final class Notifying implements ErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            String message = FailureMessages.forPerson(event.getThrowable());
            if (UI.getCurrent() != null) {
                Notification notification = Notification.show(message, 10_000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                notification.getElement().setAttribute("role", "alert");
            }
        }
    }
}

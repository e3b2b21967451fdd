package org.rapport.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.rapport.account.Role;
import org.rapport.security.CurrentUser;

/** The start page sends each role to its own first screen. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {
    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.is(Role.ADMIN)) {
            event.forwardTo("admin/users");
        } else if (currentUser.is(Role.SUPERVISOR)) {
            event.forwardTo("cohorts");
        } else {
            event.forwardTo("learning");
        }
    }
}

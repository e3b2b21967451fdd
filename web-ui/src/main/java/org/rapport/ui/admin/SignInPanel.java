package org.rapport.ui.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.rapport.security.SignInThrottle;
import org.rapport.security.SignInThrottle.FailedSignIn;
import org.rapport.security.SignInThrottle.Throttled;

/** Failed sign-ins on this server and who must wait now: the admin's view of guessing and password spraying. */
class SignInPanel extends VerticalLayout {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    SignInPanel(SignInThrottle throttle) {
        setPadding(false);
        var throttled = throttle.throttledNow();
        var failures = throttle.recentFailures();
        add(new H3("Sign-in"), new Paragraph("Failed sign-ins since this server started (the newest "
                + failures.size() + "; every one is also in the log). After 5 failures from one place on one "
                + "account, 30 from one place on any accounts, or 50 on one account from anywhere in an hour, "
                + "the next attempt must wait; no account is ever locked."));

        Grid<Throttled> waiting = new Grid<>(Throttled.class, false);
        waiting.setId("sign-in-throttled");
        waiting.setAllRowsVisible(true);
        waiting.addColumn(Throttled::who).setHeader("Waiting now").setFlexGrow(2);
        waiting.addColumn(Throttled::kind).setHeader("Limit reached").setAutoWidth(true);
        waiting.addColumn(t -> t.waitFor().toMinutes() + " min " + t.waitFor().toSecondsPart() + " s")
                .setHeader("Wait left").setAutoWidth(true);
        waiting.setItems(throttled);

        Grid<FailedSignIn> recent = new Grid<>(FailedSignIn.class, false);
        recent.setId("sign-in-failures");
        recent.setHeight("18rem");
        recent.addColumn(f -> WHEN.format(f.at())).setHeader("When").setAutoWidth(true);
        recent.addColumn(FailedSignIn::account).setHeader("Account name tried").setFlexGrow(1);
        recent.addColumn(FailedSignIn::client).setHeader("From").setAutoWidth(true);
        recent.addColumn(FailedSignIn::channel).setHeader("Over").setAutoWidth(true);
        recent.addColumn(FailedSignIn::reason).setHeader("Why").setFlexGrow(1);
        recent.setItems(failures);

        add(throttled.isEmpty() ? new Paragraph("Nobody must wait now.") : waiting,
                failures.isEmpty() ? new Paragraph("No failed sign-ins yet.") : recent);
    }
}

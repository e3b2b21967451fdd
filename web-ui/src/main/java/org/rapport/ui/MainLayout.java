package org.rapport.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;
import org.rapport.security.CurrentUser;
import org.rapport.ui.components.Roles;

/**
 * The application frame: brand, the menu built from each view's {@code @Menu} (Vaadin leaves out the views the
 * signed-in role may not open), who is signed in, and the skills notice.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {
    public MainLayout(CurrentUser currentUser) {
        Span brand = new Span("Rapport");
        brand.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)").set("flex-shrink", "0");
        var user = currentUser.get();
        Span who = new Span(user.displayName() + " · " + Roles.inSentence(user.role()));
        who.setClassName("signed-in-as");
        who.setTitle("Signed in as " + user.username());
        // A display name may be a hundred characters: on a phone it wraps to two lines at most, cut short after
        // that, rather than pushing Sign out off the screen.
        who.getStyle().set("font-size", "var(--lumo-font-size-s)").set("line-height", "1.3").set("min-width", "0")
                .set("overflow", "hidden").set("display", "-webkit-box").set("-webkit-box-orient", "vertical")
                .set("-webkit-line-clamp", "2");
        Button signOut = new Button("Sign out", e -> currentUser.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        signOut.getStyle().set("flex-shrink", "0");
        HorizontalLayout bar = new HorizontalLayout(brand, who, signOut);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setFlexGrow(1, brand);
        bar.setWidthFull();
        bar.getStyle().set("padding-right", "var(--lumo-space-m)").set("min-width", "0");
        addToNavbar(new DrawerToggle(), bar);
        SideNav nav = new SideNav();
        nav.setLabel("Main menu");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
        Span notice = new Span("Rapport trains communication skills. It is not treatment and not crisis support.");
        notice.getStyle().set("font-size", "var(--lumo-font-size-s)").set("padding", "var(--lumo-space-m)")
                .set("color", "var(--lumo-secondary-text-color)");
        addToDrawer(nav, notice);
    }
}

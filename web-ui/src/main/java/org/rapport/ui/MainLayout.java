package org.rapport.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;

/** The application frame: brand, the menu built from each view's {@code @Menu}, and the skills notice. */
@Layout
public class MainLayout extends AppLayout {
    public MainLayout() {
        Span brand = new Span("Rapport");
        brand.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        addToNavbar(new DrawerToggle(), brand);
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
        Span notice = new Span("Rapport trains communication skills. It is not treatment and not crisis support.");
        notice.getStyle().set("font-size", "var(--lumo-font-size-s)").set("padding", "var(--lumo-space-m)")
                .set("color", "var(--lumo-secondary-text-color)");
        addToDrawer(nav, notice);
    }
}

package org.rapport.ui.admin;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.rapport.account.AccountService;
import org.rapport.account.PasswordPolicy;
import org.rapport.account.AccountService.UserSummary;
import org.rapport.account.Role;
import org.rapport.security.CurrentUser;
import org.rapport.ui.components.FailureMessages;
import org.rapport.ui.components.Passwords;
import org.rapport.ui.components.Roles;

/** Accounts for admins: create one with any role, change a role, deactivate and reactivate. */
@Route("admin/users")
@PageTitle("Users · Rapport")
@Menu(order = 5, title = "Users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {
    private final AccountService accounts;
    private final long adminId;
    private final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    private final CallbackDataProvider<UserSummary, Void> users;
    private final Span message = new Span();
    private final Span error = new Span();

    public UsersView(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.adminId = currentUser.id();
        setMaxWidth("80rem");
        message.setId("users-message");
        error.setId("users-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");

        users = new CallbackDataProvider<>(q -> accounts.users(adminId, q.getOffset(), q.getLimit()).stream(),
                q -> (int) accounts.countUsers(adminId), UserSummary::id);
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("28rem");
        grid.addColumn(UserSummary::username).setHeader("Username").setFlexGrow(1);
        grid.addColumn(UserSummary::displayName).setHeader("Name").setFlexGrow(1);
        grid.addColumn(u -> u.active() ? "Active" : "Deactivated").setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::roleSelect).setHeader("Role").setAutoWidth(true);
        grid.addComponentColumn(this::activeToggle).setHeader("Access").setAutoWidth(true);
        grid.setItems(users);

        add(new H2("Users"), new Paragraph("Learners practise, supervisors run cohorts and review, admins manage "
                + "accounts. A deactivated account cannot sign in; its records stay."),
                error, message, grid, new H3("New user"), form());
    }

    private Component roleSelect(UserSummary user) {
        Select<Role> role = new Select<>();
        role.setItems(Role.values());
        role.setItemLabelGenerator(Roles::title);
        role.setValue(user.role());
        role.setAriaLabel("Role of " + user.username());
        role.setId("role-" + user.username());
        role.addValueChangeListener(e -> {
            if (!e.isFromClient() && e.getValue() == user.role()) {
                return;
            }
            run(() -> accounts.changeRole(adminId, user.id(), e.getValue()),
                    user.username() + " is now " + Roles.inSentence(e.getValue()) + ".",
                    // A refused change puts the old role back, so the grid never shows a role the account lacks.
                    () -> role.setValue(user.role()));
        });
        return role;
    }

    private Component activeToggle(UserSummary user) {
        Button toggle = new Button(user.active() ? "Deactivate" : "Reactivate");
        toggle.setId((user.active() ? "deactivate-" : "reactivate-") + user.username());
        toggle.setAriaLabel((user.active() ? "Deactivate " : "Reactivate ") + user.username());
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.setDisableOnClick(true);
        toggle.addClickListener(e -> run(() -> user.active() ? accounts.deactivate(adminId, user.id())
                        : accounts.reactivate(adminId, user.id()),
                user.username() + (user.active() ? " is deactivated and can no longer sign in." : " can sign in again."),
                () -> toggle.setEnabled(true)));
        return toggle;
    }

    /** Runs a change, then shows the result; a refusal shows the service's message and undoes the control. */
    private void run(java.util.function.Supplier<UserSummary> change, String done, Runnable undo) {
        message.setText("");
        error.setText("");
        try {
            UserSummary changed = change.get();
            message.setText(done);
            users.refreshItem(changed);
        } catch (RuntimeException refused) {
            error.setText(FailureMessages.forPerson(refused));
            undo.run();
        }
    }

    private FormLayout form() {
        TextField username = new TextField("Username");
        username.setId("new-user-username");
        username.setMaxLength(40);
        username.setHelperText("3 to 40 lowercase letters, digits, '.', '-' or '_'");
        TextField displayName = new TextField("Display name");
        displayName.setId("new-user-display-name");
        displayName.setMaxLength(100);
        PasswordField password = new PasswordField("Password");
        password.setId("new-user-password");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters and hard to guess; tell it to the "
                + "person through a safe channel");
        Select<Role> role = new Select<>();
        role.setLabel("Role");
        role.setId("new-user-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Roles::title);

        Binder<Draft> binder = new Binder<>();
        binder.forField(username).asRequired("Choose a username.")
                .withValidator(u -> u.strip().toLowerCase(Locale.ROOT).matches("[a-z0-9][a-z0-9._-]{2,39}"),
                        "A username has 3 to 40 characters: lowercase letters, digits, '.', '-' or '_', "
                                + "starting with a letter or digit.")
                .bind(Draft::getUsername, Draft::setUsername);
        binder.forField(displayName).asRequired("Give the name people see.")
                .bind(Draft::getDisplayName, Draft::setDisplayName);
        binder.forField(password).asRequired("Set a first password.")
                .withValidator((p, context) -> Passwords.strength(p, username.getValue(), displayName.getValue()))
                .bind(Draft::getPassword, Draft::setPassword);
        binder.forField(role).asRequired("Choose a role.").bind(Draft::getRole, Draft::setRole);
        binder.readBean(new Draft());
        role.setValue(Role.LEARNER);

        Button create = new Button("Create user");
        create.setId("new-user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        create.addClickListener(e -> {
            message.setText("");
            error.setText("");
            try {
                Draft draft = new Draft();
                if (!binder.writeBeanIfValid(draft)) {
                    error.setText("Check the highlighted fields.");
                    return;
                }
                UserSummary created = accounts.createUser(adminId, new AccountService.NewUser(draft.getUsername(),
                        draft.getDisplayName(), draft.getPassword(), draft.getRole()));
                message.setText("Created " + created.username() + " (" + Roles.inSentence(created.role())
                        + ").");
                binder.readBean(new Draft());
                role.setValue(Role.LEARNER);
                users.refreshAll();
            } catch (RuntimeException refused) {
                error.setText(FailureMessages.forPerson(refused));
            } finally {
                create.setEnabled(true);
            }
        });
        FlexLayout actions = new FlexLayout(create);
        FormLayout form = new FormLayout(username, displayName, password, role, actions);
        form.setId("new-user-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        return form;
    }


    /** The form's values while they are typed. */
    static final class Draft {
        private String username;
        private String displayName;
        private String password;
        private Role role;

        String getUsername() {
            return username;
        }

        void setUsername(String username) {
            this.username = username;
        }

        String getDisplayName() {
            return displayName;
        }

        void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        String getPassword() {
            return password;
        }

        void setPassword(String password) {
            this.password = password;
        }

        Role getRole() {
            return role;
        }

        void setRole(Role role) {
            this.role = role;
        }
    }
}

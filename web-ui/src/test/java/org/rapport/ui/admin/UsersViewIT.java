package org.rapport.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.rapport.account.AccountService;
import org.rapport.account.AccountService.UserSummary;
import org.rapport.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("admin")
@ViewPackages(packages = "org.rapport.ui")
class UsersViewIT extends SpringBrowserlessTest {
    @Autowired
    AccountService accounts;

    @Test
    void the_admin_creates_a_supervisor_then_changes_the_role_and_deactivates_the_account() {
        navigate(UsersView.class);
        String username = "new.sup-" + UUID.randomUUID().toString().substring(0, 6);

        test($(TextField.class).id("new-user-username")).setValue(username);
        test($(TextField.class).id("new-user-display-name")).setValue("Dr. New Supervisor");
        test($(PasswordField.class).id("new-user-password")).setValue("lantern orchard velvet");
        test($(Select.class).id("new-user-role")).selectItem("Supervisor");
        test($(Button.class).id("new-user-create")).click();

        assertThat($(Span.class).id("users-error").getText()).isEmpty();
        assertThat($(Span.class).id("users-message").getText()).isEqualTo("Created " + username + " (supervisor).");
        assertThat(accounts.credentials(username)).hasValueSatisfying(c -> assertThat(c.role()).isEqualTo(Role.SUPERVISOR));

        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = $(Grid.class).id("users-grid");
        int row = rowIndex(grid, username);
        @SuppressWarnings("unchecked")
        Select<Role> role = (Select<Role>) test(grid).getCellComponent(row, 3);
        test(role).selectItem("Learner");
        assertThat($(Span.class).id("users-message").getText()).isEqualTo(username + " is now learner.");
        assertThat(accounts.credentials(username).orElseThrow().role()).isEqualTo(Role.LEARNER);

        test((Button) test(grid).getCellComponent(rowIndex(grid, username), 4)).click();
        assertThat(accounts.credentials(username).orElseThrow().active()).isFalse();
        assertThat(test(grid).getCellText(rowIndex(grid, username), 2)).isEqualTo("Deactivated");
        assertThat(((Button) test(grid).getCellComponent(rowIndex(grid, username), 4)).getText()).isEqualTo("Reactivate");
    }

    @Test
    void a_taken_username_and_the_admins_own_account_are_refused_with_a_message() {
        navigate(UsersView.class);
        long users = accounts.countUsers(accounts.credentials("admin").orElseThrow().id());

        test($(TextField.class).id("new-user-username")).setValue("maya.chen");
        test($(TextField.class).id("new-user-display-name")).setValue("Another Maya");
        test($(PasswordField.class).id("new-user-password")).setValue("lantern orchard velvet");
        test($(Button.class).id("new-user-create")).click();
        assertThat($(Span.class).id("users-error").getText()).contains("'maya.chen' is taken");
        assertThat(accounts.countUsers(accounts.credentials("admin").orElseThrow().id())).isEqualTo(users);

        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = $(Grid.class).id("users-grid");
        test((Button) test(grid).getCellComponent(rowIndex(grid, "admin"), 4)).click();
        assertThat($(Span.class).id("users-error").getText()).isEqualTo("You cannot deactivate your own account.");

        @SuppressWarnings("unchecked")
        Select<Role> ownRole = (Select<Role>) test(grid).getCellComponent(rowIndex(grid, "admin"), 3);
        test(ownRole).selectItem("Learner");
        assertThat($(Span.class).id("users-error").getText()).isEqualTo("You cannot take the admin role from yourself.");
        assertThat(ownRole.getValue()).as("the refused change is undone").isEqualTo(Role.ADMIN);
        assertThat(accounts.credentials("admin").orElseThrow().active()).isTrue();
    }

    @Test
    void a_short_password_is_caught_by_the_form_before_the_service() {
        navigate(UsersView.class);
        test($(TextField.class).id("new-user-username")).setValue("short-pw-" + UUID.randomUUID().toString().substring(0, 6));
        test($(TextField.class).id("new-user-display-name")).setValue("Short Password");
        test($(PasswordField.class).id("new-user-password")).setValue("tooshort");
        test($(Button.class).id("new-user-create")).click();

        assertThat($(PasswordField.class).id("new-user-password").getErrorMessage())
                .isEqualTo("A password has 10 to 200 characters.");
        assertThat($(Span.class).id("users-message").getText()).isEmpty();
    }

    @Test
    void a_common_password_is_caught_by_the_form_with_the_reason() {
        navigate(UsersView.class);
        test($(TextField.class).id("new-user-username")).setValue("weak-pw-" + UUID.randomUUID().toString().substring(0, 6));
        test($(TextField.class).id("new-user-display-name")).setValue("Weak Password");
        test($(PasswordField.class).id("new-user-password")).setValue("aaaaaaaaaa");
        test($(Button.class).id("new-user-create")).click();

        assertThat($(PasswordField.class).id("new-user-password").getErrorMessage())
                .startsWith("This password is too easy to guess");
        assertThat($(Span.class).id("users-message").getText()).isEmpty();
    }

    @Test
    @WithUserDetails("supervisor")
    void a_supervisor_cannot_manage_users() {
        assertThatThrownBy(() -> navigate(UsersView.class)).hasMessageContaining("RouteNotFoundError");
    }

    private int rowIndex(Grid<UserSummary> grid, String username) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).username().equals(username)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + username);
    }
}

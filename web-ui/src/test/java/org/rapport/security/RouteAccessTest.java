package org.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import org.junit.jupiter.api.Test;
import org.rapport.account.Role;

/**
 * Every view and every role: who may open what. A new view fails this test until it is added to the table,
 * so no route is ever left open by accident. (API routes are checked over HTTP in ApiIT.)
 */
class RouteAccessTest {
    private static final Set<Role> NONE = EnumSet.noneOf(Role.class);
    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> LEARNER = EnumSet.of(Role.LEARNER);
    private static final Set<Role> STAFF = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

    /** route → roles that may open it; "anonymous" routes are open to everyone. */
    private static final Map<String, Set<Role>> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("", ALL),
            Map.entry("login", NONE),
            Map.entry("signup", NONE),
            Map.entry("try", ALL),
            Map.entry("rubric", ALL),
            Map.entry("learning", LEARNER),
            Map.entry("progress", LEARNER),
            Map.entry("courses/:courseId", ALL),
            Map.entry("lessons/:lessonId", ALL),
            Map.entry("lessons/:lessonId/check", LEARNER),
            Map.entry("scenarios/:scenarioId", LEARNER),
            Map.entry("cohorts", STAFF),
            Map.entry("cohorts/:cohortId", STAFF),
            Map.entry("cohorts/:cohortId/learners/:learnerId", STAFF),
            Map.entry("review", STAFF),
            Map.entry("admin/users", ADMIN),
            Map.entry("admin/system", ADMIN)));
    private static final Set<String> ANONYMOUS = Set.of("login", "signup");

    @Test
    void every_view_is_open_to_exactly_the_roles_in_the_table_and_anonymous_only_to_sign_in_and_sign_up() {
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        Set<String> seen = new HashSet<>();
        for (JavaClass view : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.rapport.ui", "org.rapport.security")) {
            if (!view.isAnnotatedWith(Route.class)) {
                continue;
            }
            Class<?> type = view.reflect();
            String route = type.getAnnotation(Route.class).value();
            seen.add(route);
            assertThat(EXPECTED).as("route '%s' (%s) must be in the access table", route, type.getSimpleName())
                    .containsKey(route);
            for (Role role : Role.values()) {
                Principal principal = () -> role.name().toLowerCase();
                boolean allowed = checker.hasAccess(type, principal, r -> r.equals(role.name()));
                boolean expected = EXPECTED.get(route).contains(role) || ANONYMOUS.contains(route);
                assertThat(allowed).as("%s opening '%s'", role, route).isEqualTo(expected);
            }
            boolean anonymous = checker.hasAccess(type, null, r -> false);
            assertThat(anonymous).as("anonymous opening '%s'", route).isEqualTo(ANONYMOUS.contains(route));
        }
        assertThat(seen).as("every route in the table exists").containsAll(EXPECTED.keySet());
    }
}

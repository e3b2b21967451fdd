package org.rapport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Dependencies go one way: web-ui → course-model → grader; views reach the grader only through services. The
 * course model's own feature layering and cycle rules live in its ArchitectureTest, the grader's in its own.
 */
class LayeringTest {
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(LayeringTest::notGeneratedAheadOfTime)
            .importPackages("org.rapport");

    /**
     * The build's Spring AOT step writes bean-registration classes ({@code Foo__BeanDefinitions} and the like)
     * that wire every bean to every other, by design; the rules are about the code people write.
     */
    private static boolean notGeneratedAheadOfTime(com.tngtech.archunit.core.importer.Location location) {
        return !location.matches(java.util.regex.Pattern.compile(".*__[A-Za-z]+(\\$.*)?\\.class"));
    }

    @Test
    void views_use_application_services_not_the_grader() {
        // The rubric's four moves are a value the screens show and choose, so views may name Move; nothing else of
        // the grader.
        noClasses().that().resideInAPackage("org.rapport.ui..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.and(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage("org.rapport.grader..",
                                "opennlp.."),
                        com.tngtech.archunit.base.DescribedPredicate.not(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(
                                        org.rapport.grader.Move.class))))
                .check(ALL);
    }

    @Test
    void views_call_services_never_repositories_or_entities() {
        noClasses().that().resideInAPackage("org.rapport.ui..")
                .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .check(ALL);
    }

    @Test
    void text_is_never_lower_or_upper_cased_by_the_machines_locale() {
        // In a Turkish locale "ID".toLowerCase() is "ıd": usernames, moves and codes must not depend on where we run.
        noClasses().should().callMethod(String.class, "toLowerCase").orShould().callMethod(String.class, "toUpperCase")
                .check(ALL);
    }

    @Test
    void the_domain_and_its_services_know_nothing_of_the_ui() {
        noClasses().that().resideOutsideOfPackages("org.rapport.ui..", "org.rapport.security..")
                .and().doNotHaveFullyQualifiedName(RapportApplication.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("org.rapport.ui..", "com.vaadin..")
                .check(ALL);
    }

    @Test
    void the_apps_packages_have_no_cycles() {
        slices().matching("org.rapport.(*)..").should().beFreeOfCycles().check(ALL);
    }

    @Test
    void the_screens_packages_have_no_cycles() {
        slices().matching("org.rapport.ui.(*)..").should().beFreeOfCycles().check(ALL);
    }
}

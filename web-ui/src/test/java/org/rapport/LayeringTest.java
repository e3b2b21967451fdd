package org.rapport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies go one way: web-ui → course-model → grader; views reach the grader only through services. */
class LayeringTest {
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rapport");

    @Test
    void views_use_application_services_not_the_grader() {
        noClasses().that().resideInAPackage("org.rapport.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rapport.grader..", "opennlp..")
                .check(ALL);
    }

    @Test
    void the_domain_and_its_services_know_nothing_of_the_ui() {
        noClasses().that().resideOutsideOfPackage("org.rapport.ui..")
                .and().doNotHaveFullyQualifiedName(RapportApplication.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("org.rapport.ui..", "com.vaadin..")
                .check(ALL);
    }
}

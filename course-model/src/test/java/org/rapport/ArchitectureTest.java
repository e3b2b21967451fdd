package org.rapport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;

/** The course model's own rules: features depend one way, no package cycles, nothing of the web layer. */
class ArchitectureTest {
    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.rapport");

    @Test
    void features_depend_one_way_accounts_then_cohorts_then_practice_then_progress_and_review() {
        Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("review").definedBy("org.rapport.review..")
                .layer("progress").definedBy("org.rapport.progress..")
                .layer("practice").definedBy("org.rapport.practice..")
                .layer("cohort").definedBy("org.rapport.cohort..")
                .layer("course").definedBy("org.rapport.course..")
                .layer("account").definedBy("org.rapport.account..")
                .whereLayer("review").mayNotBeAccessedByAnyLayer()
                .whereLayer("progress").mayNotBeAccessedByAnyLayer()
                .whereLayer("practice").mayOnlyBeAccessedByLayers("progress", "review")
                .whereLayer("cohort").mayOnlyBeAccessedByLayers("practice", "progress", "review")
                .check(MODEL);
    }

    @Test
    void the_course_models_packages_have_no_cycles() {
        slices().matching("org.rapport.(*)..").should().beFreeOfCycles().check(MODEL);
    }

    @Test
    void the_course_model_knows_nothing_of_the_web() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "jakarta.servlet..",
                "org.springframework.web..").check(MODEL);
    }
}

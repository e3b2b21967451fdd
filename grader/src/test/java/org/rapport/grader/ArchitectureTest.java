package org.rapport.grader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaModifier;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses GRADER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rapport.grader");

    @Test
    void the_public_api_exposes_no_opennlp_type() {
        classes().that().resideInAPackage("org.rapport.grader").and().arePublic()
                .should(com.tngtech.archunit.lang.conditions.ArchConditions.not(
                        com.tngtech.archunit.lang.conditions.ArchConditions.dependOnClassesThat(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("opennlp.."))))
                .check(GRADER);
    }

    @Test
    void opennlp_feature_generators_live_only_in_the_allow_listed_features_package() {
        classes().that().implement(opennlp.tools.doccat.FeatureGenerator.class).and().doNotHaveModifier(JavaModifier.ABSTRACT)
                .should().resideInAPackage("org.rapport.grader.features")
                .andShould().bePublic()
                .check(GRADER);
    }

    @Test
    void the_grader_knows_nothing_of_spring_or_of_the_modules_that_use_it() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                "jakarta.persistence..").check(GRADER);
    }

    @Test
    void features_and_text_do_not_reach_up_into_training_or_the_cli() {
        noClasses().that().resideInAnyPackage("..grader.features..", "..grader.text..", "..grader.model..")
                .should().dependOnClassesThat().resideInAnyPackage("..grader.training..", "..grader.cli..")
                .check(GRADER);
    }

    @Test
    void the_graders_packages_have_no_cycles() {
        // The root package (the public API) counts as a slice of its own, named "api".
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .assignedFrom(new com.tngtech.archunit.library.dependencies.SliceAssignment() {
                    @Override
                    public com.tngtech.archunit.library.dependencies.SliceIdentifier getIdentifierOf(
                            com.tngtech.archunit.core.domain.JavaClass javaClass) {
                        String pkg = javaClass.getPackageName();
                        if (pkg.equals("org.rapport.grader")) {
                            return com.tngtech.archunit.library.dependencies.SliceIdentifier.of("api");
                        }
                        if (pkg.startsWith("org.rapport.grader.")) {
                            return com.tngtech.archunit.library.dependencies.SliceIdentifier.of(
                                    pkg.substring("org.rapport.grader.".length()).split("\\.")[0]);
                        }
                        return com.tngtech.archunit.library.dependencies.SliceIdentifier.ignore();
                    }

                    @Override
                    public String getDescription() {
                        return "the grader's packages";
                    }
                })
                .should().beFreeOfCycles().check(GRADER);
    }
}

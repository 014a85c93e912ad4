package com.ripreplace.covered;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The covered-gear domain knows nothing of Micronaut, HTTP or injection: the edges adapt it. */
class CoveredPackageIsPureJavaTest {

    @Test
    void coveredPackageDependsOnlyOnTheJdkAndItsYamlCsvAndJsonParsers() {
        JavaClasses domain = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.ripreplace.covered");

        classes().that().resideInAPackage("com.ripreplace.covered..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("com.ripreplace.covered..", "java..", "org.yaml.snakeyaml..", "org.apache.commons.csv..",
                        "com.fasterxml.jackson.core..")
                .because("the covered-gear rules are plain Java; Micronaut, HTTP and persistence adapt them at the edges")
                .check(domain);
    }
}

package com.ripreplace.workbook;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The workbook writer is plain Java and POI: the CLI and the web service call it, it knows neither. */
class WorkbookPackageIsPureJavaTest {

    @Test
    void workbookPackageDependsOnlyOnTheJdkPoiAndThePlanItWrites() {
        JavaClasses workbook = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.ripreplace.workbook");

        classes().that().resideInAPackage("com.ripreplace.workbook..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("com.ripreplace.workbook..", "com.ripreplace.planning..", "com.ripreplace.cost..",
                        "com.ripreplace.inventory..", "com.ripreplace.check..", "com.ripreplace.covered..", "java..",
                        "org.apache.poi..")
                .because("the plan workbook is written by plain Java and POI; Micronaut and picocli adapt it at the edges")
                .check(workbook);
    }
}

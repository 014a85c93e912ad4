package com.ripreplace;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The domain knows nothing of Micronaut or HTTP, and data flows one way: inventory → covered → check → cost. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.ripreplace");

    private static final String[] DOMAIN = {"com.ripreplace.inventory..", "com.ripreplace.covered..",
            "com.ripreplace.check..", "com.ripreplace.cost..", "com.ripreplace.samples..", "com.ripreplace.planning..",
            "com.ripreplace.workbook.."};

    @Test
    void keepsTheFrameworkOutOfTheDomain() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta.inject..", "io.netty..")
                .check(CLASSES);
    }

    @Test
    void keepsTheDomainFreeOfItsEdges() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("com.ripreplace.api..", "com.ripreplace.cli..",
                        "com.ripreplace.persistence..")
                .check(CLASSES);
    }

    @Test
    void letsDataFlowOneWay() {
        noClasses().that().resideInAPackage("com.ripreplace.inventory..")
                .should().dependOnClassesThat().resideInAnyPackage("com.ripreplace.covered..", "com.ripreplace.check..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("com.ripreplace.covered..")
                .should().dependOnClassesThat().resideInAnyPackage("com.ripreplace.check..", "com.ripreplace.cost..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("com.ripreplace.check..")
                .should().dependOnClassesThat().resideInAnyPackage("com.ripreplace.cost..")
                .check(CLASSES);
    }

    @Test
    void hasNoCyclesBetweenFeatures() {
        slices().matching("com.ripreplace.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** Each package its own slice, so a cycle inside a feature (inventory and inventory.read) shows too. */
    @Test
    void hasNoCyclesBetweenPackages() {
        slices().matching("com.ripreplace.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    /** Measurement code lives in the test sources: the product holds no benchmark and no benchmark yardstick. */
    @Test
    void shipsNoMeasurementCode() {
        noClasses().should().haveSimpleNameContaining("Benchmark").check(CLASSES);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.dhatim..").check(CLASSES);
        noClasses().should().resideInAPackage("com.ripreplace.benchmark..").check(CLASSES);
    }

    /** The solver lives in planning: no OptaPlanner type anywhere else. */
    @Test
    void keepsTheSolverInsidePlanning() {
        noClasses().that().resideOutsideOfPackage("com.ripreplace.planning..")
                .should().dependOnClassesThat().resideInAnyPackage("org.optaplanner..").check(CLASSES);
    }
}

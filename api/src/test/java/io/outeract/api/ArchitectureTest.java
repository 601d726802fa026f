package io.outeract.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rule of docs/architecture.md, kept by the build rather than by memory. */
class ArchitectureTest {

    private static JavaClasses outeract;

    @BeforeAll
    static void importOuteract() {
        outeract = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.outeract");
    }

    @Test
    void theContractDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("io.outeract.contract..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.outeract.adapters..", "io.outeract.command..", "io.outeract.query..",
                        "io.outeract.ingress..", "io.outeract.api..")
                .check(outeract);
    }

    @Test
    void adaptersDependOnTheContractOnly() {
        noClasses().that().resideInAPackage("io.outeract.adapters..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.outeract.command..", "io.outeract.query..", "io.outeract.ingress..",
                        "io.outeract.api..")
                .check(outeract);
    }

    @Test
    void theCommandSideKnowsNothingOfQueriesIngressOrApi() {
        noClasses().that().resideInAPackage("io.outeract.command..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.outeract.query..", "io.outeract.ingress..", "io.outeract.api..")
                .check(outeract);
    }

    @Test
    void theQuerySideDependsOnTheContractOnly() {
        noClasses().that().resideInAPackage("io.outeract.query..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.outeract.adapters..", "io.outeract.command..",
                        "io.outeract.ingress..", "io.outeract.api..")
                .check(outeract);
    }

    @Test
    void ingressKnowsNothingOfTheCommandOrQuerySides() {
        noClasses().that().resideInAPackage("io.outeract.ingress..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.outeract.command..", "io.outeract.query..", "io.outeract.api..")
                .check(outeract);
    }

    @Test
    void aggregatesHoldNoSpringJpaJacksonOrLogging() {
        noClasses().that().areAnnotatedWith(org.axonframework.spring.stereotype.Aggregate.class)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.beans..", "org.springframework.jdbc..",
                        "jakarta.persistence..", "com.fasterxml.jackson..", "org.slf4j..")
                .check(outeract);
    }
}

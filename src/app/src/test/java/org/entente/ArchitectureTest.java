package org.entente;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md, checked over the classes of every module: each package may use only the
 * packages below it, and no two packages depend on each other. This test lives in the app module because only
 * there are all modules' classes on one class path.
 */
class ArchitectureTest {

    private static final JavaClasses ENTENTE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.entente");

    @Test
    void noPackageCycles() {
        slices().matching("org.entente.(*)..").should().beFreeOfCycles().check(ENTENTE);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("errors").definedBy("org.entente")
                .layer("result").definedBy("org.entente.result..")
                .layer("domain").definedBy("org.entente.domain..")
                .layer("derived").definedBy("org.entente.derived..")
                .layer("io").definedBy("org.entente.io..")
                .layer("pack").definedBy("org.entente.pack..")
                .layer("engine").definedBy("org.entente.engine..")
                .layer("scenario").definedBy("org.entente.scenario..")
                .layer("sweep").definedBy("org.entente.sweep..")
                .layer("api").definedBy("org.entente.api..")
                .layer("draft").definedBy("org.entente.draft..")
                .layer("testing").definedBy("org.entente.testing..")
                .layer("report").definedBy("org.entente.report..")
                .layer("http").definedBy("org.entente.http..")
                .layer("bench").definedBy("org.entente.bench..")
                .layer("cli").definedBy("org.entente.cli..")

                .whereLayer("errors").mayNotAccessAnyLayer()
                .whereLayer("result").mayNotAccessAnyLayer()
                .whereLayer("domain").mayNotAccessAnyLayer()
                .whereLayer("derived").mayOnlyAccessLayers("domain", "result")
                .whereLayer("io").mayOnlyAccessLayers("errors")
                .whereLayer("pack").mayOnlyAccessLayers("errors", "io", "domain")
                .whereLayer("engine").mayOnlyAccessLayers("errors", "io", "result", "domain", "derived", "pack")
                .whereLayer("scenario").mayOnlyAccessLayers("errors", "io", "result", "domain", "pack")
                .whereLayer("sweep").mayOnlyAccessLayers("errors", "domain", "derived", "engine")
                .whereLayer("api").mayOnlyAccessLayers("errors", "io", "result", "domain", "derived", "pack",
                        "engine", "scenario", "sweep")
                .whereLayer("draft").mayOnlyAccessLayers("errors", "io", "domain", "pack")
                .whereLayer("testing").mayOnlyAccessLayers("errors", "result", "domain", "derived", "pack", "engine")
                .whereLayer("report").mayOnlyAccessLayers("errors", "io", "result", "domain", "api")
                .whereLayer("http").mayOnlyAccessLayers("errors", "io", "result", "pack", "api", "report", "draft")
                .whereLayer("bench").mayOnlyAccessLayers("errors", "io", "result", "domain", "derived", "pack",
                        "engine", "scenario", "sweep", "api", "http", "draft")
                .whereLayer("cli").mayOnlyAccessLayers("errors", "io", "result", "domain", "derived", "pack",
                        "engine", "scenario", "sweep", "api", "report", "http", "bench", "draft")

                .check(ENTENTE);
    }
}

package fr.pacte;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Package by feature (STYLE.md §1): a feature reaches another only one way; no cycle between features. */
class ArchitectureTest {

    private static final JavaClasses PACTE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.pacte");

    @Test
    @DisplayName("Aucun cycle entre les fonctionnalités (convention, financement, indicateur, fiche…)")
    void featuresAreFreeOfCycles() {
        slices().matching("fr.pacte.(*)..").should().beFreeOfCycles().check(PACTE);
    }
}

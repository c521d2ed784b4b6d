package fr.pacte.imputation;

/** The repositories of the imputation feature (package-private). */
final class Repositories {
    private Repositories() {
    }
}

interface ImputationEtatRepository extends org.springframework.data.jpa.repository.JpaRepository<ImputationEtat, Long> {
    java.util.List<ImputationEtat> findByConventionIdOrderByOrdreAscIdAsc(Long conventionId);
}

interface EngagementJuridiqueRepository
        extends org.springframework.data.jpa.repository.JpaRepository<EngagementJuridique, Long> {
    java.util.List<EngagementJuridique> findByConventionIdOrderByExercice(Long conventionId);

    java.util.Optional<EngagementJuridique> findByChampIdAndExercice(Long champId, int exercice);
}

interface ImputationDepartementRepository
        extends org.springframework.data.jpa.repository.JpaRepository<ImputationDepartement, Long> {
    java.util.List<ImputationDepartement> findByConventionIdOrderById(Long conventionId);
}

interface CompteBancaireRepository extends org.springframework.data.jpa.repository.JpaRepository<CompteBancaire, Long> {
    java.util.Optional<CompteBancaire> findByConventionId(Long conventionId);
}

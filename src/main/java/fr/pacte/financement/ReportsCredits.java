package fr.pacte.financement;

import fr.pacte.convention.ConventionLue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public entry point for carried-over credits (R-PAY-8): reading those of a version (the credits of an exercice, the
 * comparison of an avenant) and writing those an avenant's draft states, by difference on their natural key like the
 * lines. The caller of a write holds the convention's lock and has checked the permission.
 */
@Service
@Transactional(readOnly = true)
public class ReportsCredits {

    private final ReportCreditsRepository reports;

    ReportsCredits(ReportCreditsRepository reports) {
        this.reports = reports;
    }

    /** The reports of the snapshot's version. */
    public List<ReportCredits> reports(ConventionLue convention) {
        return reports.visibles(convention.id(), convention.version().numero());
    }

    /** The reports of a version carried into one exercice. */
    public List<ReportCredits> reportsVers(ConventionLue convention, int exerciceDestination) {
        return reports(convention).stream().filter(r -> r.getExerciceDestination() == exerciceDestination).toList();
    }

    /** A report as the avenant's draft states it. */
    public record ReportVoulu(ReportCredits.Cle cle, BigDecimal montant) {
    }

    /**
     * Replaces the reports of version {@code version} by {@code voulus}: an unchanged report keeps its row, a changed
     * one is updated when the version created it or closed and replaced otherwise, a removed one is removed or closed.
     */
    @Transactional
    public void remplacer(Long conventionId, int version, Integer avenantNumero, List<ReportVoulu> voulus) {
        Map<ReportCredits.Cle, ReportCredits> existants = new LinkedHashMap<>();
        reports.visibles(conventionId, version).forEach(r -> existants.put(r.cle(), r));
        for (ReportVoulu v : voulus) {
            ReportCredits existant = existants.remove(v.cle());
            if (existant == null) {
                reports.save(new ReportCredits(conventionId, v.cle(), v.montant(), avenantNumero, version));
            } else if (existant.getMontant().compareTo(v.montant()) != 0) {
                if (existant.getValidite().creeeEn(version)) {
                    existant.changer(v.montant(), avenantNumero);
                } else {
                    existant.getValidite().fermer(version);
                    reports.save(new ReportCredits(conventionId, v.cle(), v.montant(), avenantNumero, version));
                }
            }
        }
        for (ReportCredits retire : existants.values()) {
            if (retire.getValidite().creeeEn(version)) {
                reports.delete(retire);
            } else {
                retire.getValidite().fermer(version);
            }
        }
        reports.flush();
    }
}

package fr.pacte.echeance;

import fr.pacte.convention.ConditionVersement;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConventionService;
import fr.pacte.echeance.rules.EcheancesRule;
import fr.pacte.financement.FinancementService;
import fr.pacte.financement.Financeur;
import fr.pacte.rapport.RapportService;
import fr.pacte.rapport.TypeRapport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public entry point for the deadlines of a convention, or of every convention the user may read (the "Échéances"
 * page and {@code GET /api/v1/echeances}), at a date given by the caller (the injected clock by default).
 */
@Service
@Transactional(readOnly = true)
public class EcheanceService {

    private final ConventionService conventions;
    private final RapportService rapports;
    private final FinancementService financement;

    EcheanceService(ConventionService conventions, RapportService rapports, FinancementService financement) {
        this.conventions = conventions;
        this.rapports = rapports;
        this.financement = financement;
    }

    /** A deadline of a convention as listed. */
    public record EcheanceLue(Long conventionId, String convention, CodeEcheance code, String champ,
            Integer exercice, String libelle, LocalDate date, String regle, StatutEcheance statut) {
    }

    public List<EcheanceLue> echeances(ConventionLue convention, LocalDate au) {
        List<RapportService.Transmis> transmis = rapports.transmis(convention.id());
        var montants = financement.montantsConventionnels(convention);
        List<EcheanceLue> resultat = new ArrayList<>();
        for (ChampLu champ : convention.champs()) {
            List<Integer> exercices = champ.exercices();
            List<Integer> parAvenant = exercices.stream().filter(n -> champ.reglesDeLExercice(n).stream()
                    .anyMatch(r -> r.condition() == ConditionVersement.AVENANT_SIGNE)).toList();
            boolean bilanFinal = champ.reglesVersement().stream()
                    .anyMatch(r -> r.condition() == ConditionVersement.BILAN_FINAL_RECU);
            boolean miParcours = champ.reglesVersement().stream()
                    .anyMatch(r -> r.condition() == ConditionVersement.RAPPORT_TRANSMIS);
            EcheancesRule.Champ c = new EcheancesRule.Champ(champ.code(), champ.libelle(), champ.dateDebut(),
                    champ.dateFin(), exercices, exercices.stream().map(champ::finDeLExercice).toList(),
                    exercices.stream().map(champ::debutDeLExercice).toList(), bilanFinal, miParcours, parAvenant);
            List<EcheancesRule.Tenue> tenues = new ArrayList<>();
            for (RapportService.Transmis t : transmis) {
                if (!t.champId().equals(champ.id())) {
                    continue;
                }
                switch (t.type()) {
                    case BILAN_FINAL -> tenues.add(new EcheancesRule.Tenue(CodeEcheance.BILAN_FINAL, null));
                    case MI_PARCOURS -> tenues.add(new EcheancesRule.Tenue(CodeEcheance.RAPPORT_MI_PARCOURS, null));
                    case ANNUEL -> tenues.add(new EcheancesRule.Tenue(CodeEcheance.RAPPORT_ANNUEL,
                            champ.exerciceDe(t.debut())));
                }
            }
            for (int n : parAvenant) {
                boolean notifie = montants.stream().anyMatch(m -> champ.id().equals(m.getChampId())
                        && m.getAxeId() == null && m.getExercice() == n && m.getFinanceur() == Financeur.ETAT
                        && "NOTIFIE".equals(m.getStatut()));
                if (notifie) {
                    tenues.add(new EcheancesRule.Tenue(CodeEcheance.AVENANT_EXERCICE, n));
                }
            }
            for (EcheancesRule.Echeance e : new EcheancesRule().deriver(c, tenues, au)) {
                resultat.add(new EcheanceLue(convention.id(), convention.numeroInterne(), e.code(), e.champ(),
                        e.exercice(), e.libelle(), e.date(), e.regle(), e.statut()));
            }
        }
        resultat.sort(Comparator.comparing(EcheanceLue::date));
        return resultat;
    }

    /** The deadlines of every convention the user may read. */
    public List<EcheanceLue> toutes(LocalDate au) {
        List<EcheanceLue> toutes = new ArrayList<>();
        for (ConventionService.ConventionResumee c : conventions.conventionsVisibles()) {
            toutes.addAll(echeances(conventions.lire(c.id()), au));
        }
        toutes.sort(Comparator.comparing(EcheanceLue::date));
        return toutes;
    }

    /** Unused import guard: the type of report a deadline waits for. */
    static TypeRapport type(CodeEcheance code) {
        return switch (code) {
            case BILAN_FINAL -> TypeRapport.BILAN_FINAL;
            case RAPPORT_MI_PARCOURS -> TypeRapport.MI_PARCOURS;
            default -> TypeRapport.ANNUEL;
        };
    }
}

package fr.pacte.financement;

import fr.pacte.convention.Axe;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.FicheAction;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public entry point for a fiche's money: reading its budget grid and changing its lines with its description. */
@Service
@Transactional(readOnly = true)
public class FinancementService {

    private final ConventionService conventions;
    private final LigneFinancementRepository lignes;

    FinancementService(ConventionService conventions, LigneFinancementRepository lignes) {
        this.conventions = conventions;
        this.lignes = lignes;
    }

    /** The budget grid of a fiche: every allocated axe × every exercice of its champ, plus any other stored line. */
    public BudgetFiche budget(Long conventionId, Long ficheId) {
        FicheAction fiche = conventions.fiche(conventionId, ficheId);
        List<LigneFinancement> existantes = lignes.findByFicheId(ficheId);
        List<BudgetFiche.Rangee> rangees = new ArrayList<>();
        List<Axe> axes = new ArrayList<>(fiche.getAxes());
        for (Axe axe : conventions.axesDuChamp(fiche.getChamp().getId())) {
            boolean aDesLignes = existantes.stream().anyMatch(l -> Objects.equals(l.getAxeId(), axe.getId()));
            if (aDesLignes && axes.stream().noneMatch(a -> a.getId().equals(axe.getId()))) {
                axes.add(axe);
            }
        }
        Sommes totaux = Sommes.ZERO;
        for (Axe axe : axes) {
            for (int exercice : fiche.getChamp().getExercices()) {
                Map<ColonneBudget, BigDecimal> montants = BudgetFiche.vide();
                Sommes sommes = Sommes.ZERO;
                String justification = null;
                for (LigneFinancement l : existantes) {
                    if (Objects.equals(l.getAxeId(), axe.getId()) && l.getExercice() == exercice) {
                        montants.merge(ColonneBudget.de(l.getFinanceur(), l.getNature()), l.getMontant(), BigDecimal::add);
                        sommes = sommes.plus(l);
                        justification = justification == null ? l.getJustification() : justification;
                    }
                }
                rangees.add(new BudgetFiche.Rangee(axe.getId(), axe.getType().getLibelle() + " " + axe.getNumero(),
                        exercice, montants, justification, sommes));
                totaux = totaux.plus(sommes);
            }
        }
        return new BudgetFiche(rangees, totaux);
    }

    /**
     * Saves a fiche's description, axes and budget at once: all or nothing. The lines of the fiche are replaced by the
     * typed amounts; an empty or zero cell stores nothing; a year without money keeps its justification (R-FIN-18).
     */
    @Transactional
    public void modifierFiche(Long conventionId, Long ficheId, long version, FicheAction.Description description,
            List<Long> axeIds, List<BudgetFiche.MontantSaisi> montants, List<BudgetFiche.JustificationSaisie> justifications) {
        FicheAction fiche = conventions.decrireFiche(conventionId, ficheId, version, description, axeIds);
        for (BudgetFiche.MontantSaisi m : montants) {
            if (m.montant().signum() != 0 && !axeIds.contains(m.axeId())) {
                throw new IllegalArgumentException("Montant sur un axe non retenu pour la fiche");
            }
            if (!fiche.getChamp().couvre(m.exercice())) {
                throw new IllegalArgumentException("R-DATE-1 : exercice " + m.exercice() + " hors de la période du champ");
            }
        }
        Map<String, String> libellesAutres = new HashMap<>();
        for (LigneFinancement ancienne : lignes.findByFicheId(ficheId)) {
            if (ancienne.getFinanceurLibelle() != null) {
                libellesAutres.putIfAbsent(ancienne.getAxeId() + "/" + ancienne.getExercice(), ancienne.getFinanceurLibelle());
            }
        }
        lignes.deleteByFicheId(ficheId);
        lignes.flush();
        List<LigneFinancement> nouvelles = new ArrayList<>();
        for (BudgetFiche.MontantSaisi m : montants) {
            if (m.montant().signum() == 0) {
                continue;
            }
            LigneFinancement ligne = new LigneFinancement(conventionId, ficheId, m.axeId(), m.exercice(),
                    m.colonne().financeur(), m.colonne().nature(), m.montant());
            if (m.colonne().financeur() == Financeur.AUTRE) {
                ligne.avecFinanceurLibelle(libellesAutres.get(m.axeId() + "/" + m.exercice()));
            }
            nouvelles.add(ligne);
        }
        for (BudgetFiche.JustificationSaisie j : justifications) {
            boolean sansMontant = nouvelles.stream()
                    .noneMatch(l -> l.getAxeId().equals(j.axeId()) && l.getExercice() == j.exercice());
            if (j.texte() != null && !j.texte().isBlank() && sansMontant && axeIds.contains(j.axeId())) {
                nouvelles.add(new LigneFinancement(conventionId, ficheId, j.axeId(), j.exercice(), Financeur.ETAT,
                        Nature.CREDITS_NOUVEAUX, Montants.ZERO).avecJustification(j.texte().strip()));
            }
        }
        lignes.saveAll(nouvelles);
    }
}

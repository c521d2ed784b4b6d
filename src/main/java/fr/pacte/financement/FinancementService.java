package fr.pacte.financement;

import fr.pacte.convention.CacheConventions;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.FicheLue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public entry point for reading a fiche's money: its budget grid in one version of its convention. */
@Service
@Transactional(readOnly = true)
public class FinancementService {

    private final LigneFinancementRepository lignes;
    private final MontantConventionnelRepository montants;
    private final CacheConventions cache;

    FinancementService(LigneFinancementRepository lignes, MontantConventionnelRepository montants,
            CacheConventions cache) {
        this.lignes = lignes;
        this.montants = montants;
        this.cache = cache;
    }

    /** The montants conventionnels of the snapshot's version (the credits of an exercice, R-PAY-2). */
    public List<MontantConventionnel> montantsConventionnels(ConventionLue convention) {
        return montants.visibles(convention.id(), convention.version().numero());
    }

    /** Every planned line of the snapshot's version, all exercices (an avenant's comparison, a review). */
    public List<LigneFinancement> lignesPrevues(ConventionLue convention) {
        return lignes.visiblesDeLaConvention(convention.id(), convention.version().numero(), Stade.PREVU);
    }

    /** The planned lines of a fiche in the version of the snapshot. */
    public List<LigneFinancement> lignesPrevues(ConventionLue convention, Long ficheId) {
        return lignes.visiblesDesFiches(convention.id(), List.of(ficheId), convention.version().numero()).stream()
                .filter(l -> l.getStade() == Stade.PREVU).toList();
    }

    /** Every planned amount of a fiche in the snapshot's version, all exercices (what removing it would lose). */
    public Sommes totalFiche(ConventionLue convention, Long ficheId) {
        return lignesPrevues(convention, ficheId).stream().reduce(Sommes.ZERO, Sommes::plus, Sommes::plus);
    }

    /** Whether any planned line of the snapshot's version is on this axe. */
    public boolean axeALignes(ConventionLue convention, Long axeId) {
        return lignes.visiblesDeLaConvention(convention.id(), convention.version().numero(), Stade.PREVU).stream()
                .anyMatch(l -> Objects.equals(l.getAxeId(), axeId));
    }

    /** The planned lines of one exercice in the version of the snapshot (the bilan financier's "prévu"). */
    public List<LigneFinancement> lignesPrevuesDeLExercice(ConventionLue convention, int exercice) {
        return lignes.visibles(convention.id(), exercice, convention.version().numero(), Stade.PREVU);
    }

    /**
     * The budget grid of a fiche: every allocated axe (then any other axe of its champ that has lines, so that money
     * is never hidden) × every exercice of its champ; the standard columns and any other column a line needs.
     */
    public BudgetFiche budget(ConventionLue convention, FicheLue fiche) {
        return cache.memoriser(convention, "budget:" + fiche.id(), () -> calculerBudget(convention, fiche));
    }

    private BudgetFiche calculerBudget(ConventionLue convention, FicheLue fiche) {
        List<LigneFinancement> existantes = lignesPrevues(convention, fiche.id());
        String organismePrincipal = existantes.stream()
                .filter(l -> l.getFinanceur() == Financeur.AUTRE && l.getNature() == Nature.CREDITS_NOUVEAUX)
                .min(Comparator.comparing(LigneFinancement::getId))
                .map(LigneFinancement::getOrganisme).orElse(null);
        List<BudgetFiche.Colonne> colonnes = new ArrayList<>();
        for (ColonneBudget c : ColonneBudget.standards()) {
            colonnes.add(new BudgetFiche.Colonne(c, c == ColonneBudget.AUTRES ? organismePrincipal : null, true));
        }
        Set<BudgetFiche.Colonne> autres = new LinkedHashSet<>();
        for (LigneFinancement l : existantes) {
            BudgetFiche.Colonne colonne = colonne(l, colonnes);
            if (!colonnes.contains(colonne)) {
                autres.add(colonne);
            }
        }
        colonnes.addAll(autres);
        List<AxeLu> axes = new ArrayList<>(fiche.axes());
        for (AxeLu axe : fiche.champ().axes()) {
            boolean aDesLignes = existantes.stream().anyMatch(l -> Objects.equals(l.getAxeId(), axe.id()));
            if (aDesLignes && !axes.contains(axe)) {
                axes.add(axe);
            }
        }
        List<BudgetFiche.Rangee> rangees = new ArrayList<>();
        Sommes totaux = Sommes.ZERO;
        for (AxeLu axe : axes) {
            for (int exercice : fiche.champ().exercices()) {
                Map<BudgetFiche.Colonne, BigDecimal> montants = new LinkedHashMap<>();
                Sommes sommes = Sommes.ZERO;
                String justification = null;
                for (LigneFinancement l : existantes) {
                    if (Objects.equals(l.getAxeId(), axe.id()) && l.getExercice() == exercice) {
                        montants.merge(colonne(l, colonnes), l.getMontant(), BigDecimal::add);
                        sommes = sommes.plus(l);
                        justification = justification == null ? l.getJustification() : justification;
                    }
                }
                rangees.add(new BudgetFiche.Rangee(axe.id(), axe.type().getLibelle() + " " + axe.numero(), exercice,
                        fiche.alloueeA(axe.id()), montants, justification, sommes));
                totaux = totaux.plus(sommes);
            }
        }
        return new BudgetFiche(colonnes, rangees, totaux);
    }

    /** The column a line shows in: its financeur × nature, and for AUTRE its organisme. */
    private static BudgetFiche.Colonne colonne(LigneFinancement ligne, List<BudgetFiche.Colonne> standards) {
        ColonneBudget c = ColonneBudget.de(ligne.getFinanceur(), ligne.getNature());
        String organisme = ligne.getFinanceur() == Financeur.AUTRE ? ligne.getOrganisme() : null;
        return standards.stream().filter(s -> s.colonne() == c && Objects.equals(s.organisme(), organisme))
                .findFirst().orElse(new BudgetFiche.Colonne(c, organisme, false));
    }
}

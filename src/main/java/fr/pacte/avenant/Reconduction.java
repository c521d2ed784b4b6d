package fr.pacte.avenant;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.financement.FinancementService;
import fr.pacte.financement.Financeur;
import fr.pacte.financement.LigneFinancement;
import fr.pacte.financement.MontantConventionnel;
import fr.pacte.financement.MontantsConventionnels;
import fr.pacte.financement.Nature;
import fr.pacte.shared.Messages;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Reconduire les montants de l'exercice N-1" (DOMAIN.md R-WF-6, L255: the yearly solidarités amounts from 2025 are
 * fixed by avenant): the starting document of a yearly avenant for exercice N, nothing saved. Every champ that covers
 * N gets the montants conventionnels of N-1 and the planned lines of N-1 with money (not the carried-over credits);
 * the complements make each champ × financeur consistent (R-FIN-22), so the starting point has no finding: the
 * Vienne's 2025 starts at 578 633 € État, 701 524 € Département and 535 493 € autres, as in 2024.
 */
@Service
@Transactional(readOnly = true)
public class Reconduction {

    private final ConventionService conventions;
    private final FinancementService financement;
    private final MontantsConventionnels montants;

    Reconduction(ConventionService conventions, FinancementService financement, MontantsConventionnels montants) {
        this.conventions = conventions;
        this.financement = financement;
        this.montants = montants;
    }

    public DocumentAvenant reconduire(Long conventionId, int exercice, Integer numero) {
        ConventionLue convention = conventions.lireVersionDEcriture(conventionId);
        int precedent = exercice - 1;
        List<ChampLu> champs = convention.champs().stream().filter(c -> c.couvre(exercice) && c.couvre(precedent))
                .toList();
        Map<Long, ChampLu> champDeLAxe = new HashMap<>();
        champs.forEach(c -> c.axes().forEach(a -> champDeLAxe.put(a.id(), c)));
        Map<Long, AxeLu> axes = new HashMap<>();
        convention.axes().forEach(a -> axes.put(a.id(), a));

        List<DocumentAvenant.Montant> nouveauxMontants = new ArrayList<>();
        Map<List<Object>, BigDecimal> montantsActuels = new HashMap<>();
        for (MontantConventionnel m : montants.visibles(convention)) {
            ChampLu champ = champs.stream().filter(c -> c.id().equals(m.getChampId())).findFirst().orElse(null);
            if (champ == null) {
                continue;
            }
            if (m.getExercice() == exercice) {
                montantsActuels.put(java.util.Arrays.asList(m.getChampId(), m.getAxeId(), m.getFinanceur()),
                        m.getMontant());
            }
            if (m.getExercice() == precedent) {
                nouveauxMontants.add(new DocumentAvenant.Montant(champ.code(),
                        m.getAxeId() == null ? null : axes.get(m.getAxeId()).numero(), exercice, m.getFinanceur(),
                        m.getMontant(), null));
            }
        }

        Map<List<Object>, BigDecimal> avant = new LinkedHashMap<>();
        Map<List<Object>, BigDecimal> apres = new LinkedHashMap<>();
        Map<LigneFinancement.Cle, BigDecimal> lignesN = new LinkedHashMap<>();
        List<LigneFinancement> toutes = financement.lignesPrevues(convention);
        for (LigneFinancement l : toutes) {
            if (l.getExercice() == exercice && champDeLAxe.containsKey(l.getAxeId())) {
                lignesN.put(l.cle(), l.getMontant());
            }
        }
        Map<LigneFinancement.Cle, BigDecimal> apresLignes = new LinkedHashMap<>(lignesN);
        List<DocumentAvenant.Ligne> lignes = new ArrayList<>();
        for (LigneFinancement l : toutes) {
            ChampLu champ = champDeLAxe.get(l.getAxeId());
            if (l.getExercice() != precedent || champ == null || l.getNature() == Nature.REPORT
                    || l.getMontant().signum() == 0) {
                continue;
            }
            String fiche = l.getFicheId() == null ? null
                    : convention.fiche(l.getFicheId()).map(FicheLue::numero).orElse(null);
            if (l.getFicheId() != null && fiche == null) {
                continue;
            }
            lignes.add(new DocumentAvenant.Ligne(fiche, fiche == null ? champ.code() : null,
                    axes.get(l.getAxeId()).numero(), exercice, l.getFinanceur(), l.getOrganisme(), l.getNature(),
                    l.getMontant()));
            LigneFinancement.Cle c = l.cle();
            apresLignes.put(new LigneFinancement.Cle(c.ficheId(), c.axeId(), exercice, c.financeur(), c.organisme(),
                    c.nature(), c.stade()), l.getMontant());
        }
        lignesN.forEach((k, v) -> {
            if (k.nature() != Nature.REPORT) {
                avant.merge(java.util.Arrays.asList(champDeLAxe.get(k.axeId()).id(), k.financeur()), v, BigDecimal::add);
            }
        });
        apresLignes.forEach((k, v) -> {
            if (k.nature() != Nature.REPORT) {
                apres.merge(java.util.Arrays.asList(champDeLAxe.get(k.axeId()).id(), k.financeur()), v, BigDecimal::add);
            }
        });
        List<DocumentAvenant.Complement> complements = new ArrayList<>();
        for (ChampLu champ : champs) {
            for (Financeur f : Financeur.values()) {
                List<Object> cle = java.util.Arrays.asList(champ.id(), f);
                BigDecimal ecart = apres.getOrDefault(cle, Montants.ZERO).subtract(avant.getOrDefault(cle, Montants.ZERO));
                if (ecart.signum() != 0) {
                    complements.add(new DocumentAvenant.Complement(champ.code(), exercice, f, ecart));
                }
            }
        }
        String objet = Messages.texte("avenant.reconduction.objet", Objects.requireNonNullElse(numero, 1),
                champs.isEmpty() ? String.valueOf(exercice) : champs.get(0).libelleExercice(exercice));
        return new DocumentAvenant(numero, objet, complements, nouveauxMontants, lignes, List.of(), List.of(), null,
                null);
    }
}

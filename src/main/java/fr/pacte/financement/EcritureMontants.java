package fr.pacte.financement;

import fr.pacte.convention.ConventionLue;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the amounts written in the articles of a convention (montants conventionnels: financeur, amount,
 * amount in words, article; R-FIN-4, R-FIN-13) and the figures printed in its documents (declared figures, R-IMP-2),
 * which are compared with the lines and never used as data. Callers hold the convention's lock and have checked the
 * permission.
 */
@Service
@Transactional
public class EcritureMontants {

    private final MontantConventionnelRepository montants;
    private final ChiffreDeclareRepository chiffres;

    EcritureMontants(MontantConventionnelRepository montants, ChiffreDeclareRepository chiffres) {
        this.montants = montants;
        this.chiffres = chiffres;
    }

    /**
     * An amount of an article: per champ ({@code axeId} null) or per axe, per exercice and financeur;
     * {@code statut} NOTIFIE (default) or PREVISIONNEL (fixed later by avenant, DOMAIN.md Q22).
     */
    public record MontantVoulu(Long champId, Long axeId, int exercice, Financeur financeur, BigDecimal montant,
            String enLettres, String article, String statut) {
    }

    /** The amounts of the articles in the snapshot's version, in the order they were written. */
    @Transactional(readOnly = true)
    public List<MontantConventionnel> montants(ConventionLue convention) {
        return montants.visibles(convention.id(), convention.version().numero());
    }

    /**
     * Makes the amounts of version {@code version} within {@code portee} exactly {@code voulus}, by difference on
     * their key (champ, axe, exercice, financeur): an unchanged amount keeps its row, a changed one is changed in place
     * or closed and replaced (a signed version is never touched), a left-out one is removed or closed.
     */
    public void remplacerMontants(Long conventionId, int version, Predicate<MontantConventionnel> portee,
            List<MontantVoulu> voulus) {
        Map<MontantConventionnel.Cle, MontantConventionnel> existants = new LinkedHashMap<>();
        montants.visibles(conventionId, version).stream().filter(portee)
                .forEach(m -> existants.put(m.cle(), m));
        for (MontantVoulu v : voulus) {
            MontantConventionnel.Cle cle = new MontantConventionnel.Cle(v.champId(), v.axeId(), v.exercice(),
                    v.financeur());
            MontantConventionnel existant = existants.remove(cle);
            if (existant == null) {
                montants.save(new MontantConventionnel(conventionId, v, version));
            } else if (!identique(existant, v)) {
                if (existant.getValidite().creeeEn(version)) {
                    existant.changerDepuis(v);
                } else {
                    existant.getValidite().fermer(version);
                    montants.save(new MontantConventionnel(conventionId, v, version));
                }
            }
        }
        for (MontantConventionnel retire : existants.values()) {
            if (retire.getValidite().creeeEn(version)) {
                montants.delete(retire);
            } else {
                retire.getValidite().fermer(version);
            }
        }
        montants.flush();
    }

    private static boolean identique(MontantConventionnel m, MontantVoulu v) {
        return m.getMontant().compareTo(v.montant()) == 0 && Objects.equals(m.getMontantEnLettres(), v.enLettres())
                && Objects.equals(m.getReferenceArticle(), v.article())
                && Objects.equals(m.getStatut(), v.statut() == null ? "NOTIFIE" : v.statut());
    }

    /**
     * A figure printed in a document: about the convention, a champ, an axe (or a union of axes, their numbers in
     * {@code axesNumeros}) or a fiche; {@code colonne} etat, departement, autres, report or total.
     */
    public record DeclareVoulu(String objet, Long champId, Long axeId, String axesNumeros, Long ficheId,
            Integer exercice, String colonne, BigDecimal valeur, String texteSource, String source, String code) {
    }

    @Transactional(readOnly = true)
    public List<ChiffreDeclare> declares(Long conventionId) {
        return chiffres.findByConventionId(conventionId).stream()
                .sorted(Comparator.comparingInt(ChiffreDeclare::getOrdre).thenComparing(ChiffreDeclare::getId))
                .toList();
    }

    /**
     * Declared figures are facts of the documents, not of a version: the document's list replaces them, by difference
     * on what each is about (matched in their order when the same thing is printed twice): an unchanged figure keeps
     * its row, a changed one is changed in place, a left-out one is removed.
     */
    public void remplacerDeclares(Long conventionId, List<DeclareVoulu> voulus) {
        Map<ChiffreDeclare.Cle, Deque<ChiffreDeclare>> existants = new LinkedHashMap<>();
        declares(conventionId).forEach(c -> existants.computeIfAbsent(c.cle(), k -> new ArrayDeque<>()).add(c));
        int ordre = 0;
        for (DeclareVoulu v : voulus) {
            ordre++;
            Deque<ChiffreDeclare> memes = existants.get(ChiffreDeclare.Cle.de(v));
            ChiffreDeclare existant = memes == null ? null : memes.pollFirst();
            if (existant == null) {
                chiffres.save(new ChiffreDeclare(conventionId, v, ordre));
            } else if (!existant.identique(v, ordre)) {
                existant.changer(v, ordre);
            }
        }
        existants.values().forEach(chiffres::deleteAll);
        chiffres.flush();
    }
}

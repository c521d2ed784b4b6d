package fr.pacte.financement;

import fr.pacte.convention.Changement;
import fr.pacte.convention.ConventionLue;
import fr.pacte.financement.MontantConventionnel.Cle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public entry point for the amounts written in the articles (montants conventionnels): reading those of a version,
 * and the avenant's write of new amounts by difference on their key (champ, axe, exercice, financeur), like the
 * lines: an unchanged amount keeps its row, a row of the version in force is closed at the draft's number and the
 * draft gets its own (R-SEC-8); an amount of 0 removes the entry. A written amount is notified (Q22: the avenant
 * turns a prévisionnel amount into a notified one). The caller of a write holds the lock and has checked the
 * permission.
 */
@Service
@Transactional(readOnly = true)
public class MontantsConventionnels {

    private final MontantConventionnelRepository montants;

    MontantsConventionnels(MontantConventionnelRepository montants) {
        this.montants = montants;
    }

    public List<MontantConventionnel> visibles(ConventionLue convention) {
        return montants.visibles(convention.id(), convention.version().numero());
    }

    /** An amount as the avenant states it; {@code montant} 0 removes it. */
    public record MontantVoulu(Cle cle, BigDecimal montant, String referenceArticle) {
    }

    /** Replaces the named amounts of version {@code version}; answers what changed, for the journal. */
    @Transactional
    public List<Changement> remplacer(Long conventionId, int version, List<MontantVoulu> voulus) {
        Map<Cle, MontantConventionnel> existants = new LinkedHashMap<>();
        montants.visibles(conventionId, version).forEach(m -> existants.put(m.cle(), m));
        List<Changement> changements = new ArrayList<>();
        Map<Cle, MontantVoulu> parCle = new LinkedHashMap<>();
        voulus.forEach(v -> {
            if (parCle.put(v.cle(), v) != null) {
                throw new IllegalArgumentException("Deux montants pour la même clé : " + v.cle());
            }
        });
        for (MontantVoulu v : parCle.values()) {
            MontantConventionnel existant = existants.get(v.cle());
            boolean retire = v.montant().signum() == 0;
            if (existant == null) {
                if (!retire) {
                    MontantConventionnel nouveau = montants.save(new MontantConventionnel(conventionId, v.cle(),
                            v.montant(), null, v.referenceArticle(), version));
                    changements.add(changement(nouveau, null, v.montant()));
                }
                continue;
            }
            boolean identique = existant.getMontant().compareTo(v.montant()) == 0
                    && MontantConventionnel.NOTIFIE.equals(existant.getStatut());
            if (identique) {
                continue;
            }
            BigDecimal avant = existant.getMontant();
            // The amount in words is kept only when the amount does not change (R-FIN-13 compares them).
            String lettres = avant.compareTo(v.montant()) == 0 ? existant.getMontantEnLettres() : null;
            String article = Objects.requireNonNullElse(v.referenceArticle(), existant.getReferenceArticle());
            if (existant.getValidite().creeeEn(version)) {
                if (retire) {
                    montants.delete(existant);
                } else {
                    existant.changer(v.montant(), lettres, article);
                }
            } else {
                existant.getValidite().fermer(version);
                if (!retire) {
                    montants.save(new MontantConventionnel(conventionId, v.cle(), v.montant(), lettres, article,
                            version));
                }
            }
            changements.add(changement(existant, avant, retire ? null : v.montant()));
        }
        montants.flush();
        return changements;
    }

    private static Changement changement(MontantConventionnel m, BigDecimal avant, BigDecimal apres) {
        Cle c = m.cle();
        String champ = "montant conventionnel " + c.exercice() + " " + c.financeur()
                + (c.axeId() == null ? " champ " + c.champId() : " axe " + c.axeId());
        return new Changement("MONTANT", m.getId(), champ, avant == null ? null : avant.toPlainString(),
                apres == null ? null : apres.toPlainString());
    }
}

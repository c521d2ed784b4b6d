package fr.pacte.financement.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * R-PAY-1 Payment schedule arithmetic, per champ and exercice: the percentages add up to 100 %; an instalment is
 * round HALF_UP(amount × %, 2); the solde is the amount minus the earlier instalments, so that the cent is never lost.
 * France Travail 2024: 553 608 × 60 % = 332 164,80 €, solde 221 443,20 € (L266–L270, FX-9). A schedule whose
 * percentages do not add up is an ERREUR ({@code ECHEANCIER}); a printed instalment that differs from the computed
 * one is an {@code ARRONDI} warning (R-FIN-14).
 */
public final class EcheancierRule {

    public static final String CODE = "ECHEANCIER";
    public static final String REGLE = "R-PAY-1";
    private static final BigDecimal CENT = BigDecimal.valueOf(100);

    /**
     * @param pourcentage the rate, null for the solde (what is left)
     * @param declare     the amount printed in a document, or null
     */
    public record Echeance(String libelle, BigDecimal pourcentage, BigDecimal declare) {

        public static Echeance solde(String libelle) {
            return new Echeance(libelle, null, null);
        }
    }

    public record Versement(String libelle, BigDecimal pourcentage, BigDecimal montant) {
    }

    /** Instalments in order; a solde takes the remainder (and the remaining percentage). */
    public List<Versement> calculer(BigDecimal montant, List<Echeance> echeances) {
        List<Versement> versements = new ArrayList<>();
        BigDecimal reste = Montants.nz(montant);
        BigDecimal pourcentageRestant = CENT;
        for (Echeance echeance : echeances) {
            BigDecimal part = echeance.pourcentage() == null ? reste : PrecisionRule.appliquer(montant,
                    echeance.pourcentage());
            BigDecimal pourcentage = echeance.pourcentage() == null ? pourcentageRestant : echeance.pourcentage();
            versements.add(new Versement(echeance.libelle(), pourcentage, part));
            reste = reste.subtract(part);
            pourcentageRestant = pourcentageRestant.subtract(pourcentage);
        }
        return versements;
    }

    public List<Constat> verifier(Lieu lieu, String sujet, BigDecimal montant, List<Echeance> echeances) {
        List<Constat> constats = new ArrayList<>();
        BigDecimal somme = echeances.stream().map(Echeance::pourcentage).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean solde = echeances.stream().anyMatch(e -> e.pourcentage() == null);
        if (somme.compareTo(CENT) > 0 || (!solde && somme.compareTo(CENT) != 0)) {
            constats.add(Constats.constat(CODE, REGLE, Gravite.ERREUR, lieu, null, somme, CENT,
                    MessagesConstats.texte(CODE, sujet, Montants.pourcentage(somme))));
        }
        List<Versement> versements = calculer(montant, echeances);
        PrecisionRule precision = new PrecisionRule();
        for (int i = 0; i < echeances.size(); i++) {
            Echeance echeance = echeances.get(i);
            if (echeance.declare() != null) {
                precision.verifierArrondi(lieu, MessagesConstats.texte("sujet.echeance", echeance.libelle(), sujet),
                        echeance.declare(),
                        versements.get(i).montant()).ifPresent(constats::add);
            }
        }
        return constats;
    }
}

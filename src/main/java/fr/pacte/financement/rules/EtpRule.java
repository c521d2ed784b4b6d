package fr.pacte.financement.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * R-FIN-9 ETP line: amount = ETP × unit cost × months / months of the cost period (12 for an annual cost, or the
 * period the cost is stated for), rounded HALF_UP to the cent; a difference is an AVERTISSEMENT ({@code ETP}).
 * FA16 2 × 50 000 € = 100 000 €; FA18 1 ETP "30 000 €/ETP sur 6 mois" = 30 000 € (L2220–L2224, FX-13).
 */
public final class EtpRule {

    public static final String CODE = "ETP";
    public static final String REGLE = "R-FIN-9";

    /**
     * @param cout      cost of one ETP over {@code moisCout} months (50 000 € per year: cout 50 000, moisCout 12)
     * @param mois      months worked in the exercice
     * @param montant   the amount written on the line
     */
    public record LigneEtp(Lieu lieu, String poste, BigDecimal etp, BigDecimal cout, int moisCout, int mois,
            BigDecimal montant) {

        public static LigneEtp annuelle(Lieu lieu, String poste, BigDecimal etp, BigDecimal coutAnnuel, int mois,
                BigDecimal montant) {
            return new LigneEtp(lieu, poste, etp, coutAnnuel, 12, mois, montant);
        }
    }

    public static BigDecimal montantCalcule(LigneEtp ligne) {
        return ligne.etp().multiply(ligne.cout()).multiply(BigDecimal.valueOf(ligne.mois()))
                .divide(BigDecimal.valueOf(ligne.moisCout()), 2, RoundingMode.HALF_UP);
    }

    public Optional<Constat> verifier(LigneEtp ligne) {
        BigDecimal calcule = montantCalcule(ligne);
        BigDecimal declare = Montants.nz(ligne.montant());
        if (!Constats.different(declare, calcule)) {
            return Optional.empty();
        }
        String message = MessagesConstats.texte(CODE, ligne.poste(), ligne.lieu().fiche(), Constats.euros(declare),
                Constats.euros(calcule), ligne.etp().stripTrailingZeros().toPlainString().replace('.', ','),
                Constats.euros(ligne.cout()), ligne.mois(), ligne.moisCout(),
                Constats.euros(declare.subtract(calcule)));
        return Optional.of(Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, ligne.lieu(), null, declare, calcule,
                message));
    }

    public List<Constat> verifier(List<LigneEtp> lignes) {
        return lignes.stream().map(this::verifier).flatMap(Optional::stream).toList();
    }
}

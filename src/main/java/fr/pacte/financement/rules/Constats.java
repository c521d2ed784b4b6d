package fr.pacte.financement.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** Builds findings the same way for every rule: {@code ecart = declare - calcule}, wording from the bundle. */
final class Constats {

    /** Findings in file order; findings without a line (envelope, global parity) come last. */
    static final Comparator<Constat> PAR_LIGNE =
            Comparator.comparing(Constat::ligne, Comparator.nullsLast(Comparator.naturalOrder()));

    private Constats() {
    }

    static Constat constat(String code, String regle, Gravite gravite, Lieu lieu, Colonne colonne,
            BigDecimal declare, BigDecimal calcule, String message) {
        BigDecimal ecart = declare == null || calcule == null ? null : declare.subtract(calcule);
        return new Constat(code, regle, gravite, lieu.ligne(), colonne == null ? null : colonne.cle(), lieu.champ(),
                lieu.axe(), lieu.fiche(), declare, calcule, ecart, message);
    }

    /** "20 000,00 €" */
    static String euros(BigDecimal montant) {
        return Montants.format(montant);
    }

    static boolean different(BigDecimal declare, BigDecimal calcule) {
        return declare.compareTo(calcule) != 0;
    }

    static List<Constat> trier(List<Constat> constats) {
        return constats.stream().sorted(PAR_LIGNE).toList();
    }
}

package fr.pacte.execution;

import fr.pacte.financement.Sommes;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;

/**
 * The amount columns of a bilan financier row (contracts/execution-rapport.md): État, Département, autres, report and
 * total. For {@code prevu} and {@code execute} the total is their sum; {@code nonConsomme} takes max(0, prévu −
 * exécuté) column by column, its total included.
 */
public record Colonnes(BigDecimal etat, BigDecimal departement, BigDecimal autres, BigDecimal report,
        BigDecimal total) {

    public static final Colonnes ZERO = de(Sommes.ZERO);

    public static Colonnes de(Sommes s) {
        return new Colonnes(s.etat(), s.departement(), s.autres(), s.report(), s.total());
    }

    public static Colonnes nonConsomme(Colonnes prevu, Colonnes execute) {
        return new Colonnes(reste(prevu.etat, execute.etat), reste(prevu.departement, execute.departement),
                reste(prevu.autres, execute.autres), reste(prevu.report, execute.report),
                reste(prevu.total, execute.total));
    }

    private static BigDecimal reste(BigDecimal prevu, BigDecimal execute) {
        BigDecimal r = prevu.subtract(execute);
        return r.signum() < 0 ? Montants.ZERO : r;
    }

    public boolean vide() {
        return etat.signum() == 0 && departement.signum() == 0 && autres.signum() == 0 && report.signum() == 0;
    }
}

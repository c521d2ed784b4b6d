package fr.pacte.financement;

import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * The columns of a tableau financier row or group: A État, B Département (of which valorisation), C autres,
 * report, and F = A + B + C + report. Always computed from lines (DOMAIN.md §3.10), never typed.
 */
public record Sommes(BigDecimal etat, BigDecimal departement, BigDecimal dontValorisation, BigDecimal autres,
        BigDecimal report) {

    /** R-FIN-18: every amount is below 10^13 €. */
    public static final java.math.BigDecimal MAXIMUM = new java.math.BigDecimal("10000000000000");

    public static final Sommes ZERO = new Sommes(Montants.ZERO, Montants.ZERO, Montants.ZERO, Montants.ZERO,
            Montants.ZERO);

    /** R-FIN-1: F = A + B + C (+ report). */
    public BigDecimal total() {
        return etat.add(departement).add(autres).add(report);
    }

    /** R-FIN-20: carried-over credits are kept apart from the year's money, whoever brings them. */
    public Sommes plus(LigneFinancement ligne) {
        BigDecimal m = ligne.getMontant();
        if (ligne.getNature() == Nature.REPORT) {
            return new Sommes(etat, departement, dontValorisation, autres, report.add(m));
        }
        return switch (ligne.getFinanceur()) {
            case ETAT -> new Sommes(etat.add(m), departement, dontValorisation, autres, report);
            case DEPARTEMENT -> new Sommes(etat, departement.add(m),
                    ligne.getNature() == Nature.VALORISATION ? dontValorisation.add(m) : dontValorisation, autres, report);
            case AUTRE -> new Sommes(etat, departement, dontValorisation, autres.add(m), report);
        };
    }

    public Sommes plus(Sommes autre) {
        return new Sommes(etat.add(autre.etat), departement.add(autre.departement),
                dontValorisation.add(autre.dontValorisation), autres.add(autre.autres), report.add(autre.report));
    }

    /** Columns A, B, C and report without the valorisation detail, e.g. a row read from an imported table. */
    public static Sommes de(BigDecimal etat, BigDecimal departement, BigDecimal autres, BigDecimal report) {
        return new Sommes(Montants.nz(etat), Montants.nz(departement), Montants.ZERO, Montants.nz(autres),
                Montants.nz(report));
    }

    public static Sommes somme(Collection<Sommes> sommes) {
        return sommes.stream().reduce(ZERO, Sommes::plus);
    }
}

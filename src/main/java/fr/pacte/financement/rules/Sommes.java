package fr.pacte.financement.rules;

import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/** Amounts of one row or one group per column, at scale 2; the total F is always computed (DOMAIN.md §3.10). */
public record Sommes(BigDecimal etat, BigDecimal departement, BigDecimal autres, BigDecimal report) {

    public static final Sommes ZERO = new Sommes(Montants.ZERO, Montants.ZERO, Montants.ZERO, Montants.ZERO);

    public Sommes {
        etat = Montants.nz(etat);
        departement = Montants.nz(departement);
        autres = Montants.nz(autres);
        report = Montants.nz(report);
    }

    /** F = A + B + C + report (R-FIN-1). */
    public BigDecimal total() {
        return etat.add(departement).add(autres).add(report);
    }

    public BigDecimal get(Colonne colonne) {
        return switch (Objects.requireNonNull(colonne)) {
            case ETAT -> etat;
            case DEPARTEMENT -> departement;
            case AUTRES -> autres;
            case REPORT -> report;
            case TOTAL -> total();
        };
    }

    public Sommes avec(Colonne colonne, BigDecimal montant) {
        return switch (colonne) {
            case ETAT -> new Sommes(montant, departement, autres, report);
            case DEPARTEMENT -> new Sommes(etat, montant, autres, report);
            case AUTRES -> new Sommes(etat, departement, montant, report);
            case REPORT -> new Sommes(etat, departement, autres, montant);
            case TOTAL -> throw new IllegalArgumentException("Le total est calculé, jamais saisi");
        };
    }

    public Sommes plus(Sommes autre) {
        return new Sommes(etat.add(autre.etat), departement.add(autre.departement), autres.add(autre.autres),
                report.add(autre.report));
    }

    public static Sommes somme(Collection<Sommes> sommes) {
        return sommes.stream().reduce(ZERO, Sommes::plus);
    }
}

package fr.pacte.consolidation;

import fr.pacte.execution.Taux;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * M16: the figures of one convention, Département, région or of the country for one exercice. Every total is the
 * sum of its rows' figures ({@link #plus}), every ratio computed from the summed amounts, never averaged: the
 * parity of a région is Σ Département / Σ État of its lines, not the mean of its Départements' parities.
 *
 * @param enveloppeEtat      the State envelope written in the articles for the exercice (montants conventionnels)
 * @param lignesEtat         Σ of the État lines of the tableau financier of the exercice (column A)
 * @param departement        Σ of the Département lines (column B, valorisation included)
 * @param autres             Σ of the other financeurs' lines (column C)
 * @param prevuExecute       the planned total of the conventions whose execution of the exercice is recorded
 * @param execute            the executed total of those conventions; null while none has an execution
 * @param versementsExigibles instalments of the exercice due and not yet ordered (EXIGIBLE)
 * @param versementsOrdonnances instalments ordered, not yet paid (ORDONNANCE)
 * @param versementsPayes    instalments paid (PAYE)
 * @param rapportsDus        reports (bilan final, mi-parcours, annual) of the exercice not yet transmitted
 * @param rapportsEnRetard   of which past their date (R-DATE-3..5)
 */
public record Chiffres(BigDecimal enveloppeEtat, BigDecimal lignesEtat, BigDecimal departement, BigDecimal autres,
        BigDecimal prevuExecute, BigDecimal execute, BigDecimal versementsExigibles, BigDecimal versementsOrdonnances,
        BigDecimal versementsPayes, int rapportsDus, int rapportsEnRetard) {

    private static final BigDecimal CENT = BigDecimal.valueOf(100);

    /** A Département without convention: one row of zeros. */
    public static final Chiffres ZERO = new Chiffres(Montants.ZERO, Montants.ZERO, Montants.ZERO, Montants.ZERO,
            Montants.ZERO, null, Montants.ZERO, Montants.ZERO, Montants.ZERO, 0, 0);

    public Chiffres {
        // money is BigDecimal at scale 2 (STYLE.md: Montant); an amount with more decimals is a bug upstream
        enveloppeEtat = Montants.nz(enveloppeEtat);
        lignesEtat = Montants.nz(lignesEtat);
        departement = Montants.nz(departement);
        autres = Montants.nz(autres);
        prevuExecute = Montants.nz(prevuExecute);
        execute = execute == null ? null : Montants.nz(execute);
        versementsExigibles = Montants.nz(versementsExigibles);
        versementsOrdonnances = Montants.nz(versementsOrdonnances);
        versementsPayes = Montants.nz(versementsPayes);
    }

    /** R-FIN-4 seen from the région: written envelope − Σ État lines (0 when the lines match the articles). */
    public BigDecimal ecartEnveloppe() {
        return enveloppeEtat.subtract(lignesEtat);
    }

    /** F = A + B + C of the exercice. */
    public BigDecimal total() {
        return lignesEtat.add(departement).add(autres);
    }

    /**
     * Parity as the préfecture reads it (R-FIN-5 base ETAT_DEPARTEMENT): Département / État × 100, HALF_UP to the
     * cent; 100,00 % means one euro of the Département for each euro of the State. Null without State money.
     */
    public BigDecimal parite() {
        return lignesEtat.signum() == 0 ? null : departement.multiply(CENT).divide(lignesEtat, 2, RoundingMode.HALF_UP);
    }

    /** The Département's share of A + B (R-FIN-5's ratio: 50,00 % at parity). Null when A + B is 0. */
    public BigDecimal partDepartement() {
        BigDecimal base = lignesEtat.add(departement);
        return base.signum() == 0 ? null : departement.multiply(CENT).divide(base, 2, RoundingMode.HALF_UP);
    }

    /** R-PAY-7: exécuté / prévu of the conventions whose execution is recorded; null where none is. */
    public BigDecimal tauxExecution() {
        return execute == null ? null : Taux.execution(prevuExecute, execute);
    }

    public boolean avecExecution() {
        return execute != null;
    }

    /** The figures of two rows together; an execution missing on both sides stays missing. */
    public Chiffres plus(Chiffres autre) {
        BigDecimal executeSomme = execute == null ? autre.execute
                : autre.execute == null ? execute : execute.add(autre.execute);
        return new Chiffres(enveloppeEtat.add(autre.enveloppeEtat), lignesEtat.add(autre.lignesEtat),
                departement.add(autre.departement), autres.add(autre.autres), prevuExecute.add(autre.prevuExecute),
                executeSomme, versementsExigibles.add(autre.versementsExigibles),
                versementsOrdonnances.add(autre.versementsOrdonnances), versementsPayes.add(autre.versementsPayes),
                rapportsDus + autre.rapportsDus, rapportsEnRetard + autre.rapportsEnRetard);
    }

    public static Chiffres somme(java.util.Collection<Chiffres> chiffres) {
        return chiffres.stream().reduce(ZERO, Chiffres::plus);
    }
}

package fr.pacte.indicateur;

/**
 * A value as printed in one place of an imported document (fiche table, annexe 1, annexe 4): a declared figure,
 * never used as data (R-IND-1). {@code valeur} is null when the cell was printed empty.
 */
public record ValeurImprimee(Annexe annexe, Periode periode, String texteImprime, Valeur valeur) {

    /** The cell as printed, or the value's own text. */
    public String commeImprime() {
        if (texteImprime != null && !texteImprime.isBlank()) {
            return texteImprime;
        }
        return valeur == null ? null : valeur.affichage();
    }
}

package fr.pacte.financement;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The amount columns of a fiche's budget grid: one per financeur × nature (R-FIN-15). The six that real annexes use
 * are always shown; the three others appear when a fiche has such a line, so that a saved line never changes nature
 * (an État valorisation stays an État valorisation).
 */
public enum ColonneBudget {
    ETAT_CREDITS(Financeur.ETAT, Nature.CREDITS_NOUVEAUX, "etat", true),
    ETAT_VALORISATION(Financeur.ETAT, Nature.VALORISATION, null, false),
    ETAT_REPORT(Financeur.ETAT, Nature.REPORT, "etatReport", true),
    DEPARTEMENT_CREDITS(Financeur.DEPARTEMENT, Nature.CREDITS_NOUVEAUX, "departement", true),
    DEPARTEMENT_VALORISATION(Financeur.DEPARTEMENT, Nature.VALORISATION, "valorisation", true),
    DEPARTEMENT_REPORT(Financeur.DEPARTEMENT, Nature.REPORT, "departementReport", true),
    AUTRES(Financeur.AUTRE, Nature.CREDITS_NOUVEAUX, "autres", true),
    AUTRES_VALORISATION(Financeur.AUTRE, Nature.VALORISATION, null, false),
    AUTRES_REPORT(Financeur.AUTRE, Nature.REPORT, null, false);

    private final Financeur financeur;
    private final Nature nature;
    private final String champ;
    private final boolean standard;

    ColonneBudget(Financeur financeur, Nature nature, String champ, boolean standard) {
        this.financeur = financeur;
        this.nature = nature;
        this.champ = champ;
        this.standard = standard;
    }

    public Financeur financeur() {
        return financeur;
    }

    public Nature nature() {
        return nature;
    }

    /** The name of the form field of a standard column ({@code budget[0].etat}), null for the others. */
    public String champ() {
        return champ;
    }

    public boolean standard() {
        return standard;
    }

    /** Message key of the column header ({@code budget.col.ETAT_CREDITS}). */
    public String cleLibelle() {
        return "budget.col." + name();
    }

    public static List<ColonneBudget> standards() {
        return Arrays.stream(values()).filter(ColonneBudget::standard).toList();
    }

    /** The column of a financeur × nature; every pair has one, nothing is ever coerced into another. */
    public static ColonneBudget de(Financeur financeur, Nature nature) {
        return Arrays.stream(values()).filter(c -> c.financeur == financeur && c.nature == nature).findFirst()
                .orElseThrow();
    }

    /** A column named by a form; empty for a tampered name (a field error, never a guess). */
    public static Optional<ColonneBudget> parNom(String nom) {
        return Arrays.stream(values()).filter(c -> c.name().equals(nom)).findFirst();
    }
}

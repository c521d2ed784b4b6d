package fr.pacte.indicateur;

import fr.pacte.shared.Messages;
import java.util.Locale;

/**
 * One cell of an indicator's time line: the T0 of its baseline year, or the cible / résultat of a year.
 * The T0 "situation au 31/12/2023" has annee 2023.
 */
public record Periode(int annee, NatureValeur nature) implements Comparable<Periode> {

    public static Periode t0(int annee) {
        return new Periode(annee, NatureValeur.T0);
    }

    public static Periode cible(int annee) {
        return new Periode(annee, NatureValeur.CIBLE);
    }

    public static Periode resultat(int annee) {
        return new Periode(annee, NatureValeur.RESULTAT);
    }

    /** Stable code used as the {@code colonne} of a finding: {@code t0}, {@code cible_2024}, {@code resultat_2024}. */
    public String code() {
        return nature == NatureValeur.T0 ? "t0" : nature.name().toLowerCase(Locale.ROOT) + "_" + annee;
    }

    /** French label: « T0 (situation au 31/12/2023) », « cible 2024 », « résultat 2024 ». */
    public String libelle() {
        return switch (nature) {
            case T0 -> Messages.texte("indicateur.periode.t0", String.valueOf(annee));
            case CIBLE -> Messages.texte("indicateur.periode.cible", String.valueOf(annee));
            case RESULTAT -> Messages.texte("indicateur.periode.resultat", String.valueOf(annee));
        };
    }

    @Override
    public int compareTo(Periode autre) {
        if (annee != autre.annee) {
            return Integer.compare(annee, autre.annee);
        }
        return nature.compareTo(autre.nature);
    }
}

package fr.pacte.indicateur;

import java.util.List;

/**
 * Special values that are values, not blanks (R-IND-4). Each code prints as in the sources; "-" and "*" are kept
 * as TIRET / ASTERISQUE with a warning asking what they mean (DOMAIN.md Q7). ACTION_NOUVELLE and NOUVELLE_ACTION
 * mean the same thing and are both kept so that the annexes print what was written.
 */
public enum CodeValeur {
    NON_CONNU("Non connu", "non connu", "non connue", "inconnu"),
    NC("N.c", "nc", "non communique"),
    ACTION_NOUVELLE("Action nouvelle", "action nouvelle"),
    NOUVELLE_ACTION("Nouvelle action", "nouvelle action"),
    NEANT("Néant", "neant"),
    SANS_OBJET("Sans objet", "sans objet", "non concerne"),
    NON_EVALUABLE("Non évaluable", "non evaluable"),
    NON_DETERMINE("Non déterminé", "non determine", "non determines", "non determinee", "non determinees"),
    NON_COMPARABLE("Non comparable", "non comparable"),
    ACTION_NON_DEMARREE("Action non démarrée", "action non demarree", "non demarree"),
    TIRET("-", "-"),
    ASTERISQUE("*", "*");

    private final String libelle;
    private final List<String> formes;

    CodeValeur(String libelle, String... formes) {
        this.libelle = libelle;
        this.formes = List.of(formes);
    }

    /** The value as printed in an annex: « Non connu », « - ». */
    public String libelle() {
        return libelle;
    }

    /** Normalised spellings (lower case, no accent, no punctuation) read as this code. */
    List<String> formes() {
        return formes;
    }

    /** A code whose meaning nobody wrote down: the user is asked to replace it (R-IND-4). */
    public boolean aPreciser() {
        return this == TIRET || this == ASTERISQUE;
    }

    /** Same meaning, for comparisons across annexes: « Action nouvelle » is « Nouvelle action ». */
    public CodeValeur sens() {
        return this == NOUVELLE_ACTION ? ACTION_NOUVELLE : this;
    }
}

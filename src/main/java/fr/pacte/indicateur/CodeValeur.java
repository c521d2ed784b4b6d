package fr.pacte.indicateur;

import fr.pacte.shared.Messages;
import java.util.List;

/**
 * Special values that are values, not blanks (R-IND-4). Each code prints as in the sources (its label is
 * {@code indicateur.code.<CODE>} in messages.properties); "-" and "*" are kept as TIRET / ASTERISQUE with a warning
 * asking what they mean (DOMAIN.md Q7). ACTION_NOUVELLE and NOUVELLE_ACTION mean the same thing and are both kept so
 * that the annexes print what was written. The constants list the spellings the parser reads as each code.
 */
public enum CodeValeur {
    NON_CONNU("non connu", "non connue", "inconnu"),
    NC("nc", "non communique"),
    ACTION_NOUVELLE("action nouvelle"),
    NOUVELLE_ACTION("nouvelle action"),
    NEANT("neant"),
    SANS_OBJET("sans objet", "non concerne"),
    NON_EVALUABLE("non evaluable"),
    NON_DETERMINE("non determine", "non determines", "non determinee", "non determinees"),
    NON_COMPARABLE("non comparable"),
    ACTION_NON_DEMARREE("action non demarree", "non demarree"),
    TIRET("-"),
    ASTERISQUE("*");

    private final List<String> formes;

    CodeValeur(String... formes) {
        this.formes = List.of(formes);
    }

    /** The value as printed in an annex: « Non connu », « - » (messages.properties, indicateur.code.*). */
    public String libelle() {
        return Messages.texte("indicateur.code." + name());
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

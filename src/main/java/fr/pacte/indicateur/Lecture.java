package fr.pacte.indicateur;

import java.util.List;

/** A typed value read from a text, with what the parser noticed (FX-19). */
public record Lecture(Valeur valeur, List<Remarque> remarques) {

    public Lecture {
        remarques = List.copyOf(remarques);
    }

    public static Lecture de(Valeur valeur, Remarque... remarques) {
        return new Lecture(valeur, List.of(remarques));
    }
}

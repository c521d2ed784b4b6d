package fr.pacte.indicateur;

/** National indicators come from the State framework (annexe 4, annexe 8); local ones from the fiches. */
public enum Portee {
    NATIONAL, LOCAL
}

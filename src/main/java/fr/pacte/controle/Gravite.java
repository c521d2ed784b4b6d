package fr.pacte.controle;

/** Severity of a finding: an ERREUR blocks (import, submission), an AVERTISSEMENT informs (DOMAIN.md §5). */
public enum Gravite {
    ERREUR, AVERTISSEMENT, INFO
}

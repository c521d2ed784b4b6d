package fr.pacte.controle;

/**
 * Severity of a finding: an ERREUR blocks (import, submission), an AVERTISSEMENT informs (DOMAIN.md §5). Its French
 * label is {@code controle.gravite.<NAME>} in messages.properties.
 */
public enum Gravite {
    ERREUR, AVERTISSEMENT, INFO
}

package fr.pacte.convention;

/** DOMAIN.md §3.7: an instalment paid once, an advance, the balance (amount minus earlier instalments), a complement. */
public enum TypeVersement {
    UNIQUE, ACOMPTE, SOLDE, COMPLEMENT
}

package fr.pacte.indicateur;

/** A value typed in the annual entry is SAISIE (draft) until the year's results are submitted (R-WF-8). */
public enum StatutValeur {
    SAISIE, SOUMISE
}

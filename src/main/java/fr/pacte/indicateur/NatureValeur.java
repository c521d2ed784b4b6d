package fr.pacte.indicateur;

/** T0 (baseline), target or achieved result of one period (R-IND-2). */
public enum NatureValeur {
    T0, CIBLE, RESULTAT
}

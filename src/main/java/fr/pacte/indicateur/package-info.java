/**
 * Indicators of a convention: the catalogue (local and national), their link to fiches and axes, typed values per
 * year (T0, cible, résultat), rates, attainment, the Annexe 1 / Annexe 4 matrices and the annual entry (R-IND rules).
 */
package fr.pacte.indicateur;

/**
 * Deadlines derived from the clauses, never typed (R-DATE-3..5, DOMAIN.md §6.8): bilan final, rapport mi-parcours,
 * rapport annuel, dénonciation and avenant of the exercice per champ, with their status against an injected clock.
 */
package fr.pacte.echeance;

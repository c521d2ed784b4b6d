/**
 * Régions and Départements (the reference data of the INSEE codes) and the organisations attached to them: the
 * territories that scope every convention and every user.
 */
package fr.pacte.territoire;

/** Régions and Départements: the territories that scope every convention and every user. */
package fr.pacte.territoire;

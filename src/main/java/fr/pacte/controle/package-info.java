/** Findings (constats) produced by the rules of every feature, and their common shape. */
package fr.pacte.controle;

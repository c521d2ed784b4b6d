/** Conventions, their parties, délibérations, champs, axes and fiches-actions (DOMAIN.md §3.2-3.4). */
package fr.pacte.convention;

/**
 * Review of fiches-actions by the préfecture (DOMAIN.md §6.3, R-WF-1..4, R-SEC-7): the state of each fiche in the
 * version under review and its history, the review of each financing line with comments and answers, the locks that
 * a review puts on a fiche, and the reviewers' inbox « À traiter » with its count in the header.
 */
package fr.pacte.revue;

/**
 * Execution (R-PAY-7, R-PAY-12): the amounts actually spent per fiche × axe × exercice × financeur × nature, with date
 * and piece, in their own table; the bilan financier (prévu / exécuté / non consommé / taux per fiche, axe, champ),
 * its findings (SOUS_CONSOMMATION, SUR_EXECUTION, EXECUTION_SANS_PREVU, REPORT_EXCESSIF) and the reduction "à due
 * concurrence" proposed per action.
 */
package fr.pacte.execution;

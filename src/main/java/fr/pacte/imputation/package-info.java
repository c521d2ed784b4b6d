/**
 * Imputations and payee account (M17, R-PAY-5, R-PAY-6): the State imputation of a champ or axe (programme, centre
 * financier, centre de coût, domaine fonctionnel, activité, EJ per exercice), the departmental imputation of a fiche's
 * lines ({@code 65-555-65748}) and the payee account with its checks; bank details for finance roles only (R-SEC-9).
 */
package fr.pacte.imputation;

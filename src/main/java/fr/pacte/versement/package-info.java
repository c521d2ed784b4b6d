/**
 * State payments (DOMAIN.md §6.6, §7.6, R-PAY-1..4, R-PAY-9, R-PAY-11): the schedule of each champ and exercice
 * computed from its rule and the exercice's amount, the statuses and their French reasons, the transitions recorded
 * by FINANCES_ETAT of the région, the credits of an exercice (nouveaux, reportés, versés) and the trop-perçu.
 */
package fr.pacte.versement;

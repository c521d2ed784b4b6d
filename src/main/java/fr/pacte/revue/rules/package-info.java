/** The guards of the fiche review (R-WF-2, R-WF-3, R-SEC-7) as plain Java: findings, not exceptions. */
package fr.pacte.revue.rules;

/** The avenant's rules (R-FIN-22, R-PAY-8, R-ADM-3, R-ADM-4) as plain Java: findings, not exceptions. */
package fr.pacte.avenant.rules;

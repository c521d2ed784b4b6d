/**
 * Avenants (DOMAIN.md §3.7, §6.4; contracts/avenant.md): the document of an avenant written into the convention's
 * draft version, its transitions PROJET → EN_REVUE → ACCORD → DELIBERE → EN_VIGUEUR (or ABANDONNE) with their
 * guards, its délibération (R-ADM-3, R-ADM-4) and signature (entry into force, R-DATE-6), the comparison « avant /
 * après » with R-FIN-22 and R-PAY-8, and the yearly starting point « reconduire les montants de l'exercice N-1 ».
 */
package fr.pacte.avenant;

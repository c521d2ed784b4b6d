/**
 * The rapport d'exécution and the bilan final (DOMAIN.md §6.5, §7.5, R-WF-7, R-IND-13): one model per champ and
 * period (bilan financier, results and narrative per action, indicator matrix, synthèse), its exports (XLSX, DOCX,
 * PDF from the page's HTML, ODS, ODT), its cycle BROUILLON → PRET → DELIBERE → TRANSMIS and, from TRANSMIS on, its
 * files frozen as stored bytes with their SHA-256; transmitting unlocks the gated versements (R-PAY-3, R-PAY-11).
 */
package fr.pacte.rapport;

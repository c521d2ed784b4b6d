/**
 * A convention as a document (contracts/convention.md): the JSON document and the XLSX workbook that carry a whole
 * convention (identity, parties, délibération, champs, axe tree, fiches, montants conventionnels, lines, declared
 * figures, indicators), their validation into {@code DOCUMENT_INVALIDE} findings, and the use cases that create a
 * convention from one, replace it while in ELABORATION and export it.
 */
package fr.pacte.document;

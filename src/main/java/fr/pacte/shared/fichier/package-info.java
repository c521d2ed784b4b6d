/**
 * Reading uploaded files without letting them take the server down (issue 13, item 1): one bounded XLSX reader,
 * {@link fr.pacte.shared.fichier.ClasseurXlsx}, that streams the sheets and never expands a merged region beyond the
 * cells that hold data, and the limits of every upload path in one place, {@link fr.pacte.shared.fichier.LimitesFichier}
 * (tableau financier, convention workbook, execution file). A file over a limit gives a
 * {@link fr.pacte.shared.fichier.FichierIllisibleException} with a French message, ready for a 400.
 */
package fr.pacte.shared.fichier;

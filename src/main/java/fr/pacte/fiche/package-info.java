/**
 * The fiche-action as its users see it: the composite page (description, budget, indicators) and the form that
 * changes a fiche's description, axes and money in one step. Reads through the public services of convention,
 * financement and indicateur; nothing depends on this package.
 */
package fr.pacte.fiche;

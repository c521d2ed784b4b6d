/**
 * The consolidation of the conventions of a région (or of the country) for one exercice (M16, R-SEC-4): one row per
 * Département of the scope, région sub-totals and a national total, computed from the other features' public services;
 * its page, its JSON API and its XLSX export.
 */
package fr.pacte.consolidation;

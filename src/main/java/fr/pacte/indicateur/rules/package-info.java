/** R-IND rules (DOMAIN.md §5.3): plain Java, one class per rule, each returning findings ({@code Constat}). */
package fr.pacte.indicateur.rules;

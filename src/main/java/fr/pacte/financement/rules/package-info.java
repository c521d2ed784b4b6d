/**
 * The money rules of DOMAIN.md §5.1 (R-FIN) and the arithmetic of §5.2 (R-PAY): plain Java, one class per rule,
 * each returning {@link fr.pacte.controle.Constat}s; {@link fr.pacte.financement.rules.MoteurControles} runs them
 * over an imported table or a convention's stored figures.
 */
package fr.pacte.financement.rules;

/** The execution rules (R-PAY-7, R-PAY-8, R-PAY-12): plain Java, one class per rule, findings not exceptions. */
package fr.pacte.execution.rules;

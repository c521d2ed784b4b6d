/** R-PAY-5 and R-PAY-6: the State imputation and the payee account checks, plain Java returning findings. */
package fr.pacte.imputation.rules;

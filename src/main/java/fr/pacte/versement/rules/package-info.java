/** R-PAY-2, R-PAY-3, R-PAY-9, R-PAY-11: payment conditions and the trop-perçu, plain Java. */
package fr.pacte.versement.rules;

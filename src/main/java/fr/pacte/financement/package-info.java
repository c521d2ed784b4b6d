/** Money of a convention: financing lines, declared amounts, and the tableau financier computed from the lines. */
package fr.pacte.financement;

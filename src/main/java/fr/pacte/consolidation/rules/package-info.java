/** Plain-Java rules of the consolidation (M16): which national indicators may be summed. */
package fr.pacte.consolidation.rules;

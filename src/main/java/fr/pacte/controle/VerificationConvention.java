package fr.pacte.controle;

import fr.pacte.convention.ConventionLue;
import java.util.List;

/**
 * A feature that checks a convention's stored data for one exercice and says what it finds (money, indicators). It
 * works on the scoped snapshot of the version being shown, read once per request.
 */
public interface VerificationConvention {

    List<Constat> constats(ConventionLue convention, int annee);
}

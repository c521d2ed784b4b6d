package fr.pacte.controle;

import java.util.List;

/**
 * A feature that checks a convention's stored data for one exercice and says what it finds (money today, indicators
 * later). Implementations load the convention within the user's périmètre: an id outside it answers 404.
 */
public interface VerificationConvention {

    List<Constat> constats(Long conventionId, int annee);
}

package fr.pacte.echeance;

/** A deadline is to come, near (within 30 days), past, or met (the report was transmitted). */
public enum StatutEcheance {
    A_VENIR, PROCHE, DEPASSEE, TENUE
}

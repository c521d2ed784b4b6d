package fr.pacte.indicateur;

/** How a series adds up over time: a CUMUL is non-decreasing and never summed again (R-IND-7). */
public enum NatureMesure {
    FLUX, STOCK, CUMUL
}

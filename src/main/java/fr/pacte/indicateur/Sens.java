package fr.pacte.indicateur;

/** Desired direction of an indicator; drives the attainment rate (R-IND-12). */
public enum Sens {
    HAUSSE, BAISSE, MAINTIEN, SANS
}

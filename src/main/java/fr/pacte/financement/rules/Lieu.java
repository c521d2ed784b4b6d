package fr.pacte.financement.rules;

/**
 * Where a finding points: a line of an imported file, and/or a champ, axe and fiche of a convention.
 * Every part may be null.
 */
public record Lieu(Integer ligne, String champ, String axe, String fiche) {

    public static final Lieu NULLE_PART = new Lieu(null, null, null, null);

    public static Lieu ligne(Integer ligne) {
        return new Lieu(ligne, null, null, null);
    }
}

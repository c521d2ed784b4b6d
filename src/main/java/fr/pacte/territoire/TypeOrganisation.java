package fr.pacte.territoire;

/** What an organisation is, and the territory it hangs on: a Département or a région. */
public enum TypeOrganisation {
    /** The collectivité: Conseil départemental (or the collectivité that holds its powers). */
    DEPARTEMENT(Rattachement.DEPARTEMENT),
    /** A service of the collectivité (direction des finances, DGAS…). */
    SERVICE_DEPARTEMENT(Rattachement.DEPARTEMENT),
    PREFECTURE_DEPARTEMENT(Rattachement.DEPARTEMENT),
    /** A State service of the Département (DDETS, DDFiP…). */
    SERVICE_ETAT_DEPARTEMENT(Rattachement.DEPARTEMENT),
    PREFECTURE_REGION(Rattachement.REGION),
    /** A State service of the région (SGAR, DREETS…). */
    SERVICE_ETAT_REGION(Rattachement.REGION);

    public enum Rattachement { DEPARTEMENT, REGION }

    private final Rattachement rattachement;

    TypeOrganisation(Rattachement rattachement) {
        this.rattachement = rattachement;
    }

    public Rattachement rattachement() {
        return rattachement;
    }
}

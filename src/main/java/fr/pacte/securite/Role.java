package fr.pacte.securite;

/** R-SEC-1: the roles of Pacte. Département roles, préfecture roles and the administrator. */
public enum Role {
    AGENT_DEPARTEMENT,
    VALIDEUR_DEPARTEMENT,
    FINANCES_DEPARTEMENT,
    AGENT_PREFECTURE_DEPARTEMENT,
    AGENT_PREFECTURE_REGION,
    FINANCES_ETAT,
    LECTEUR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}

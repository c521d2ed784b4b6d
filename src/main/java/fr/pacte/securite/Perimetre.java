package fr.pacte.securite;

/**
 * What a user may see (R-SEC-2..4): the conventions of one Département (Département staff and préfecture de
 * département), of every Département of a région (préfecture de région), or everything (administrator).
 */
public record Perimetre(Role role, Long departementId, Long regionId) {

    public boolean tout() {
        return role == Role.ADMIN;
    }

    public boolean estDepartement() {
        return role == Role.AGENT_DEPARTEMENT || role == Role.VALIDEUR_DEPARTEMENT || role == Role.FINANCES_DEPARTEMENT;
    }
}

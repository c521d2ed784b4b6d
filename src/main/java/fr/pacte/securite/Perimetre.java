package fr.pacte.securite;

import java.io.Serializable;

/**
 * What a user may see (R-SEC-2..4): the conventions of one Département (Département staff and préfecture de
 * département), of every Département of a région (préfecture de région), or everything (administrator).
 * Serializable: it travels in the session, which lives in PostgreSQL (Spring Session JDBC).
 */
public record Perimetre(Role role, Long departementId, Long regionId) implements Serializable {

    public boolean tout() {
        return role == Role.ADMIN;
    }

    public boolean estDepartement() {
        return role == Role.AGENT_DEPARTEMENT || role == Role.VALIDEUR_DEPARTEMENT || role == Role.FINANCES_DEPARTEMENT;
    }
}

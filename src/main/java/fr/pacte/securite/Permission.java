package fr.pacte.securite;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user may do on a convention, and which roles may (R-SEC-1..5): the one role matrix of Pacte. Reads are
 * scoped by the queries themselves (R-SEC-2); these are the writes. The review and avenant features add their moves
 * here.
 */
public enum Permission {
    /** R-SEC-2: the Département's editors write fiches, budgets and their import. */
    MODIFIER_FICHE(Role.AGENT_DEPARTEMENT),
    IMPORTER_TABLEAU(Role.AGENT_DEPARTEMENT),
    /** Indicator values (T0, cibles, résultats) and their submission (issue 5). */
    SAISIR_INDICATEURS(Role.AGENT_DEPARTEMENT),
    /** R-SEC-13: the Département's agents (and the administrator) create the conventions of their Département. */
    CREER_CONVENTION(Role.AGENT_DEPARTEMENT, Role.ADMIN),
    /** R-SEC-13: champs, axes, fiches and montants conventionnels of a convention still in ELABORATION. */
    MODIFIER_STRUCTURE(Role.AGENT_DEPARTEMENT, Role.ADMIN);

    private final Set<Role> roles;

    Permission(Role premier, Role... autres) {
        this.roles = EnumSet.of(premier, autres);
    }

    public boolean accordeeA(Role role) {
        return roles.contains(role);
    }
}

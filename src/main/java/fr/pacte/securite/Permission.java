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

    // --- exécution, versements, rapport (issue 11) ---
    /** Executed amounts of an exercice and the justification of a sous-consommation (R-PAY-7). */
    SAISIR_EXECUTION(Role.AGENT_DEPARTEMENT, Role.FINANCES_DEPARTEMENT),
    /** A rapport d'exécution is created and moved through §6.5 by the Département's finance officers (R-SEC-1). */
    CREER_RAPPORT(Role.FINANCES_DEPARTEMENT),
    /** The narratives of a report in draft: any Département agent. */
    ECRIRE_RECITS(Role.AGENT_DEPARTEMENT, Role.VALIDEUR_DEPARTEMENT, Role.FINANCES_DEPARTEMENT),
    /** BROUILLON → PRET (R-IND-13 guard): the validator or the finance officer (§6.5). */
    PREPARER_RAPPORT(Role.VALIDEUR_DEPARTEMENT, Role.FINANCES_DEPARTEMENT),
    /** PRET → DELIBERE → TRANSMIS: délibération and transmission to both préfets, files frozen (R-WF-7). */
    TRANSMETTRE_RAPPORT(Role.FINANCES_DEPARTEMENT),
    /** Versements: ordering, payment, cancellation by the State's finance services of the région (§6.6, R-SEC-4). */
    ORDONNANCER_VERSEMENT(Role.FINANCES_ETAT),
    /** The State imputation of a champ or axe and its EJ per exercice (R-PAY-5). */
    MODIFIER_IMPUTATION_ETAT(Role.FINANCES_ETAT),
    /** The departmental imputation of a fiche's lines and the payee account (R-PAY-6). */
    MODIFIER_IMPUTATION_DEPARTEMENT(Role.FINANCES_DEPARTEMENT),
    /** R-SEC-9: bank details are visible to finance roles only. */
    VOIR_COMPTE_BANCAIRE(Role.FINANCES_DEPARTEMENT, Role.FINANCES_ETAT),

    // --- document de convention (issue 9) ---
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

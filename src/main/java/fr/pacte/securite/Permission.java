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

    // --- revue, avenants, journal (issue 10): one move each; contracts/avenant.md gives who may make it ---
    /** Fiche review (DOMAIN.md §6.3): BROUILLON, A_CORRIGER or EN_MODIFICATION → SOUMISE, and SOUMISE → BROUILLON. */
    SOUMETTRE_FICHE(Role.VALIDEUR_DEPARTEMENT),
    /** SOUMISE → EN_REVUE: the DDETS opens the review. */
    OUVRIR_REVUE_FICHE(Role.AGENT_PREFECTURE_DEPARTEMENT),
    /** EN_REVUE → A_CORRIGER, with a comment. */
    RENVOYER_FICHE(Role.AGENT_PREFECTURE_DEPARTEMENT, Role.AGENT_PREFECTURE_REGION),
    /** EN_REVUE → VALIDEE (R-SEC-6: never an administrator). */
    VALIDER_FICHE(Role.AGENT_PREFECTURE_DEPARTEMENT),
    /** VALIDEE → EN_MODIFICATION inside an avenant's draft, with a comment. */
    ROUVRIR_FICHE(Role.VALIDEUR_DEPARTEMENT, Role.AGENT_PREFECTURE_DEPARTEMENT, Role.AGENT_PREFECTURE_REGION),
    /** R-WF-2: a line accepted or contested (with a comment) by the préfecture. */
    REVOIR_LIGNE(Role.AGENT_PREFECTURE_DEPARTEMENT, Role.AGENT_PREFECTURE_REGION),
    /** The Département's answer to a contested line. */
    REPONDRE_REVUE(Role.AGENT_DEPARTEMENT, Role.VALIDEUR_DEPARTEMENT),
    /** An avenant's document: created, replaced while PROJET, or entered as already signed (historical). */
    PREPARER_AVENANT(Role.AGENT_DEPARTEMENT),
    /** Avenant PROJET → EN_REVUE. */
    SOUMETTRE_AVENANT(Role.VALIDEUR_DEPARTEMENT, Role.AGENT_DEPARTEMENT),
    /** Avenant EN_REVUE → PROJET (objection, with a comment) or → ACCORD. */
    REVOIR_AVENANT(Role.AGENT_PREFECTURE_DEPARTEMENT, Role.AGENT_PREFECTURE_REGION),
    /** Avenant ACCORD → DELIBERE (the délibération) and DELIBERE → EN_VIGUEUR (the signature). */
    DELIBERER_AVENANT(Role.FINANCES_DEPARTEMENT),
    /** Avenant PROJET, EN_REVUE or ACCORD → ABANDONNE, by either party, with a comment. */
    ABANDONNER_AVENANT(Role.AGENT_DEPARTEMENT, Role.VALIDEUR_DEPARTEMENT, Role.AGENT_PREFECTURE_DEPARTEMENT,
            Role.AGENT_PREFECTURE_REGION),
    /** R-SEC-10: the audit journal, read by the finance roles and ADMIN of the scope and by the préfecture. */
    LIRE_JOURNAL(Role.FINANCES_DEPARTEMENT, Role.FINANCES_ETAT, Role.AGENT_PREFECTURE_DEPARTEMENT,
            Role.AGENT_PREFECTURE_REGION, Role.ADMIN),
    // --- document de convention (issue 9) ---
    /** R-SEC-13: the Département's agents (and the administrator) create the conventions of their Département. */
    CREER_CONVENTION(Role.AGENT_DEPARTEMENT, Role.ADMIN),
    /** R-SEC-13: champs, axes, fiches and montants conventionnels of a convention still in ELABORATION. */
    MODIFIER_STRUCTURE(Role.AGENT_DEPARTEMENT, Role.ADMIN),
    // --- région et national (issue 12) ---
    /**
     * M16, R-SEC-4: the regional consolidation, read by the préfecture de région and the State's finance services of
     * a région, a reader on a région, and the administrator for the whole country; never on a Département's périmètre
     * ({@link Autorisations#exigerSurUneRegion}).
     */
    VOIR_CONSOLIDATION(Role.AGENT_PREFECTURE_REGION, Role.FINANCES_ETAT, Role.LECTEUR, Role.ADMIN);

    private final Set<Role> roles;

    Permission(Role premier, Role... autres) {
        this.roles = EnumSet.of(premier, autres);
    }

    public boolean accordeeA(Role role) {
        return roles.contains(role);
    }
}

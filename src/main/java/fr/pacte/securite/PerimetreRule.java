package fr.pacte.securite;

import fr.pacte.territoire.Referentiel.OrganisationVue;
import fr.pacte.territoire.TypeOrganisation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * R-SEC-1..4: the périmètre a role needs. Département roles and the préfecture de département work on one
 * Département (R-SEC-2, R-SEC-3), préfecture de région and State finance roles on one région (R-SEC-4), a reader on
 * one or the other, the administrator on everything (R-SEC-6). The account's organisation lies in that périmètre and
 * is of the side of its role: a Département agent is never labelled a préfecture.
 */
final class PerimetreRule {

    private static final Set<Role> DEPARTEMENT = EnumSet.of(Role.AGENT_DEPARTEMENT, Role.VALIDEUR_DEPARTEMENT,
            Role.FINANCES_DEPARTEMENT, Role.AGENT_PREFECTURE_DEPARTEMENT);
    private static final Set<Role> REGION = EnumSet.of(Role.AGENT_PREFECTURE_REGION, Role.FINANCES_ETAT);

    private PerimetreRule() {
    }

    static List<Refus> verifier(Role role, Long departementId, Long regionId, OrganisationVue organisation) {
        List<Refus> refus = new ArrayList<>();
        if (role == null) {
            refus.add(Refus.de("role", "compte.role.obligatoire"));
            return refus;
        }
        if (DEPARTEMENT.contains(role)) {
            if (departementId == null) {
                refus.add(Refus.de("departementId", "compte.departement.obligatoire"));
            }
            if (regionId != null) {
                refus.add(Refus.de("regionId", "compte.region.interdite"));
            }
        } else if (REGION.contains(role)) {
            if (regionId == null) {
                refus.add(Refus.de("regionId", "compte.region.obligatoire"));
            }
            if (departementId != null) {
                refus.add(Refus.de("departementId", "compte.departement.interdit"));
            }
        } else if (role == Role.LECTEUR) {
            if ((departementId == null) == (regionId == null)) {
                refus.add(Refus.de("departementId", "compte.lecteur.perimetre"));
            }
        } else if (departementId != null || regionId != null) {
            refus.add(Refus.de("departementId", "compte.admin.perimetre"));
        }
        if (organisation == null) {
            if (role != Role.ADMIN) {
                refus.add(Refus.de("organisationId", "compte.organisation.obligatoire"));
            }
        } else if (!refus.isEmpty()) {
            return refus;
        } else if (role != Role.ADMIN && !dansLePerimetre(organisation, departementId, regionId)) {
            refus.add(Refus.de("organisationId", "compte.organisation.horsPerimetre", organisation.nom()));
        } else if (!typesDuRole(role).contains(organisation.type())) {
            refus.add(Refus.de("organisationId", "compte.organisation.autreCote", organisation.nom()));
        }
        return refus;
    }

    private static boolean dansLePerimetre(OrganisationVue organisation, Long departementId, Long regionId) {
        return departementId != null ? departementId.equals(organisation.departementId())
                : regionId.equals(organisation.regionId());
    }

    private static Set<TypeOrganisation> typesDuRole(Role role) {
        return switch (role) {
            case AGENT_DEPARTEMENT, VALIDEUR_DEPARTEMENT, FINANCES_DEPARTEMENT ->
                    EnumSet.of(TypeOrganisation.DEPARTEMENT, TypeOrganisation.SERVICE_DEPARTEMENT);
            case AGENT_PREFECTURE_DEPARTEMENT ->
                    EnumSet.of(TypeOrganisation.PREFECTURE_DEPARTEMENT, TypeOrganisation.SERVICE_ETAT_DEPARTEMENT);
            case AGENT_PREFECTURE_REGION, FINANCES_ETAT ->
                    EnumSet.of(TypeOrganisation.PREFECTURE_REGION, TypeOrganisation.SERVICE_ETAT_REGION);
            case LECTEUR, ADMIN -> EnumSet.allOf(TypeOrganisation.class);
        };
    }
}

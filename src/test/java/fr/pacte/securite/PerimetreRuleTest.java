package fr.pacte.securite;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.territoire.Referentiel.OrganisationVue;
import fr.pacte.territoire.TypeOrganisation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PerimetreRuleTest {

    private static final long DEUX_SEVRES = 79L;
    private static final long VIENNE = 86L;
    private static final long NOUVELLE_AQUITAINE = 75L;
    private static final OrganisationVue DEPARTEMENT_79 = new OrganisationVue(1L, TypeOrganisation.DEPARTEMENT,
            "Département des Deux-Sèvres", DEUX_SEVRES, null, "79", "Deux-Sèvres");
    private static final OrganisationVue PREFECTURE_79 = new OrganisationVue(2L, TypeOrganisation.PREFECTURE_DEPARTEMENT,
            "Préfecture des Deux-Sèvres", DEUX_SEVRES, null, "79", "Deux-Sèvres");
    private static final OrganisationVue PREFECTURE_NA = new OrganisationVue(3L, TypeOrganisation.PREFECTURE_REGION,
            "Préfecture de la région Nouvelle-Aquitaine", null, NOUVELLE_AQUITAINE, "75", "Nouvelle-Aquitaine");

    private static List<String> codes(Role role, Long departement, Long region, OrganisationVue organisation) {
        return PerimetreRule.verifier(role, departement, region, organisation).stream().map(Refus::code).toList();
    }

    @Test
    @DisplayName("R-SEC-2 — un agent des Deux-Sèvres : le Département 79 et son organisation")
    void aDepartementAgentWorksOnItsDepartement() {
        assertThat(codes(Role.AGENT_DEPARTEMENT, DEUX_SEVRES, null, DEPARTEMENT_79)).isEmpty();
        assertThat(codes(Role.AGENT_DEPARTEMENT, null, null, DEPARTEMENT_79))
                .containsExactly("compte.departement.obligatoire");
        assertThat(codes(Role.AGENT_DEPARTEMENT, DEUX_SEVRES, NOUVELLE_AQUITAINE, DEPARTEMENT_79))
                .containsExactly("compte.region.interdite");
        assertThat(codes(Role.AGENT_DEPARTEMENT, VIENNE, null, DEPARTEMENT_79))
                .containsExactly("compte.organisation.horsPerimetre");
    }

    @Test
    @DisplayName("R-SEC-3 — un agent du Département n'est jamais rattaché à une préfecture, ni l'inverse")
    void theOrganisationIsOfTheSideOfTheRole() {
        assertThat(codes(Role.AGENT_DEPARTEMENT, DEUX_SEVRES, null, PREFECTURE_79))
                .containsExactly("compte.organisation.autreCote");
        assertThat(codes(Role.AGENT_PREFECTURE_DEPARTEMENT, DEUX_SEVRES, null, PREFECTURE_79)).isEmpty();
        assertThat(codes(Role.AGENT_PREFECTURE_DEPARTEMENT, DEUX_SEVRES, null, DEPARTEMENT_79))
                .containsExactly("compte.organisation.autreCote");
    }

    @Test
    @DisplayName("R-SEC-4 — la préfecture de région et les finances de l'État : une région, pas un Département")
    void regionRolesWorkOnARegion() {
        assertThat(codes(Role.AGENT_PREFECTURE_REGION, null, NOUVELLE_AQUITAINE, PREFECTURE_NA)).isEmpty();
        assertThat(codes(Role.FINANCES_ETAT, DEUX_SEVRES, null, PREFECTURE_79))
                .containsExactly("compte.region.obligatoire", "compte.departement.interdit");
    }

    @Test
    @DisplayName("R-SEC-1, R-SEC-6 — un lecteur : l'un ou l'autre ; l'administrateur : aucun périmètre ; rôle obligatoire")
    void readerAdminAndMissingRole() {
        assertThat(codes(Role.LECTEUR, null, NOUVELLE_AQUITAINE, PREFECTURE_NA)).isEmpty();
        assertThat(codes(Role.LECTEUR, DEUX_SEVRES, NOUVELLE_AQUITAINE, PREFECTURE_NA))
                .containsExactly("compte.lecteur.perimetre");
        assertThat(codes(Role.ADMIN, null, null, null)).isEmpty();
        assertThat(codes(Role.ADMIN, VIENNE, null, null)).containsExactly("compte.admin.perimetre");
        assertThat(codes(Role.AGENT_DEPARTEMENT, DEUX_SEVRES, null, null))
                .containsExactly("compte.organisation.obligatoire");
        assertThat(codes(null, null, null, null)).containsExactly("compte.role.obligatoire");
    }
}

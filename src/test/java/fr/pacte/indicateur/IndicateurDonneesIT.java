package fr.pacte.indicateur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.shared.web.RessourceIntrouvableException;
import fr.pacte.support.DemoVienne;
import fr.pacte.support.PacteIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The indicators of the Vienne demo convention on real PostgreSQL: values as in the sources (DOMAIN.md §9.12–9.14),
 * special values surviving a save / load round trip, the cross-annex findings (FX-17) and the scoping.
 */
@PacteIntegrationTest
class IndicateurDonneesIT {

    @Autowired
    IndicateurService indicateurs;

    @Autowired
    SaisieIndicateurService saisie;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    fr.pacte.convention.ConventionService conventions;

    private long vienne() {
        return DemoVienne.convention(jdbc);
    }

    /** The scoped snapshot of the Vienne for the signed-in user (404 outside the périmètre). */
    private fr.pacte.convention.ConventionLue lue() {
        return conventions.lire(vienne());
    }

    private IndicateurVue indicateur(String fiche, String libelle) {
        return indicateurs.indicateurs(lue()).stream()
                .filter(i -> fiche.equals(i.fiche()) && i.libelle().equals(libelle))
                .findFirst().orElseThrow();
    }

    private static List<String> textes(IndicateurVue indicateur, NatureValeur... natures) {
        List<NatureValeur> voulues = List.of(natures);
        return indicateur.valeurs().stream().filter(v -> voulues.contains(v.nature()))
                .sorted(java.util.Comparator.comparing(IndicateurVue.ValeurVue::annee))
                .map(IndicateurVue.ValeurVue::texte).toList();
    }

    @Test
    @WithUserDetails("agent.departement")
    @DisplayName("R-IND-3 — fiche 1 : 52/60/70/70/70, 45/50/60/60/60, 18 %/30 %… comme dans la fiche (000a L537–L543)")
    void fiche1AsInTheSource() {
        assertThat(textes(indicateur("1", "Nombre d'enfants accompagnés"), NatureValeur.T0, NatureValeur.CIBLE))
                .containsExactly("52", "60", "70", "70", "70");
        assertThat(textes(indicateur("1", "Nombre de familles accompagnées"), NatureValeur.T0, NatureValeur.CIBLE))
                .containsExactly("45", "50", "60", "60", "60");
        assertThat(textes(indicateur("1", "Pourcentage de familles monoparentales"), NatureValeur.T0, NatureValeur.CIBLE))
                .containsExactly("18\u00A0%", "30\u00A0%", "30\u00A0%", "30\u00A0%", "30\u00A0%");
        assertThat(textes(indicateur("1", "Pourcentage de familles sans emploi"), NatureValeur.T0, NatureValeur.CIBLE))
                .containsExactly("73\u00A0%", "75\u00A0%", "75\u00A0%", "75\u00A0%", "75\u00A0%");
        IndicateurVue.ValeurVue t0 = indicateur("1", "Pourcentage de familles monoparentales").valeurs().get(0);
        assertThat(t0.nombre()).isEqualByComparingTo("18");
        assertThat(t0.type()).isEqualTo(TypeValeur.POURCENTAGE);
    }

    @Test
    @WithUserDetails("agent.departement")
    @DisplayName("R-IND-4 — codes, textes et heures des fiches 3, 7, 10, 11, 12 et France Travail tels qu'imprimés")
    void specialValuesOfTheDemo() {
        assertThat(textes(indicateur("3", "Nombre de parcours d'insertion impulsés"), NatureValeur.T0, NatureValeur.CIBLE))
                .containsExactly("Non connu", "-", "-", "-", "-");
        assertThat(textes(indicateur("7", "Nombre d'heures de recours à l'application de traduction"), NatureValeur.T0))
                .containsExactly("188\u00A0heures");
        assertThat(textes(indicateur("10", "Nombre de ménages repérés et soutenus précocement face aux difficultés de "
                + "paiement des factures d'énergie"), NatureValeur.CIBLE)).startsWith("Réalisation de l'étude");
        assertThat(textes(indicateur("10", "Montant moyen de l'aide octroyée par ménage"), NatureValeur.T0))
                .containsExactly("250\u00A0€");
        assertThat(textes(indicateur("12", "Nombre de participants"), NatureValeur.T0)).containsExactly("Nouvelle action");
        assertThat(textes(indicateur("15", "Nombre de nouveaux ARSA orientés vers l'action dans l'année sous 15 jours"),
                NatureValeur.T0, NatureValeur.CIBLE)).containsExactly("1\u202F094", "80\u00A0% des ARSA orientés");
        assertThat(indicateur("15", "Nombre de nouveaux ARSA orientés vers l'action dans l'année sous 15 jours")
                .valeurs().get(0).taux()).isEqualByComparingTo("41.4");
        assertThat(textes(indicateur("20", "Nombre de ménages entrés dans le dispositif dédié"), NatureValeur.T0))
                .containsExactly("N.c");
        assertThat(textes(indicateur("2", "Nombre d'enfants concernés"), NatureValeur.CIBLE))
                .containsExactly("55*", "70*", "70*", "70*");
    }

    @Test
    @WithUserDetails("agent.departement")
    @DisplayName("R-IND-3 — FX-19 : chaque valeur de démonstration se relit à l'identique depuis son affichage (la grille ne change rien)")
    void everyStoredValueReadsBackFromItsDisplay() {
        List<IndicateurVue> tous = indicateurs.indicateurs(lue());
        assertThat(tous).hasSizeGreaterThan(100);
        for (IndicateurVue i : tous) {
            for (IndicateurVue.ValeurVue v : i.valeurs()) {
                assertThat(ValeurParser.lire(v.texte(), i.type()).orElseThrow().valeur())
                        .as("%s %s %d", i.libelle(), v.nature(), v.annee()).isEqualTo(v.valeur());
            }
        }
    }

    @ParameterizedTest(name = "« {0} »")
    @ValueSource(strings = {"Non connu", "N.c", "Néant", "Nouvelle action", "Action nouvelle", "Non évaluable",
            "Non déterminé", "Non comparable", "-", "*", "55*", "1 ou 2", "400 200 100", "80% des ARSA orientés",
            "188 heures", "250 €", "1,5", "18 %", "Réalisation de l'étude", "2 640",
            "100 BRSA sur Poitiers (en entrées et sorties permanentes)"})
    @WithUserDetails("agent.departement")
    @DisplayName("R-IND-3 / R-IND-4 — une valeur spéciale survit à l'aller-retour enregistrement / relecture")
    void specialValueSurvivesSaveAndLoad(String tape) {
        long lien = jdbc.queryForObject("select lf.id from indicateur_fiche lf join indicateur i on i.id = lf.indicateur_id "
                + "join fiche_action f on f.id = lf.fiche_id where f.numero = '1' and i.libelle = 'Nombre d''enfants accompagnés'",
                Long.class);
        Valeur attendue = ValeurParser.lire(tape, TypeValeur.ENTIER).orElseThrow().valeur();

        saisie.ecrire(vienne(), lien, Periode.resultat(2025),
                new SaisieIndicateurService.Ecriture(tape, null, null, "essai aller-retour"));

        Map<String, Object> ligne = jdbc.queryForMap("select * from valeur_indicateur where indicateur_fiche_id = ? "
                + "and annee = 2025 and nature = 'RESULTAT'", lien);
        IndicateurVue.ValeurVue relue = indicateur("1", "Nombre d'enfants accompagnés").valeurs().stream()
                .filter(v -> v.nature() == NatureValeur.RESULTAT && v.annee() == 2025).findFirst().orElseThrow();
        assertThat(relue.valeur()).isEqualTo(attendue);
        assertThat(relue.texte()).isEqualTo(attendue.affichage());
        assertThat(relue.commentaire()).isEqualTo("essai aller-retour");
        assertThat(ligne.get("statut")).isEqualTo("SAISIE");
        assertThat(ligne.get("saisi_par")).isEqualTo("agent.departement");
    }

    @Test
    @WithUserDetails("agent.departement")
    @DisplayName("R-IND-1 — FX-17 : deux divergences entre annexes (fiche 6 : 259 / 320 ; fiche 10 : 390 / 360), aucune pour la fiche 1")
    void crossAnnexFindings() {
        List<Constat> annexes = indicateurs.controles(lue()).stream()
                .filter(c -> c.code().equals("INDICATEUR_ANNEXES")).toList();

        assertThat(annexes).hasSize(2).allSatisfy(c -> {
            assertThat(c.regle()).isEqualTo("R-IND-1");
            assertThat(c.gravite()).isEqualTo(Gravite.AVERTISSEMENT);
            assertThat(c.colonne()).isEqualTo("t0");
        });
        Map<String, Constat> parFiche = annexes.stream().collect(Collectors.toMap(Constat::fiche, c -> c));
        assertThat(parFiche.get("6").calcule()).isEqualByComparingTo("259");
        assertThat(parFiche.get("6").declare()).isEqualByComparingTo("320");
        assertThat(parFiche.get("6").message()).contains("« 259 » dans la fiche-action", "« 320 » dans l'annexe 4");
        assertThat(parFiche.get("10").calcule()).isEqualByComparingTo("390");
        assertThat(parFiche.get("10").declare()).isEqualByComparingTo("360");
        assertThat(parFiche.get("10").axe()).isEqualTo("3");
        assertThat(parFiche).doesNotContainKey("1");
    }

    @Test
    @WithUserDetails("agent.departement")
    @DisplayName("R-IND-11 — FX-17 : l'ETP CCAPEX imprimé « fiche action n°6 » est porté par la fiche 9 ; « personnes vulnérables » (n°7) par aucune")
    void printedFicheReferences() {
        List<Constat> references = indicateurs.controles(lue()).stream()
                .filter(c -> c.code().equals("INDICATEUR_REFERENCE_FICHE")).toList();

        assertThat(references).hasSize(2);
        assertThat(references).filteredOn(c -> "9".equals(c.fiche())).singleElement()
                .satisfies(c -> assertThat(c.message()).contains("« fiche action n°6 »"));
        assertThat(references).filteredOn(c -> c.fiche() == null).singleElement()
                .satisfies(c -> assertThat(c.message()).contains("« fiche action n°7 »"));
    }

    @Test
    @WithUserDetails("agent.departement")
    @DisplayName("R-IND-5 / R-IND-6 / R-IND-7 — FX-20 : FA15 et FA19 cohérents, taux 41,4 % face à la cible de 80 % ; unité signalée")
    void franceTravailFindings() {
        List<Constat> fa15 = indicateurs.controles(lue()).stream().filter(c -> "15".equals(c.fiche())).toList();
        List<Constat> fa19 = indicateurs.controles(lue()).stream().filter(c -> "19".equals(c.fiche())).toList();

        assertThat(fa15).extracting(Constat::code)
                .containsExactlyInAnyOrder("INDICATEUR_UNITE", "INDICATEUR_TAUX_CIBLE");
        assertThat(fa15).filteredOn(c -> c.code().equals("INDICATEUR_TAUX_CIBLE")).singleElement()
                .satisfies(c -> assertThat(c.calcule()).isEqualByComparingTo("41.4"));
        assertThat(fa19).isEmpty();
    }

    @Test
    @WithUserDetails("agent.autre")
    @DisplayName("R-SEC-2 — un agent d'un autre Département reçoit 404 sur les indicateurs de la Vienne")
    void anotherDepartementGetsNotFound() {
        assertThatThrownBy(() -> indicateurs.indicateurs(lue())).isInstanceOf(RessourceIntrouvableException.class);
        assertThatThrownBy(() -> indicateurs.controles(lue())).isInstanceOf(RessourceIntrouvableException.class);
    }

    @Test
    @WithUserDetails("agent.prefecture")
    @DisplayName("R-SEC-2 — la préfecture lit les indicateurs mais ne les écrit pas")
    void prefectureReadsButDoesNotWrite() {
        long lien = indicateurs.indicateurs(lue()).get(0).id();

        assertThatThrownBy(() -> saisie.ecrire(vienne(), lien, Periode.resultat(2024),
                new SaisieIndicateurService.Ecriture("12", null, null, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}

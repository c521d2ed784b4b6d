package fr.pacte.indicateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-IMP-5 on the rows of FX-18 (000a L361-L386) against the labels of the Vienne fiches 6 to 11. */
class RapprochementIndicateursTest {

    private static final List<RapprochementIndicateurs.Connu> CONNUS = List.of(
            new RapprochementIndicateurs.Connu(0, "6", List.of("Nombre de personnes participant aux actions collectives transversales")),
            new RapprochementIndicateurs.Connu(1, "6", List.of("Nombre de familles/enfants sollicités dans le cadre du développement de la participation en protection de l'enfance",
                    "Nb de familles/enfants sollicités dans le cadre du dév. de la participation en protection de l'enfance")),
            new RapprochementIndicateurs.Connu(2, "7", List.of("Nombre d'heures de recours à l'application de traduction", "Nb d'heure de recours à cette application")),
            new RapprochementIndicateurs.Connu(3, "9", List.of("Nombre d'actions collectives ou de réunions d'information à destination des bailleurs privés")),
            new RapprochementIndicateurs.Connu(4, "10", List.of("Nombre de ménages repérés et soutenus précocement face aux difficultés de paiement des factures d'énergie")),
            new RapprochementIndicateurs.Connu(5, "11", List.of("Nombre d'interventions sur véhicule avec barème solidaire (réparation, entretien, devis, etc.)")));

    private static RapprochementIndicateurs.Rang rang(int ligne, String action, String libelle, String... valeurs) {
        Map<String, String> v = new LinkedHashMap<>();
        for (int i = 0; i < valeurs.length; i++) {
            v.put("v" + i, valeurs[i]);
        }
        return new RapprochementIndicateurs.Rang(ligne, action, libelle, v);
    }

    @Test
    @DisplayName("R-IMP-5 — FX-18 : rattachement par libellé (fiches 6, 7, 9, 10, 11), jamais par la cellule « Action n » imprimée à côté")
    void rowsAreMatchedByLabelNeverByPosition() {
        RapprochementIndicateurs.Resultat r = RapprochementIndicateurs.rapprocher(List.of(
                rang(361, null, "Nb de personnes participants aux actions collectives transversales", "125", "140"),
                rang(362, "Action 7 : ACCEO Langues", "Nb de familles/enfants sollicités dans le cadre du dév. de la participation en protection de l'enfance", "5"),
                rang(363, "Action 8 : Renforcement de la mission APPEL", "Nb d'heure de recours à cette application", "188 heures"),
                rang(370, null, null, "Consultations auprès des juristes de l'ADIL en 2022 : 3850 (essentiellement par tél.)"),
                rang(372, null, "Nb d'actions collectives ou de réunions d'information menées à destination des bailleurs privés", "1 forum habitat/an"),
                rang(378, null, "Nb de ménages repérés et soutenus précoisement face aux difficultés de paiement des factures d'énergie", "Non connu"),
                rang(379, null, "Nb d'interventions sur véhicule avec barème (réparation, entretien, devis, etc)", "-"),
                rang(386, "Action 11 : Soligo B5, garage solidaire", null)), CONNUS, Map.of());
        assertThat(r.rattachements()).extracting(x -> x.rang().ligne() + "→" + x.indicateur().fiche())
                .containsExactly("361→6", "362→6", "363→7", "372→9", "378→10", "379→11");
        assertThat(r.remarques()).extracting(RapprochementIndicateurs.Remarque::ligne, RapprochementIndicateurs.Remarque::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(362, "INDICATEUR_RAPPROCHE"),
                        org.assertj.core.groups.Tuple.tuple(363, "INDICATEUR_RAPPROCHE"),
                        org.assertj.core.groups.Tuple.tuple(370, "INDICATEUR_INCONNU"));
    }
}

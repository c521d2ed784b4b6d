package fr.pacte.revue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.controle.Constat;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.convention.FicheAction;
import fr.pacte.convention.StatutFiche;
import fr.pacte.convention.TypeAxe;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SoumissionRuleTest {

    private static final ChampLu SOL = new ChampLu(1L, "SOL", "Champ des solidarités", LocalDate.of(2024, 1, 1),
            LocalDate.of(2027, 12, 31), "304", null, "LIGNE", "ETAT_DEPARTEMENT", null, 1, List.of(), null, null,
            List.of());
    private static final AxeLu AXE_3 = new AxeLu(13L, 1L, "SOL", TypeAxe.AXE, "3", "3", "Axe 3", "Axe 3", null, true, 3);

    private static FicheLue fiche13(String description, List<AxeLu> axes) {
        FicheAction.Description d = new FicheAction.Description("Accompagnement à l'élaboration du PAMS", null,
                "Action 4.5", description, null, null, null, null, null, null, null, StatutFiche.NOUVELLE);
        return new FicheLue(13L, SOL, "13", 0, null, null, d.intitule(), d.intitule(), d.codeAlternatif(),
                d.description(), null, null, null, null, null, null, null, d.statut(), List.of(), axes, d);
    }

    @Test
    @DisplayName("R-WF-3 — la fiche 13 (une ligne 2024 à 0 justifiée « financement 2025 ») se soumet")
    void fiche13MayBeSubmitted() {
        assertThat(new SoumissionRule().verifier(fiche13("Étude pour l'élaboration du PAMS.", List.of(AXE_3)), true,
                List.of())).isEmpty();
    }

    @Test
    @DisplayName("R-WF-3 — sans description, sans axe, sans ligne, avec « [à compléter] » ou une ERREUR : autant de "
            + "raisons de refuser, toutes listées")
    void everyReasonIsListed() {
        Constat erreur = new Constat("AXE_NON_ALLOUE", "R-FIN-6", fr.pacte.controle.Gravite.ERREUR, null, null, "SOL",
                "2", "13", null, null, null, "Ligne sur l'axe 2");
        assertThat(new SoumissionRule().verifier(fiche13(null, List.of()), false, List.of(erreur)))
                .extracting(Constat::code)
                .containsExactly("AXE_NON_ALLOUE", "CHAMP_OBLIGATOIRE", "CHAMP_OBLIGATOIRE", "CHAMP_OBLIGATOIRE");
        assertThat(new SoumissionRule().verifier(fiche13("Étude [à compléter]", List.of(AXE_3)), true, List.of()))
                .extracting(Constat::code).containsExactly("MARQUEUR_MODELE");
    }
}

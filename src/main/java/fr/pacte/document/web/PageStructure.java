package fr.pacte.document.web;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.StatutFiche;
import fr.pacte.convention.TypeAxe;
import fr.pacte.document.ModifierStructure;
import fr.pacte.financement.FinancementService;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The structure page (steps 2 to 4), shown by its controllers, again with what was typed when a form is refused. */
@Component
class PageStructure {

    private static final String VUE = "document/structure";

    private final ModifierStructure modifier;
    private final FinancementService financement;

    PageStructure(ModifierStructure modifier, FinancementService financement) {
        this.modifier = modifier;
        this.financement = financement;
    }

    String vue(Long id, Model model, ChampForm champ, AxeForm axe, FicheNouvelleForm fiche) {
        ConventionLue convention = modifier.lire(id);
        model.addAttribute("convention", convention);
        model.addAttribute("sansChoixVersion", true);
        model.addAttribute("peutModifier", modifier.permis(convention));
        if (!model.containsAttribute("champForm")) {
            model.addAttribute("champForm", champ);
        }
        if (!model.containsAttribute("axeForm")) {
            model.addAttribute("axeForm", axe);
        }
        if (!model.containsAttribute("ficheForm")) {
            model.addAttribute("ficheForm", fiche);
        }
        Map<Long, String> argent = new LinkedHashMap<>();
        convention.fiches().forEach(f -> argent.put(f.id(), fr.pacte.shared.Montants.format(
                financement.totalFiche(convention, f.id()).total())));
        model.addAttribute("argent", argent);
        model.addAttribute("typesAxe", TypeAxe.values());
        model.addAttribute("statuts", StatutFiche.values());
        Map<Long, String> exercices = new LinkedHashMap<>();
        convention.champs().forEach(c -> exercices.put(c.id(), String.join(", ", c.exercices().stream()
                .map(c::libelleExercice).toList())));
        model.addAttribute("exercicesParChamp", exercices);
        Map<Long, Integer> niveaux = new LinkedHashMap<>();
        convention.axes().forEach(a -> {
            int niveau = 0;
            for (Long p = a.parentId(); p != null && niveau < 10; niveau++) {
                p = convention.axe(p).map(AxeLu::parentId).orElse(null);
            }
            niveaux.put(a.id(), Math.min(niveau, 3));
        });
        model.addAttribute("niveaux", niveaux);
        return VUE;
    }
}

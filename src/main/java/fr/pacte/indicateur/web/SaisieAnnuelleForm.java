package fr.pacte.indicateur.web;

import fr.pacte.indicateur.Grille;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The annual entry grid of one year as posted by the browser: one line per indicator, in the grid's order. */
public class SaisieAnnuelleForm {

    private List<LigneSaisieForm> lignes = new ArrayList<>();

    public SaisieAnnuelleForm() {
    }

    /** The stored values of the grid, as the user would type them. */
    static SaisieAnnuelleForm de(Grille grille) {
        SaisieAnnuelleForm form = new SaisieAnnuelleForm();
        grille.lignes().forEach(l -> form.lignes.add(LigneSaisieForm.de(l)));
        return form;
    }

    /**
     * Lines re-ordered as the grid's rows (matched by id), so that a rejected form shows each typed text in its cell;
     * a row the browser did not send keeps its stored values.
     */
    SaisieAnnuelleForm alignerSur(Grille grille) {
        Map<Long, LigneSaisieForm> parId = lignes.stream().filter(l -> l.getId() != null)
                .collect(Collectors.toMap(LigneSaisieForm::getId, Function.identity(), (a, b) -> a));
        SaisieAnnuelleForm aligne = new SaisieAnnuelleForm();
        grille.lignes().forEach(l -> aligne.lignes.add(parId.getOrDefault(l.id(), LigneSaisieForm.de(l))));
        return aligne;
    }

    public List<LigneSaisieForm> getLignes() {
        return lignes;
    }

    public void setLignes(List<LigneSaisieForm> lignes) {
        this.lignes = lignes;
    }
}

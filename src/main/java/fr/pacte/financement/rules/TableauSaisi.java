package fr.pacte.financement.rules;

import fr.pacte.financement.Sommes;
import fr.pacte.shared.Libelles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tableau financier as read from a file: detail rows and declared (printed) rows. Totals are always computed from
 * the detail rows, never copied from the declared ones (contracts/tableau-financier.md).
 */
public record TableauSaisi(List<LigneDetail> details, List<LigneDeclaree> declarees) {

    public TableauSaisi {
        details = List.copyOf(details);
        declarees = List.copyOf(declarees);
    }

    public Sommes totaux() {
        return Sommes.somme(details.stream().map(LigneDetail::montants).toList());
    }

    /** Per axe, in order of first appearance, labelled as first printed; rows without axe are left out. */
    public List<TotalAxe> axes() {
        Map<String, String> libelles = new LinkedHashMap<>();
        Map<String, Sommes> sommes = new LinkedHashMap<>();
        for (LigneDetail ligne : details) {
            if (Libelles.vide(ligne.axe())) {
                continue;
            }
            String cle = Libelles.normaliser(ligne.axe());
            libelles.putIfAbsent(cle, ligne.axe().strip());
            sommes.merge(cle, ligne.montants(), Sommes::plus);
        }
        List<TotalAxe> axes = new ArrayList<>();
        sommes.forEach((cle, s) -> axes.add(new TotalAxe(libelles.get(cle), s)));
        return axes;
    }

    public record TotalAxe(String axe, Sommes sommes) {
    }
}

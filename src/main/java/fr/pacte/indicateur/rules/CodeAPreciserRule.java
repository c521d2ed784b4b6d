package fr.pacte.indicateur.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.indicateur.IndicateurContexte;
import fr.pacte.indicateur.Periode;
import fr.pacte.indicateur.SerieIndicateur;
import fr.pacte.indicateur.Valeur;
import fr.pacte.shared.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * R-IND-4: "-" and "*" are kept as codes TIRET / ASTERISQUE, with a warning asking what they mean (000a L348–L351:
 * fiche 3's "parcours" indicators print "-" in the fiche and "- * * *" in annexe 1; DOMAIN.md Q7).
 */
public final class CodeAPreciserRule {

    public static final String CODE = "INDICATEUR_CODE_A_PRECISER";
    public static final String REGLE = "R-IND-4";

    public List<Constat> verifier(SerieIndicateur serie) {
        IndicateurContexte contexte = serie.contexte();
        List<Constat> constats = new ArrayList<>();
        for (Map.Entry<Periode, Valeur> e : serie.valeurs().entrySet()) {
            Valeur v = e.getValue();
            if (v.estCode() && v.code().aPreciser()) {
                String message = Messages.texte("indicateur.constat.code-a-preciser", contexte.designation(),
                        e.getKey().libelle(), v.affichage());
                constats.add(Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, contexte, e.getKey(),
                        null, null, message));
            }
        }
        return constats;
    }
}

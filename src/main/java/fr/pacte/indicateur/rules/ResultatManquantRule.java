package fr.pacte.indicateur.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.indicateur.Periode;
import fr.pacte.indicateur.SerieIndicateur;
import fr.pacte.shared.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * R-IND-13: the results of a year are submitted only when every indicator has its résultat, entered or coded
 * ("Non connu" is an answer, an empty cell is not). Blocking (ERREUR) at submission, INFO while in draft.
 */
public final class ResultatManquantRule {

    public static final String CODE = "INDICATEUR_RESULTAT_MANQUANT";
    public static final String REGLE = "R-IND-13";

    public List<Constat> verifier(List<SerieIndicateur> series, int annee, boolean soumission) {
        Periode resultat = Periode.resultat(annee);
        List<Constat> constats = new ArrayList<>();
        for (SerieIndicateur serie : series) {
            if (serie.valeur(resultat) == null) {
                String message = Messages.texte("indicateur.constat.resultat-manquant",
                        serie.contexte().designation(), resultat.libelle());
                constats.add(Constats.constat(CODE, REGLE, soumission ? Gravite.ERREUR : Gravite.INFO,
                        serie.contexte(), resultat, null, null, message));
            }
        }
        return constats;
    }
}

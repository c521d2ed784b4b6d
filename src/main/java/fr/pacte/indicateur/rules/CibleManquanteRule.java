package fr.pacte.indicateur.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.indicateur.Periode;
import fr.pacte.indicateur.SerieIndicateur;
import fr.pacte.shared.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * R-IND-9: each indicator has a cible for each year of its champ (a code such as "Non évaluable" counts as a
 * cible); a missing one is a warning (fiche 13's deliverables and FA23 have none).
 */
public final class CibleManquanteRule {

    public static final String CODE = "INDICATEUR_CIBLE_MANQUANTE";
    public static final String REGLE = "R-IND-9";

    public List<Constat> verifier(List<SerieIndicateur> series, int annee) {
        Periode cible = Periode.cible(annee);
        List<Constat> constats = new ArrayList<>();
        for (SerieIndicateur serie : series) {
            if (serie.valeur(cible) == null) {
                String message = Messages.texte("indicateur.constat.cible-manquante",
                        serie.contexte().designation(), cible.libelle());
                constats.add(Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, serie.contexte(), cible,
                        null, null, message));
            }
        }
        return constats;
    }
}

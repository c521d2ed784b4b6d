package fr.pacte.indicateur.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.indicateur.IndicateurContexte;
import fr.pacte.indicateur.Periode;
import fr.pacte.indicateur.SerieIndicateur;
import fr.pacte.indicateur.TypeValeur;
import fr.pacte.indicateur.Valeur;
import fr.pacte.shared.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * R-IND-3 (type): a count (ENTIER indicator) takes whole numbers; "12,5 familles" is a warning.
 * A DECIMAL indicator such as fiche 3's "Nombre d'ETP" (1,5) is not concerned.
 */
public final class NombreEntierRule {

    public static final String CODE = "INDICATEUR_NON_ENTIER";
    public static final String REGLE = "R-IND-3";

    public List<Constat> verifier(SerieIndicateur serie) {
        IndicateurContexte contexte = serie.contexte();
        List<Constat> constats = new ArrayList<>();
        if (contexte.type() != TypeValeur.ENTIER) {
            return constats;
        }
        for (Map.Entry<Periode, Valeur> e : serie.valeurs().entrySet()) {
            Valeur v = e.getValue();
            if (v.estNombre() && !v.type().avecUnite() && v.nombre().stripTrailingZeros().scale() > 0) {
                String message = Messages.texte("indicateur.constat.non-entier", contexte.designation(),
                        e.getKey().libelle(), v.affichage());
                constats.add(Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, contexte, e.getKey(),
                        v.nombre(), null, message));
            }
        }
        return constats;
    }
}

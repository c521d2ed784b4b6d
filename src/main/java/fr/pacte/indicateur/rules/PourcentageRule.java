package fr.pacte.indicateur.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.indicateur.IndicateurContexte;
import fr.pacte.indicateur.Periode;
import fr.pacte.indicateur.SerieIndicateur;
import fr.pacte.indicateur.TypeValeur;
import fr.pacte.indicateur.Valeur;
import fr.pacte.shared.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * R-IND-3 (type): a percentage of a population is at most 100 %; "130 %" is a warning (a count typed in a
 * percentage cell, or a rate computed on the wrong base).
 */
public final class PourcentageRule {

    public static final String CODE = "INDICATEUR_POURCENTAGE";
    public static final String REGLE = "R-IND-3";
    private static final BigDecimal CENT = BigDecimal.valueOf(100);

    public List<Constat> verifier(SerieIndicateur serie) {
        IndicateurContexte contexte = serie.contexte();
        List<Constat> constats = new ArrayList<>();
        for (Map.Entry<Periode, Valeur> e : serie.valeurs().entrySet()) {
            Valeur v = e.getValue();
            if (v.estNombre() && v.type() == TypeValeur.POURCENTAGE && v.nombre().compareTo(CENT) > 0) {
                String message = Messages.texte("indicateur.constat.pourcentage", contexte.designation(),
                        e.getKey().libelle(), v.affichage());
                constats.add(Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, contexte, e.getKey(),
                        v.nombre(), CENT, message));
            }
        }
        return constats;
    }
}

package fr.pacte.indicateur;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The values of one indicator of one fiche, by period (T0, then cible and résultat per year). */
public record SerieIndicateur(IndicateurContexte contexte, Map<Periode, Valeur> valeurs) {

    public SerieIndicateur {
        valeurs = Collections.unmodifiableMap(new TreeMap<>(valeurs));
    }

    public Valeur valeur(Periode periode) {
        return valeurs.get(periode);
    }
}

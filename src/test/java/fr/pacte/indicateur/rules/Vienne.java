package fr.pacte.indicateur.rules;

import fr.pacte.indicateur.IndicateurContexte;
import fr.pacte.indicateur.Periode;
import fr.pacte.indicateur.SerieIndicateur;
import fr.pacte.indicateur.Sens;
import fr.pacte.indicateur.TypeValeur;
import fr.pacte.indicateur.Valeur;
import fr.pacte.indicateur.ValeurParser;
import java.util.LinkedHashMap;
import java.util.Map;

/** Indicators of the Vienne convention used as test fixtures (DOMAIN.md §9.12–9.14). */
final class Vienne {

    static final IndicateurContexte ENFANTS = new IndicateurContexte("Nombre d'enfants accompagnés",
            TypeValeur.ENTIER, Sens.HAUSSE, "SOL", "1", "1");
    static final IndicateurContexte PROFESSIONNELS_FORMES = new IndicateurContexte(
            "Nombre de professionnels de l'action sociale formés à l'évolution des pratiques",
            TypeValeur.ENTIER, Sens.HAUSSE, "SOL", "2", "6");
    static final IndicateurContexte VISITES_A_DOMICILE = new IndicateurContexte(
            "Nombre de ménages ayant fait l'objet d'une visite à domicile de lutte contre la précarité énergétique",
            TypeValeur.ENTIER, Sens.HAUSSE, "SOL", "3", "10");
    static final IndicateurContexte ORIENTES_15_JOURS = new IndicateurContexte(
            "Nombre de nouveaux ARSA orientés vers l'action dans l'année sous 15 jours",
            TypeValeur.ENTIER, Sens.HAUSSE, "FT", "2", "15");
    static final IndicateurContexte PARCOURS_INSERTION = new IndicateurContexte(
            "Nombre de parcours d'insertion impulsés", TypeValeur.ENTIER, Sens.HAUSSE, "SOL", "1", "3");

    private Vienne() {
    }

    static Valeur lire(String imprime) {
        return ValeurParser.lire(imprime).orElseThrow().valeur();
    }

    /** T0 (2023) then cibles 2024, 2025… as printed; a null entry is an empty cell. */
    static SerieIndicateur serie(IndicateurContexte contexte, String t0, String... cibles) {
        Map<Periode, Valeur> valeurs = new LinkedHashMap<>();
        if (t0 != null) {
            valeurs.put(Periode.t0(2023), ValeurParser.lire(t0, contexte.type()).orElseThrow().valeur());
        }
        for (int i = 0; i < cibles.length; i++) {
            if (cibles[i] != null) {
                valeurs.put(Periode.cible(2024 + i), ValeurParser.lire(cibles[i], contexte.type()).orElseThrow().valeur());
            }
        }
        return new SerieIndicateur(contexte, valeurs);
    }
}

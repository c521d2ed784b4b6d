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
import java.util.Locale;
import java.util.Map;

/**
 * R-IND-3 (unit): a value must be in the indicator's unit. A count ("Nombre de…") with a percentage target, or a
 * percentage with a money value, is a warning (000b §5.1: FA15 counts 1 094 orientations in 2023 and targets
 * "80 % des ARSA orientés" for 2024). A plain number is accepted on every numeric indicator; text and codes are
 * not judged here.
 */
public final class UniteRule {

    public static final String CODE = "INDICATEUR_UNITE";
    public static final String REGLE = "R-IND-3";

    public List<Constat> verifier(SerieIndicateur serie) {
        IndicateurContexte contexte = serie.contexte();
        List<Constat> constats = new ArrayList<>();
        if (contexte.type() == null || !contexte.type().numerique()) {
            return constats;
        }
        for (Map.Entry<Periode, Valeur> e : serie.valeurs().entrySet()) {
            Valeur v = e.getValue();
            if (v.estNombre() && v.type().avecUnite()
                    && Valeur.familleUnite(v.type()) != Valeur.familleUnite(contexte.type())) {
                String message = Messages.texte("indicateur.constat.unite", contexte.designation(),
                        e.getKey().libelle(), v.affichage(), unite(v.type()), unite(contexte.type()));
                constats.add(Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, contexte, e.getKey(),
                        v.nombre(), null, message));
            }
        }
        return constats;
    }

    /** « un pourcentage », « un montant », « une durée en heures », « un nombre ». */
    static String unite(TypeValeur type) {
        return Messages.texte("indicateur.unite." + Valeur.familleUnite(type).name().toLowerCase(Locale.ROOT)
                .replace('_', '-'));
    }
}

package fr.pacte.indicateur.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.indicateur.IndicateurContexte;
import fr.pacte.indicateur.Periode;
import fr.pacte.indicateur.Valeur;
import fr.pacte.indicateur.ValeurImprimee;
import fr.pacte.shared.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * R-IND-1: one record per indicator and fiche, whatever the annex; a value printed differently in two places of
 * the imported document is a warning (000a §5.4–5.5, FX-17: fiche 6 T0 259 in the fiche vs 320 in annexe 4,
 * fiche 10 T0 390 vs 360). For each period the first place in the order fiche, annexe 1, annexe 4 is the reference;
 * each other place that differs gives one finding with both values and both places. An empty cell against a value
 * differs; two equal numbers in the same unit, two codes of the same meaning or two equal texts do not.
 */
public final class ConcordanceAnnexesRule {

    public static final String CODE = "INDICATEUR_ANNEXES";
    public static final String REGLE = "R-IND-1";

    public List<Constat> verifier(IndicateurContexte contexte, List<ValeurImprimee> declarations) {
        Map<Periode, List<ValeurImprimee>> parPeriode = new TreeMap<>();
        for (ValeurImprimee d : declarations) {
            parPeriode.computeIfAbsent(d.periode(), p -> new ArrayList<>()).add(d);
        }
        List<Constat> constats = new ArrayList<>();
        parPeriode.forEach((periode, valeurs) -> {
            valeurs.sort(Comparator.comparing(ValeurImprimee::annexe));
            ValeurImprimee reference = valeurs.get(0);
            for (ValeurImprimee autre : valeurs.subList(1, valeurs.size())) {
                if (autre.annexe() != reference.annexe() && !memes(reference.valeur(), autre.valeur())) {
                    constats.add(constat(contexte, periode, reference, autre));
                }
            }
        });
        return constats;
    }

    private static boolean memes(Valeur a, Valeur b) {
        return a == null ? b == null : a.memeValeurQue(b);
    }

    private static Constat constat(IndicateurContexte contexte, Periode periode, ValeurImprimee reference,
            ValeurImprimee autre) {
        String message = Messages.texte("indicateur.constat.annexes", contexte.designation(), periode.libelle(),
                imprime(reference), Messages.texte(reference.annexe().cleLibelle()),
                imprime(autre), Messages.texte(autre.annexe().cleLibelle()));
        return Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, contexte, periode,
                nombre(autre), nombre(reference), message);
    }

    private static String imprime(ValeurImprimee d) {
        String texte = d.commeImprime();
        return texte == null ? Messages.texte("indicateur.case-vide") : "« " + texte + " »";
    }

    private static BigDecimal nombre(ValeurImprimee d) {
        return d.valeur() == null ? null : d.valeur().nombre();
    }
}

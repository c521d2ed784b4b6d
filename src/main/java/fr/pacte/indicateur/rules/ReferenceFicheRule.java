package fr.pacte.indicateur.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.indicateur.IndicateurContexte;
import fr.pacte.shared.Messages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R-IND-11: a national indicator's printed fiche reference points to a fiche that carries it (000a §5.4 items 4
 * and 7: "ETP de chargé de mission en renfort de la CCAPEX (fiche action n°6)" is carried by fiche 9; the
 * "personnes vulnérables" indicator printed for fiche 7 is carried by no fiche).
 */
public final class ReferenceFicheRule {

    public static final String CODE = "INDICATEUR_REFERENCE_FICHE";
    public static final String REGLE = "R-IND-11";
    private static final Pattern NUMERO = Pattern.compile("n°\\s*(\\w+)");

    /**
     * @param imprime the reference as printed ("fiche action n°6", "fiches action n°3 et n°4")
     * @param porteuses the numbers of the fiches that carry the indicator
     */
    public List<Constat> verifier(IndicateurContexte contexte, String imprime, Set<String> porteuses) {
        List<Constat> constats = new ArrayList<>();
        if (imprime == null || imprime.isBlank()) {
            return constats;
        }
        Set<String> imprimees = new LinkedHashSet<>();
        Matcher m = NUMERO.matcher(imprime);
        while (m.find()) {
            imprimees.add(m.group(1));
        }
        if (!imprimees.isEmpty() && !porteuses.containsAll(imprimees)) {
            String message = porteuses.isEmpty()
                    ? Messages.texte("indicateur.constat.reference-fiche.aucune", contexte.designation(), imprime)
                    : Messages.texte("indicateur.constat.reference-fiche", contexte.designation(), imprime,
                            String.join(", ", porteuses));
            constats.add(Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, contexte, null, null, null, message));
        }
        return constats;
    }
}

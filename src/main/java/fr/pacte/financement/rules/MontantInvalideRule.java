package fr.pacte.financement.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * R-IMP-1 A cell that should hold an amount and cannot be read as one is an ERREUR ({@code MONTANT_INVALIDE}),
 * never silently read or fixed: "110 00 €" (fiche 5, L839, FX-5).
 */
public final class MontantInvalideRule {

    public static final String CODE = "MONTANT_INVALIDE";
    public static final String REGLE = "R-IMP-1";

    public List<Constat> verifier(TableauSaisi tableau) {
        List<Constat> constats = new ArrayList<>();
        tableau.details().forEach(l -> constats.addAll(constats(l.ligne(), l.illisibles())));
        tableau.declarees().forEach(l -> constats.addAll(constats(l.ligne(), l.illisibles())));
        return constats;
    }

    private static List<Constat> constats(int ligne, Map<Colonne, String> illisibles) {
        List<Constat> constats = new ArrayList<>();
        for (Colonne colonne : Colonne.values()) {
            String texte = illisibles.get(colonne);
            if (texte != null) {
                String message = MessagesConstats.texte(CODE, ligne, colonne.libelle(), texte.strip());
                constats.add(Constats.constat(CODE, REGLE, Gravite.ERREUR, Lieu.ligne(ligne), colonne, null, null,
                        message));
            }
        }
        return constats;
    }
}

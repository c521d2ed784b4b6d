package fr.pacte.financement.rules;

import fr.pacte.controle.Constat;
import java.util.ArrayList;
import java.util.List;

/**
 * R-FIN-3 Grand total = Σ detail rows, never Σ sub-totals, so that a grouped sub-total ("4+5") is not counted twice;
 * one ERREUR ({@code TOTAL_GENERAL}) per printed column that differs. Vienne: 578 633 / 701 524 / 535 493 /
 * 1 815 650 (L413, FX-1).
 */
public final class TotalGeneralRule {

    public static final String CODE = "TOTAL_GENERAL";
    public static final String REGLE = "R-FIN-3";

    public List<Constat> verifier(TableauSaisi tableau) {
        List<Constat> constats = new ArrayList<>();
        for (LigneDeclaree declaree : tableau.declarees()) {
            if (declaree.genre() == LigneDeclaree.Genre.TOTAL_GENERAL) {
                constats.addAll(SousTotalRule.comparer(CODE, REGLE, CODE, declaree, tableau.details()));
            }
        }
        return constats;
    }
}

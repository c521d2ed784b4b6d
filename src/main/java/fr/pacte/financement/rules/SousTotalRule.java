package fr.pacte.financement.rules;

import fr.pacte.financement.Sommes;
import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R-FIN-2 Sub-totals: for each group (axe, volet, thème, section, or a declared union such as "4+5") and each
 * printed column, the declared sub-total equals the sum of its detail rows; one ERREUR ({@code SOUS_TOTAL}) per
 * column that differs. Vienne axe 3 prints 110 428 while its rows give 90 428 (fiche 14 missing, FX-2).
 */
public final class SousTotalRule {

    public static final String CODE = "SOUS_TOTAL";
    public static final String REGLE = "R-FIN-2";

    public List<Constat> verifier(List<LigneDeclaree> declarees) {
        List<Constat> constats = new ArrayList<>();
        for (LigneDeclaree declaree : declarees) {
            if (declaree.genre() == LigneDeclaree.Genre.TOTAL_GENERAL) {
                continue;
            }
            String cle = declaree.genre() == LigneDeclaree.Genre.TOTAL_SECTION ? "SOUS_TOTAL.section" : CODE;
            constats.addAll(comparer(CODE, REGLE, cle, declaree, declaree.couvertes()));
        }
        return constats;
    }

    /** One finding per printed column whose declared figure differs from the sum of {@code lignes}. */
    static List<Constat> comparer(String code, String regle, String cleMessage, LigneDeclaree declaree,
            List<LigneDetail> lignes) {
        List<Constat> constats = new ArrayList<>();
        for (Colonne colonne : Colonne.values()) {
            BigDecimal declare = declaree.declares().get(colonne);
            if (declare == null || lignes.stream().anyMatch(l -> l.calculInconnu(colonne))) {
                continue;
            }
            BigDecimal calcule = colonne.de(Sommes.somme(lignes.stream().map(LigneDetail::montants).toList()));
            if (Constats.different(declare, calcule)) {
                String message = MessagesConstats.texte(cleMessage, declaree.sujet(), colonne.libelle(),
                        Constats.euros(declare), Constats.euros(calcule), Constats.euros(declare.subtract(calcule)));
                constats.add(Constats.constat(code, regle, Gravite.ERREUR, Lieu.ligne(declaree.ligne()), colonne,
                        declare, calcule, message));
            }
        }
        return constats;
    }
}

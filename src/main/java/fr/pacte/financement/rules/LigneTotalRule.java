package fr.pacte.financement.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.shared.Libelles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R-FIN-1 Row total: F = A + B + C (+ report); a printed F that differs, even by one cent, is an ERREUR
 * ({@code LIGNE_TOTAL}). Fiche 1: 93 507 + 146 000 + 535 493 = 775 000 (000a §4.3, L395).
 */
public final class LigneTotalRule {

    public static final String CODE = "LIGNE_TOTAL";
    public static final String REGLE = "R-FIN-1";

    public List<Constat> verifier(List<LigneDetail> lignes) {
        List<Constat> constats = new ArrayList<>();
        for (LigneDetail ligne : lignes) {
            BigDecimal declare = ligne.totalDeclare();
            if (declare == null || ligne.calculInconnu(Colonne.TOTAL)) {
                continue;
            }
            BigDecimal calcule = ligne.montants().total();
            if (Constats.different(declare, calcule)) {
                String fiche = Libelles.vide(ligne.fiche()) ? MessagesConstats.texte("lieu.sansFiche")
                        : MessagesConstats.texte("lieu.fiche", ligne.fiche().strip());
                String message = MessagesConstats.texte(CODE, ligne.ligne(), fiche, Constats.euros(declare),
                        Constats.euros(calcule), Constats.euros(declare.subtract(calcule)));
                constats.add(Constats.constat(CODE, REGLE, Gravite.ERREUR, ligne.lieu(), Colonne.TOTAL, declare,
                        calcule, message));
            }
        }
        return constats;
    }
}

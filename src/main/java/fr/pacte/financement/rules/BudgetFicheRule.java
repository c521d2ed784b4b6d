package fr.pacte.financement.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * R-FIN-7 Fiche text vs lines: an amount quoted in a fiche's "Budget détaillé" (a declared figure) equals the sum of
 * the fiche's lines for that column; otherwise an AVERTISSEMENT ({@code MONTANT_FICHE}). Fiche 3: text 135 090 € vs
 * annexe 2 B 135 096 € → écart −6 € (000a §4.4, FX-3).
 */
public final class BudgetFicheRule {

    public static final String CODE = "MONTANT_FICHE";
    public static final String REGLE = "R-FIN-7";

    /** A figure written about a fiche and the sum of its lines in the same column. */
    public record ChiffreFiche(Lieu lieu, Colonne colonne, BigDecimal declare, BigDecimal calcule) {
    }

    public Optional<Constat> verifier(ChiffreFiche chiffre) {
        if (!Constats.different(chiffre.declare(), chiffre.calcule())) {
            return Optional.empty();
        }
        String message = MessagesConstats.texte(CODE, chiffre.lieu().fiche(), chiffre.colonne().libelle(),
                Constats.euros(chiffre.declare()), Constats.euros(chiffre.calcule()),
                Constats.euros(chiffre.declare().subtract(chiffre.calcule())));
        return Optional.of(Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, chiffre.lieu(), chiffre.colonne(),
                chiffre.declare(), chiffre.calcule(), message));
    }

    public List<Constat> verifier(List<ChiffreFiche> chiffres) {
        return chiffres.stream().map(this::verifier).flatMap(Optional::stream).toList();
    }
}

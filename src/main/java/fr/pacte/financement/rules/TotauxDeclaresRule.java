package fr.pacte.financement.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * R-IMP-2 with R-FIN-2 and R-FIN-3: a sub-total or total printed in a convention's documents (a declared figure of its
 * document, contracts/convention.md {@code declares}) equals the sum computed from the lines: an axe, a union of axes
 * ("Sous total 4+5") or a parent axe with its children gives a {@code SOUS_TOTAL}, a champ or the whole convention a
 * {@code TOTAL_GENERAL}, one ERREUR per column that differs, coded as contracts/tableau-financier.md codes them.
 * Declared figures are compared, never used as data. Vienne: a "TOTAL FINANCIER" État declared 578 633 € passes.
 */
public final class TotauxDeclaresRule {

    /**
     * @param sujet "de l'axe 3", "des axes 4 et 5", "du champ SOL", "de la convention"
     * @param total true for a champ or the convention (TOTAL_GENERAL), false for axes (SOUS_TOTAL)
     */
    public record TotalDeclare(Lieu lieu, boolean total, String sujet, Colonne colonne, BigDecimal declare,
            BigDecimal calcule) {
    }

    public Optional<Constat> verifier(TotalDeclare t) {
        if (!Constats.different(t.declare(), t.calcule())) {
            return Optional.empty();
        }
        String code = t.total() ? TotalGeneralRule.CODE : SousTotalRule.CODE;
        String regle = t.total() ? TotalGeneralRule.REGLE : SousTotalRule.REGLE;
        String message = MessagesConstats.texte(t.total() ? "TOTAL_GENERAL.declare" : SousTotalRule.CODE, t.sujet(),
                t.colonne().libelle(), Constats.euros(t.declare()), Constats.euros(t.calcule()),
                Constats.euros(t.declare().subtract(t.calcule())));
        return Optional.of(Constats.constat(code, regle, Gravite.ERREUR, t.lieu(), t.colonne(), t.declare(),
                t.calcule(), message));
    }

    public List<Constat> verifier(List<TotalDeclare> totaux) {
        return totaux.stream().map(this::verifier).flatMap(Optional::stream).toList();
    }
}

package fr.pacte.execution.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.financement.rules.MessagesConstats;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * R-PAY-8 A report de crédits carries only what was not executed: a report from exercice N (of a champ, or of one
 * fiche when the avenant names it, for one financeur) above the money of that financeur not consumed in N is an ERREUR
 * {@code REPORT_EXCESSIF} ({@code declare} = the report, {@code calcule} = the non-consumed money). The avenant
 * feature calls it on its draft's reports through {@code BilanFinancierService.reportsExcessifs}.
 */
public final class ReportExcessifRule {

    public static final String CODE = "REPORT_EXCESSIF";
    public static final String REGLE = "R-PAY-8";

    /** A report to check: champ (and fiche) it comes from, financeur, from and to, amount. */
    public record Report(String champ, Long ficheId, String fiche, String financeur, int origine, int destination,
            BigDecimal montant) {
    }

    /** Where non-consumed money is counted: champ, fiche (null = the whole champ), financeur, exercice. */
    public record Lieu(String champ, Long ficheId, String financeur, int exercice) {
    }

    public List<Constat> verifier(List<Report> reports, Map<Lieu, BigDecimal> nonConsomme) {
        List<Constat> constats = new ArrayList<>();
        Map<Lieu, BigDecimal> cumul = new java.util.HashMap<>();
        for (Report r : reports) {
            Lieu lieu = new Lieu(r.champ(), r.ficheId(), r.financeur(), r.origine());
            BigDecimal total = cumul.merge(lieu, r.montant(), BigDecimal::add);
            BigDecimal disponible = nonConsomme.getOrDefault(lieu, Montants.ZERO);
            if (total.compareTo(disponible) > 0) {
                String ou = r.fiche() == null ? MessagesConstats.texte("execution.report.champ", r.champ())
                        : MessagesConstats.texte("execution.report.fiche", r.fiche());
                constats.add(Constats.constat(CODE, REGLE, Gravite.ERREUR, r.champ(), r.fiche(), total, disponible,
                        MessagesConstats.texte("execution.constat.REPORT_EXCESSIF", Montants.format(total),
                                r.origine(), r.destination(), ou, Montants.format(disponible))));
            }
        }
        return constats.stream().filter(Objects::nonNull).toList();
    }
}

package fr.pacte.indicateur.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.indicateur.IndicateurContexte;
import fr.pacte.indicateur.Nombres;
import fr.pacte.indicateur.Periode;
import fr.pacte.shared.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R-IND-7: a CUMUL series never decreases, and cumul(N) = cumul(N−1) + new(N) where both are known
 * (FA19: sessions 5 + 8 + 11 = 24 at the end of 2023, then 24 + 10 new entrants = 34 targeted for 2024, L1850,
 * L1909). Points are given in time order; a point without a number is skipped.
 */
public final class CumulRule {

    public static final String CODE = "INDICATEUR_CUMUL";
    public static final String REGLE = "R-IND-7";

    /** The cumulated value at a period and the new entries of that period (either may be unknown). */
    public record Point(Periode periode, BigDecimal cumul, BigDecimal nouveaux) {
    }

    public List<Constat> verifier(IndicateurContexte contexte, List<Point> points) {
        List<Constat> constats = new ArrayList<>();
        Point precedent = null;
        for (Point point : points) {
            if (point.cumul() == null) {
                continue;
            }
            if (precedent != null) {
                if (point.cumul().compareTo(precedent.cumul()) < 0) {
                    constats.add(Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, contexte, point.periode(),
                            point.cumul(), precedent.cumul(),
                            Messages.texte("indicateur.constat.cumul.baisse", contexte.designation(),
                                    point.periode().libelle(), Nombres.format(point.cumul()),
                                    precedent.periode().libelle(), Nombres.format(precedent.cumul()))));
                } else if (point.nouveaux() != null) {
                    BigDecimal attendu = precedent.cumul().add(point.nouveaux());
                    if (attendu.compareTo(point.cumul()) != 0) {
                        constats.add(Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, contexte, point.periode(),
                                point.cumul(), attendu,
                                Messages.texte("indicateur.constat.cumul.somme", contexte.designation(),
                                        point.periode().libelle(), Nombres.format(point.cumul()),
                                        Nombres.format(precedent.cumul()), Nombres.format(point.nouveaux()),
                                        Nombres.format(attendu))));
                    }
                }
            }
            precedent = point;
        }
        return constats;
    }
}

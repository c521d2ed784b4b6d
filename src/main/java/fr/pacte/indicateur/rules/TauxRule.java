package fr.pacte.indicateur.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.indicateur.IndicateurContexte;
import fr.pacte.indicateur.Nombres;
import fr.pacte.indicateur.Periode;
import fr.pacte.indicateur.Taux;
import fr.pacte.indicateur.TypeValeur;
import fr.pacte.indicateur.Valeur;
import fr.pacte.shared.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R-IND-5: a rate is computed from its numerator and denominator, never typed when both exist; a percentage
 * target is compared with the computed rate. FA15 2023: 1 094 / 2 640 = 41,4 % against a 2024 target of 80 %
 * (FX-20, 000b §5.1). A typed percentage that differs from the computed one is an error; a zero denominator is an
 * error; a numerator above its denominator is a warning; the comparison with the target is information.
 */
public final class TauxRule {

    public static final String CODE = "INDICATEUR_TAUX";
    public static final String CODE_CIBLE = "INDICATEUR_TAUX_CIBLE";
    public static final String REGLE = "R-IND-5";

    /** The numerator and denominator recorded with one value (the value itself may be a count, or absent). */
    public record Mesure(Periode periode, Valeur valeur, BigDecimal numerateur, BigDecimal denominateur) {
    }

    /**
     * @param cible the percentage target the rate is compared with (e.g. the next year's cible), or null
     */
    public List<Constat> verifier(IndicateurContexte contexte, Mesure mesure, Periode periodeCible, Valeur cible) {
        List<Constat> constats = new ArrayList<>();
        if (mesure.numerateur() == null || mesure.denominateur() == null) {
            return constats;
        }
        String fraction = Nombres.format(mesure.numerateur()) + " / " + Nombres.format(mesure.denominateur());
        if (mesure.denominateur().signum() == 0) {
            constats.add(Constats.constat(CODE, REGLE, Gravite.ERREUR, contexte, mesure.periode(), null, null,
                    Messages.texte("indicateur.constat.taux.denominateur-nul", contexte.designation(),
                            mesure.periode().libelle(), fraction)));
            return constats;
        }
        BigDecimal taux = Taux.calculer(mesure.numerateur(), mesure.denominateur()).orElseThrow();
        if (mesure.numerateur().compareTo(mesure.denominateur()) > 0) {
            constats.add(Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, contexte, mesure.periode(),
                    mesure.numerateur(), mesure.denominateur(),
                    Messages.texte("indicateur.constat.taux.superieur", contexte.designation(),
                            mesure.periode().libelle(), fraction)));
        }
        Valeur saisi = mesure.valeur();
        if (contexte.type() == TypeValeur.POURCENTAGE && saisi != null && saisi.estNombre()
                && saisi.nombre().compareTo(taux) != 0) {
            constats.add(Constats.constat(CODE, REGLE, Gravite.ERREUR, contexte, mesure.periode(),
                    saisi.nombre(), taux,
                    Messages.texte("indicateur.constat.taux.saisi", contexte.designation(),
                            mesure.periode().libelle(), saisi.affichage(), Taux.affichage(taux), fraction)));
        }
        Optional.ofNullable(cible)
                .filter(c -> c.estNombre() && c.type() == TypeValeur.POURCENTAGE)
                .ifPresent(c -> constats.add(Constats.constat(CODE_CIBLE, REGLE, Gravite.INFO, contexte, periodeCible,
                        c.nombre(), taux,
                        Messages.texte("indicateur.constat.taux.cible", contexte.designation(),
                                mesure.periode().libelle(), Taux.affichage(taux), fraction,
                                periodeCible.libelle(), c.affichage()))));
        return constats;
    }
}

package fr.pacte.indicateur;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * R-IND-12: attainment of a target, depending on the indicator's direction. HAUSSE: résultat / cible;
 * BAISSE: cible / résultat; MAINTIEN: 100 % minus the relative distance to the target (never below 0);
 * SANS: none. Only numbers in the same unit are compared; percentages keep one decimal.
 * Per fiche and per axe the rate is the mean of the indicators' rates, each capped at 100 % so that one
 * over-achieved indicator does not hide a missed one.
 */
public final class TauxAtteinte {

    private static final BigDecimal CENT = BigDecimal.valueOf(100);

    private TauxAtteinte() {
    }

    public static Optional<BigDecimal> calculer(Sens sens, Valeur cible, Valeur resultat) {
        if (sens == null || sens == Sens.SANS || cible == null || resultat == null
                || !cible.estNombre() || !resultat.estNombre()
                || Valeur.familleUnite(cible.type()) != Valeur.familleUnite(resultat.type())) {
            return Optional.empty();
        }
        BigDecimal c = cible.nombre();
        BigDecimal r = resultat.nombre();
        return switch (sens) {
            case HAUSSE -> ratio(r, c);
            case BAISSE -> ratio(c, r);
            case MAINTIEN -> maintien(c, r);
            case SANS -> Optional.empty();
        };
    }

    /** Mean of the rates, each capped at 100 %, one decimal; empty when there is none. */
    public static Optional<BigDecimal> moyenne(Collection<BigDecimal> taux) {
        var presents = taux.stream().filter(Objects::nonNull).map(t -> t.min(CENT)).toList();
        if (presents.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal somme = presents.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(somme.divide(BigDecimal.valueOf(presents.size()), 1, RoundingMode.HALF_UP));
    }

    private static Optional<BigDecimal> ratio(BigDecimal numerateur, BigDecimal denominateur) {
        if (denominateur.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(numerateur.multiply(CENT).divide(denominateur, 1, RoundingMode.HALF_UP));
    }

    private static Optional<BigDecimal> maintien(BigDecimal cible, BigDecimal resultat) {
        if (cible.signum() == 0) {
            return resultat.signum() == 0 ? Optional.of(CENT.setScale(1)) : Optional.empty();
        }
        BigDecimal distance = resultat.subtract(cible).abs().multiply(CENT).divide(cible.abs(), 1, RoundingMode.HALF_UP);
        return Optional.of(CENT.subtract(distance).max(BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP));
    }
}

package fr.pacte.financement.rules;

import fr.pacte.financement.Sommes;
import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R-FIN-5 Parity: the Département brings at least the seuil (50 %) of the base, per row (default), per volet/champ,
 * or not checked; exempt volets are left out. Base ETAT_DEPARTEMENT = B / (A + B) (default) or TOTAL = B / F.
 * The share is a percentage rounded HALF_UP to the cent; exactly the seuil passes; a row with nothing to share
 * (0 / 0) is not judged. Below: an AVERTISSEMENT ({@code PARITE}, {@code declare} = the share, {@code calcule} =
 * the seuil). Vienne: "au moins 50 % des crédits dévolus à chaque action" (L199); FA23 11 000 / 23 608 = 46,59 %
 * (FX-8).
 */
public final class PariteRule {

    public static final String CODE = "PARITE";
    public static final String REGLE = "R-FIN-5";

    public enum Portee { LIGNE, GLOBAL, AUCUNE }

    public enum Base { ETAT_DEPARTEMENT, TOTAL }

    public record Parametres(Portee portee, Base base, BigDecimal seuil) {

        public static final Parametres DEFAUT = new Parametres(Portee.LIGNE, Base.ETAT_DEPARTEMENT, new BigDecimal("50"));

        public Parametres {
            seuil = seuil.setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** One row (or group) to judge; {@code exemptee} for a volet the convention exempts (FT volets 1 and 3). */
    public record Part(Lieu lieu, Sommes montants, boolean exemptee, boolean calculInconnu) {

        public Part(Lieu lieu, Sommes montants) {
            this(lieu, montants, false, false);
        }
    }

    /** B / base × 100, HALF_UP to the cent; empty when the base is 0. */
    public static Optional<BigDecimal> part(Sommes montants, Base base) {
        BigDecimal denominateur = base == Base.TOTAL ? montants.total() : montants.etat().add(montants.departement());
        if (denominateur.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(montants.departement().multiply(BigDecimal.valueOf(100))
                .divide(denominateur, 2, RoundingMode.HALF_UP));
    }

    /**
     * Per row for LIGNE, on the sum of the non-exempt rows for GLOBAL (located at {@code lieuGlobal} and described as
     * {@code sujetGlobal}), nothing for AUCUNE.
     */
    public List<Constat> verifier(List<Part> parts, Parametres parametres, Lieu lieuGlobal, String sujetGlobal) {
        List<Part> jugees = parts.stream().filter(p -> !p.exemptee()).toList();
        List<Constat> constats = new ArrayList<>();
        switch (parametres.portee()) {
            case LIGNE -> jugees.forEach(p -> juger(p.lieu(), sujetLigne(p.lieu()), p.montants(), p.calculInconnu(),
                    parametres).ifPresent(constats::add));
            case GLOBAL -> juger(lieuGlobal, sujetGlobal, Sommes.somme(jugees.stream().map(Part::montants).toList()),
                    jugees.stream().anyMatch(Part::calculInconnu), parametres).ifPresent(constats::add);
            case AUCUNE -> { }
        }
        return constats;
    }

    private static Optional<Constat> juger(Lieu lieu, String sujet, Sommes montants, boolean calculInconnu,
            Parametres parametres) {
        if (calculInconnu) {
            return Optional.empty();
        }
        return part(montants, parametres.base())
                .filter(part -> part.compareTo(parametres.seuil()) < 0)
                .map(part -> {
                    String message = MessagesConstats.texte(CODE, sujet, Montants.pourcentage(part),
                            MessagesConstats.texte("parite.base." + parametres.base()),
                            Montants.pourcentage(parametres.seuil()));
                    return Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, lieu, null, part, parametres.seuil(),
                            message);
                });
    }

    private static String sujetLigne(Lieu lieu) {
        String fiche = lieu.fiche() == null || lieu.fiche().isBlank() ? null : lieu.fiche().strip();
        if (fiche != null && lieu.ligne() != null) {
            return MessagesConstats.texte("sujet.ficheLigne", fiche, lieu.ligne());
        }
        if (fiche != null && lieu.axe() != null) {
            return MessagesConstats.texte("sujet.ficheAxe", fiche, lieu.axe());
        }
        if (fiche != null) {
            return MessagesConstats.texte("sujet.fiche", fiche);
        }
        if (lieu.ligne() != null) {
            return MessagesConstats.texte("sujet.ligne", lieu.ligne());
        }
        return MessagesConstats.texte("sujet.axe", lieu.axe());
    }
}

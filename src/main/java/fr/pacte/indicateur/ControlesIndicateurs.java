package fr.pacte.indicateur;

import fr.pacte.controle.Constat;
import fr.pacte.indicateur.rules.CodeAPreciserRule;
import fr.pacte.indicateur.rules.ConcordanceAnnexesRule;
import fr.pacte.indicateur.rules.CumulRule;
import fr.pacte.indicateur.rules.NombreEntierRule;
import fr.pacte.indicateur.rules.PartiesToutRule;
import fr.pacte.indicateur.rules.PourcentageRule;
import fr.pacte.indicateur.rules.ReferenceFicheRule;
import fr.pacte.indicateur.rules.TauxRule;
import fr.pacte.indicateur.rules.UniteRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Runs the R-IND rules on the stored indicators of a convention (plain computation, no query). */
final class ControlesIndicateurs {

    private final ConcordanceAnnexesRule concordance = new ConcordanceAnnexesRule();
    private final UniteRule unite = new UniteRule();
    private final NombreEntierRule entier = new NombreEntierRule();
    private final PourcentageRule pourcentage = new PourcentageRule();
    private final CodeAPreciserRule codes = new CodeAPreciserRule();
    private final TauxRule taux = new TauxRule();
    private final PartiesToutRule parties = new PartiesToutRule();
    private final CumulRule cumul = new CumulRule();
    private final ReferenceFicheRule reference = new ReferenceFicheRule();

    /** Every indicator finding of the convention, in reading order of the indicators. */
    List<Constat> tous(Donnees donnees) {
        List<Constat> constats = new ArrayList<>();
        for (IndicateurFiche lien : donnees.liens) {
            List<ValeurImprimee> declarees = donnees.declarees(lien).stream().map(ValeurDeclaree::imprimee).toList();
            constats.addAll(concordance.verifier(lien.contexte(), declarees));
            constats.addAll(valeurs(donnees, lien, p -> true));
            if (lien.getIndicateur().getPortee() == Portee.NATIONAL && lien.getFicheImprimee() != null
                    && lien.getId().equals(premierLien(donnees, lien).getId())) {
                constats.addAll(reference.verifier(lien.contexte(), lien.getFicheImprimee(), porteuses(donnees, lien)));
            }
        }
        return constats;
    }

    /** The first link of the same national indicator: its printed reference is checked once. */
    private static IndicateurFiche premierLien(Donnees donnees, IndicateurFiche lien) {
        return donnees.liens.stream().filter(l -> l.getIndicateur().getId().equals(lien.getIndicateur().getId()))
                .findFirst().orElse(lien);
    }

    /** Numbers of the fiches of the convention that carry the indicator of this link. */
    private static Set<String> porteuses(Donnees donnees, IndicateurFiche lien) {
        Set<String> numeros = new java.util.LinkedHashSet<>();
        donnees.liens.stream().filter(l -> l.getIndicateur().getId().equals(lien.getIndicateur().getId()))
                .filter(l -> l.getFiche() != null).forEach(l -> numeros.add(l.getFiche().numero()));
        return numeros;
    }

    /**
     * Findings on the values of one link restricted to some periods (the annual entry grid shows those of its
     * year): unit, whole numbers, percentages, "-" / "*", rates, parts of a whole, cumulative series.
     */
    List<Constat> valeurs(Donnees donnees, IndicateurFiche lien, Predicate<Periode> periodes) {
        SerieIndicateur complete = donnees.serie(lien);
        Map<Periode, Valeur> retenues = new java.util.LinkedHashMap<>();
        complete.valeurs().forEach((p, v) -> {
            if (periodes.test(p)) {
                retenues.put(p, v);
            }
        });
        SerieIndicateur serie = new SerieIndicateur(complete.contexte(), retenues);
        List<Constat> constats = new ArrayList<>();
        constats.addAll(unite.verifier(serie));
        constats.addAll(entier.verifier(serie));
        constats.addAll(pourcentage.verifier(serie));
        constats.addAll(codes.verifier(serie));
        donnees.valeurs(lien).values().stream().filter(v -> periodes.test(v.getPeriode())).forEach(v -> {
            Periode suivante = v.getNature() == NatureValeur.RESULTAT ? Periode.cible(v.getAnnee())
                    : Periode.cible(v.getAnnee() + 1);
            constats.addAll(taux.verifier(lien.contexte(),
                    new TauxRule.Mesure(v.getPeriode(), v.getValeur(), v.getNumerateur(), v.getDenominateur()),
                    suivante, complete.valeur(suivante)));
        });
        constats.addAll(partiesEtCumul(donnees, lien, periodes));
        return constats;
    }

    private List<Constat> partiesEtCumul(Donnees donnees, IndicateurFiche lien, Predicate<Periode> periodes) {
        List<IndicateurFiche> enfants = donnees.enfants(lien);
        List<Constat> constats = new ArrayList<>();
        if (enfants.isEmpty()) {
            return constats;
        }
        Set<Periode> toutes = new TreeSet<>(donnees.valeurs(lien).keySet());
        enfants.forEach(e -> toutes.addAll(donnees.valeurs(e).keySet()));
        for (Periode periode : toutes) {
            if (!periodes.test(periode)) {
                continue;
            }
            ValeurIndicateur tout = donnees.valeur(lien, periode);
            List<PartiesToutRule.Partie> morceaux = enfants.stream()
                    .map(e -> new PartiesToutRule.Partie(e.contexte(),
                            donnees.valeur(e, periode) == null ? null : donnees.valeur(e, periode).getValeur()))
                    .toList();
            constats.addAll(parties.verifier(lien.contexte(), periode, tout == null ? null : tout.getValeur(), morceaux,
                    lien.isSommeDesParties()));
        }
        if (lien.getIndicateur().getNatureMesure() == NatureMesure.CUMUL) {
            constats.addAll(cumul(donnees, lien, enfants, NatureValeur.CIBLE, periodes));
            constats.addAll(cumul(donnees, lien, enfants, NatureValeur.RESULTAT, periodes));
        }
        return constats;
    }

    /** R-IND-7 on the T0 followed by the cibles (or the résultats), new entries being the sum of the parts. */
    private List<Constat> cumul(Donnees donnees, IndicateurFiche lien, List<IndicateurFiche> enfants,
            NatureValeur nature, Predicate<Periode> periodes) {
        List<CumulRule.Point> points = new ArrayList<>();
        lien.anneeT0().ifPresent(a -> points.add(point(donnees, lien, enfants, Periode.t0(a))));
        donnees.valeurs(lien).keySet().stream().filter(p -> p.nature() == nature)
                .forEach(p -> points.add(point(donnees, lien, enfants, p)));
        if (points.stream().noneMatch(p -> periodes.test(p.periode()) && p.periode().nature() == nature)) {
            return List.of();
        }
        return cumul.verifier(lien.contexte(), points);
    }

    private static CumulRule.Point point(Donnees donnees, IndicateurFiche lien, List<IndicateurFiche> enfants,
            Periode periode) {
        List<BigDecimal> nouveaux = enfants.stream().map(e -> donnees.valeur(e, periode))
                .map(v -> v == null ? null : v.getValeur().nombre()).toList();
        BigDecimal somme = nouveaux.stream().anyMatch(Objects::isNull) ? null
                : nouveaux.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        ValeurIndicateur v = donnees.valeur(lien, periode);
        return new CumulRule.Point(periode, v == null ? null : v.getValeur().nombre(), somme);
    }
}

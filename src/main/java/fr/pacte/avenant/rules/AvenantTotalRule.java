package fr.pacte.avenant.rules;

import fr.pacte.avenant.ConstatAvenant;
import fr.pacte.controle.Gravite;
import fr.pacte.financement.ComparaisonVersions.Enveloppe;
import fr.pacte.financement.MontantConventionnel;
import fr.pacte.financement.rules.MessagesConstats;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * R-FIN-22 Avenant amounts (contracts/avenant.md): for every champ × exercice × financeur the avenant touches, Σ after
 * = Σ before + Σ complements, on the montants conventionnels and on the lines alike; money moved between axes "après
 * fongibilité" keeps the total. Otherwise {@code AVENANT_TOTAL} (ERREUR), {@code declare} = before + complements,
 * {@code calcule} = after, {@code ecart} = declare − calcule: one finding for the montants when the avenant changes any
 * of them (or states a complement where montants exist), one for the lines when it changes any line (or states a
 * complement). The Vienne: 5 000 € moved from axe 2 to axe 3 in 2024 keeps 578 633 € — no finding; the État axe 3
 * amount raised to 120 428 € without a complement gives declare 578 633, calcule 588 633, écart −10 000.
 *
 * <p>Σ of the montants of a champ × exercice × financeur: the per-axe amounts when the champ has some in either
 * version (the champ's own amount then repeats their sum and is checked by R-FIN-4), else the champ's amount. Σ of
 * the lines: new money only (lines of nature REPORT are carried-over credits, R-FIN-20, stated in {@code reports}).
 */
public final class AvenantTotalRule {

    public static final String CODE = "AVENANT_TOTAL";
    public static final String REGLE = "R-FIN-22";

    /**
     * @param montantsChanges  the keys of the montants conventionnels the avenant changes
     * @param lignesChangees   the envelopes (champ × exercice × financeur) of the lines the avenant changes
     * @param codeChamp        the code of a champ, for the finding
     */
    public List<ConstatAvenant> verifier(Map<MontantConventionnel.Cle, BigDecimal> montantsAvant,
            Map<MontantConventionnel.Cle, BigDecimal> montantsApres, Map<Enveloppe, BigDecimal> lignesAvant,
            Map<Enveloppe, BigDecimal> lignesApres, Map<Enveloppe, BigDecimal> complements,
            Set<MontantConventionnel.Cle> montantsChanges, Set<Enveloppe> lignesChangees,
            Function<Long, String> codeChamp) {
        Set<Enveloppe> touchees = new LinkedHashSet<>();
        montantsChanges.forEach(k -> touchees.add(enveloppe(k)));
        touchees.addAll(lignesChangees);
        touchees.addAll(complements.keySet());
        List<ConstatAvenant> constats = new ArrayList<>();
        touchees.stream().sorted(Comparator.comparing(Enveloppe::champId).thenComparingInt(Enveloppe::exercice)
                .thenComparing(Enveloppe::financeur)).forEach(e -> {
            BigDecimal complement = complements.getOrDefault(e, Montants.ZERO);
            boolean montantsExistent = existe(montantsAvant, e) || existe(montantsApres, e);
            boolean montantsTouches = montantsChanges.stream().anyMatch(k -> enveloppe(k).equals(e))
                    || (complements.containsKey(e) && montantsExistent);
            if (montantsTouches) {
                boolean parAxe = parAxe(montantsAvant, e) || parAxe(montantsApres, e);
                verifier(constats, "MONTANTS", e, somme(montantsAvant, e, parAxe).add(complement),
                        somme(montantsApres, e, parAxe), codeChamp);
            }
            boolean lignesTouchees = lignesChangees.contains(e) || (complements.containsKey(e) && !montantsExistent)
                    || (complements.containsKey(e) && (lignesAvant.containsKey(e) || lignesApres.containsKey(e)));
            if (lignesTouchees) {
                verifier(constats, "LIGNES", e, lignesAvant.getOrDefault(e, Montants.ZERO).add(complement),
                        lignesApres.getOrDefault(e, Montants.ZERO), codeChamp);
            }
        });
        return constats;
    }

    private static void verifier(List<ConstatAvenant> constats, String objet, Enveloppe e, BigDecimal declare,
            BigDecimal calcule, Function<Long, String> codeChamp) {
        BigDecimal ecart = declare.subtract(calcule);
        if (ecart.signum() == 0) {
            return;
        }
        String champ = codeChamp.apply(e.champId());
        String message = MessagesConstats.texte("AVENANT_TOTAL." + objet, champ, e.exercice(),
                MessagesConstats.texte("financeur." + e.financeur().name()), euros(declare), euros(calcule),
                euros(ecart));
        constats.add(new ConstatAvenant(CODE, REGLE, Gravite.ERREUR, objet, null, champ, e.exercice(),
                e.financeur().name(), null, declare.setScale(2), calcule.setScale(2), ecart.setScale(2), message));
    }

    private static Enveloppe enveloppe(MontantConventionnel.Cle k) {
        return new Enveloppe(k.champId(), k.exercice(), k.financeur());
    }

    private static boolean existe(Map<MontantConventionnel.Cle, BigDecimal> montants, Enveloppe e) {
        return montants.keySet().stream().anyMatch(k -> enveloppe(k).equals(e));
    }

    private static boolean parAxe(Map<MontantConventionnel.Cle, BigDecimal> montants, Enveloppe e) {
        return montants.keySet().stream().anyMatch(k -> k.axeId() != null && enveloppe(k).equals(e));
    }

    private static BigDecimal somme(Map<MontantConventionnel.Cle, BigDecimal> montants, Enveloppe e, boolean parAxe) {
        return montants.entrySet().stream()
                .filter(x -> enveloppe(x.getKey()).equals(e) && (x.getKey().axeId() != null) == parAxe)
                .map(Map.Entry::getValue).reduce(Montants.ZERO, BigDecimal::add);
    }

    static String euros(BigDecimal montant) {
        return Montants.format(montant).replace('\u202F', ' ').replace('\u00A0', ' ');
    }
}

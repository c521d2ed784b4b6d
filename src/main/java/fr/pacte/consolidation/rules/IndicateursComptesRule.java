package fr.pacte.consolidation.rules;

import fr.pacte.convention.Numeros;
import fr.pacte.indicateur.IndicateurService.IndicateurNational;
import fr.pacte.indicateur.TypeValeur;
import fr.pacte.indicateur.Valeur;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * M16 National indicators are summed across Départements only where they are counts: an indicator of the catalogue
 * typed ENTIER or DECIMAL, without denominator, and, of its values, only the numbers of that kind. A rate or a
 * percentage is never summed (18 % + 25 % means nothing for a région), nor a value typed "18 %" on a count indicator
 * (R-IND-3 keeps its kind), nor a special code ("-", "*", R-IND-4): they are counted as left out. Vienne 2024:
 * SOL-N07 cible 320 professionnels formés, SOL-N12 cible 411 ménages.
 */
public final class IndicateursComptesRule {

    public static final String REGLE = "M16";

    private static final Set<TypeValeur> COMPTES = EnumSet.of(TypeValeur.ENTIER, TypeValeur.DECIMAL);

    /**
     * The sum of one national indicator over the Départements that gave a value; {@code departementsCible} and
     * {@code departementsResultat} how many did; {@code ecartees} how many values were left out (not a count).
     */
    public record SommeIndicateur(String code, String libelle, String unite, BigDecimal cible, BigDecimal resultat,
            int departementsCible, int departementsResultat, int ecartees) {
    }

    /** Whether an indicator of the catalogue is a count (it may be summed). */
    public static boolean compte(IndicateurNational indicateur) {
        return !indicateur.ratio() && COMPTES.contains(indicateur.type()) && !pourcentage(indicateur.unite());
    }

    /** Whether a value of a count indicator is a number of that kind (a "18 %" on a count is not). */
    public static boolean nombreCompte(Valeur valeur) {
        return valeur != null && valeur.estNombre() && COMPTES.contains(valeur.type());
    }

    /**
     * Sums, per indicator code, the values of each Département ({@code parDepartement}: one list per Département,
     * the national indicators of all its conventions). Indicators that are not counts are left out; the result is
     * in natural code order.
     */
    public List<SommeIndicateur> sommer(List<List<IndicateurNational>> parDepartement) {
        Map<String, Cumul> cumuls = new LinkedHashMap<>();
        for (List<IndicateurNational> departement : parDepartement) {
            Map<String, Cumul> duDepartement = new LinkedHashMap<>();
            for (IndicateurNational i : departement) {
                if (!compte(i)) {
                    continue;
                }
                Cumul c = duDepartement.computeIfAbsent(i.code(), k -> new Cumul(i));
                c.ajouter(i.cible(), true);
                c.ajouter(i.resultat(), false);
            }
            // a Département counts once per indicator, whatever the number of its conventions carrying it
            duDepartement.forEach((code, c) -> cumuls.merge(code, c.departement(), Cumul::ajouter));
        }
        List<SommeIndicateur> resultat = new ArrayList<>();
        cumuls.values().stream().sorted(Comparator.comparing((Cumul c) -> c.code, Numeros.ORDRE_NATUREL))
                .forEach(c -> resultat.add(new SommeIndicateur(c.code, c.libelle, c.unite, c.cible, c.resultat,
                        c.nCible, c.nResultat, c.ecartees)));
        return resultat;
    }

    /** Same as {@link #sommer} on sums already made (a région from its Départements, the country from its régions). */
    public List<SommeIndicateur> regrouper(List<List<SommeIndicateur>> sommes) {
        Map<String, SommeIndicateur> parCode = new LinkedHashMap<>();
        for (List<SommeIndicateur> liste : sommes) {
            for (SommeIndicateur s : liste) {
                parCode.merge(s.code(), s, (a, b) -> new SommeIndicateur(a.code(), a.libelle(), a.unite(),
                        plus(a.cible(), b.cible()), plus(a.resultat(), b.resultat()),
                        a.departementsCible() + b.departementsCible(),
                        a.departementsResultat() + b.departementsResultat(), a.ecartees() + b.ecartees()));
            }
        }
        return parCode.values().stream().sorted(Comparator.comparing(SommeIndicateur::code, Numeros.ORDRE_NATUREL))
                .toList();
    }

    private static boolean pourcentage(String unite) {
        return unite != null && unite.strip().startsWith("%");
    }

    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private static final class Cumul {
        final String code;
        final String libelle;
        final String unite;
        BigDecimal cible;
        BigDecimal resultat;
        int nCible;
        int nResultat;
        int ecartees;

        Cumul(IndicateurNational i) {
            this.code = i.code();
            this.libelle = i.libelle();
            this.unite = i.unite();
        }

        void ajouter(Valeur valeur, boolean estCible) {
            if (valeur == null) {
                return;
            }
            if (!nombreCompte(valeur)) {
                ecartees++;
                return;
            }
            if (estCible) {
                cible = IndicateursComptesRule.plus(cible, valeur.nombre());
            } else {
                resultat = IndicateursComptesRule.plus(resultat, valeur.nombre());
            }
        }

        /** This Département's contribution: one Département for each kind it gave a number of. */
        Cumul departement() {
            nCible = cible == null ? 0 : 1;
            nResultat = resultat == null ? 0 : 1;
            return this;
        }

        Cumul ajouter(Cumul autre) {
            cible = IndicateursComptesRule.plus(cible, autre.cible);
            resultat = IndicateursComptesRule.plus(resultat, autre.resultat);
            nCible += autre.nCible;
            nResultat += autre.nResultat;
            ecartees += autre.ecartees;
            return this;
        }
    }
}

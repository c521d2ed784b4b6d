package fr.pacte.indicateur;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.Numeros;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything stored about the indicators of one convention, loaded in one transaction: the links in reading order
 * (champ, fiche number, order in the fiche), their values by period and the figures declared by imported documents.
 */
final class Donnees {

    /** Champ, then fiche in natural number order, then the order of the fiche table; national links without fiche last. */
    static final Comparator<IndicateurFiche> ORDRE = Comparator
            .comparing((IndicateurFiche l) -> l.getFiche() == null ? Integer.MAX_VALUE : l.getFiche().champ().ordre())
            .thenComparing(l -> l.getFiche() == null ? "" : l.getFiche().numero(), Numeros.ORDRE_NATUREL)
            .thenComparingInt(IndicateurFiche::getOrdre)
            .thenComparing(IndicateurFiche::getId);

    final ConventionLue convention;
    final List<IndicateurFiche> liens;
    private final Map<Long, Map<Periode, ValeurIndicateur>> valeurs = new HashMap<>();
    private final Map<Long, List<ValeurDeclaree>> declarees = new HashMap<>();

    /** Links whose fiche is not part of the snapshot's version are left out. */
    Donnees(ConventionLue convention, List<IndicateurFiche> liens, List<ValeurIndicateur> valeurs,
            List<ValeurDeclaree> declarees) {
        this.convention = convention;
        this.liens = liens.stream().filter(l -> l.rattacher(convention)).sorted(ORDRE).toList();
        for (ValeurIndicateur v : valeurs) {
            this.valeurs.computeIfAbsent(v.getIndicateurFiche().getId(), k -> new TreeMap<>()).put(v.getPeriode(), v);
        }
        for (ValeurDeclaree d : declarees) {
            this.declarees.computeIfAbsent(d.getIndicateurFiche().getId(), k -> new ArrayList<>()).add(d);
        }
    }

    Map<Periode, ValeurIndicateur> valeurs(IndicateurFiche lien) {
        return valeurs.getOrDefault(lien.getId(), Map.of());
    }

    ValeurIndicateur valeur(IndicateurFiche lien, Periode periode) {
        return valeurs(lien).get(periode);
    }

    List<ValeurDeclaree> declarees(IndicateurFiche lien) {
        return declarees.getOrDefault(lien.getId(), List.of());
    }

    /** The typed values of one link, for the rules. */
    SerieIndicateur serie(IndicateurFiche lien) {
        Map<Periode, Valeur> serie = new LinkedHashMap<>();
        valeurs(lien).forEach((periode, v) -> serie.put(periode, v.getValeur()));
        return new SerieIndicateur(lien.contexte(), serie);
    }

    /** The "dont" sub-indicators of a link. */
    List<IndicateurFiche> enfants(IndicateurFiche lien) {
        return liens.stream().filter(l -> l.getParent() != null && l.getParent().getId().equals(lien.getId())).toList();
    }

    /** Links carried by a fiche of a champ covering the year: the rows of the annual entry grid. */
    List<IndicateurFiche> liensDeLAnnee(int annee) {
        return liens.stream().filter(l -> l.getFiche() != null && l.getFiche().champ().couvre(annee)).toList();
    }
}

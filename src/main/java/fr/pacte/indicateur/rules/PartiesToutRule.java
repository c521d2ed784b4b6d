package fr.pacte.indicateur.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.indicateur.IndicateurContexte;
import fr.pacte.indicateur.Nombres;
import fr.pacte.indicateur.Periode;
import fr.pacte.indicateur.Valeur;
import fr.pacte.shared.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R-IND-6: a part ("dont …") is at most its whole, and parts declared as a partition add up to the whole
 * (FA15 2023: 1 057 accompanied outside France Travail + 479 by France Travail = 1 536 oriented, L1592–L1595).
 * Also covers the funnels of R-IND-8 when each step is the part of the previous one (fiche 12: code ≤
 * participants, permis ≤ code). Only numbers are compared; codes and texts are skipped.
 */
public final class PartiesToutRule {

    public static final String CODE = "INDICATEUR_PARTIES";
    public static final String REGLE = "R-IND-6";

    public record Partie(IndicateurContexte contexte, Valeur valeur) {
    }

    public List<Constat> verifier(IndicateurContexte tout, Periode periode, Valeur valeurTout, List<Partie> parties,
            boolean partition) {
        List<Constat> constats = new ArrayList<>();
        if (valeurTout == null || !valeurTout.estNombre()) {
            return constats;
        }
        for (Partie partie : parties) {
            Valeur v = partie.valeur();
            if (v != null && v.estNombre() && v.nombre().compareTo(valeurTout.nombre()) > 0) {
                constats.add(Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, partie.contexte(), periode,
                        v.nombre(), valeurTout.nombre(),
                        Messages.texte("indicateur.constat.partie-superieure", partie.contexte().designation(),
                                periode.libelle(), v.affichage(), tout.libelle(), valeurTout.affichage())));
            }
        }
        boolean toutesChiffrees = !parties.isEmpty()
                && parties.stream().allMatch(p -> p.valeur() != null && p.valeur().estNombre());
        if (partition && toutesChiffrees) {
            BigDecimal somme = parties.stream().map(p -> p.valeur().nombre()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (somme.compareTo(valeurTout.nombre()) != 0) {
                constats.add(Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, tout, periode,
                        valeurTout.nombre(), somme,
                        Messages.texte("indicateur.constat.partition", tout.designation(), periode.libelle(),
                                valeurTout.affichage(), Nombres.format(somme))));
            }
        }
        return constats;
    }
}

package fr.pacte.indicateur;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import java.math.BigDecimal;
import java.util.List;

/**
 * The annual entry grid of year N: every indicator of every fiche whose champ covers N, with its T0, its cible N,
 * its résultat N and the résultat's comment, as the user would type them; the findings of the year's values.
 */
public record Grille(int annee, List<Integer> annees, List<LigneGrille> lignes, boolean soumise,
        List<Constat> constats) {

    /** One row; {@code premiereDuChamp} opens a champ, {@code premiereDeFiche} an "Action n : libellé" group. */
    public record LigneGrille(Long id, String champ, String champLibelle, boolean premiereDuChamp, Long ficheId,
            String fiche, String ficheLibelle, boolean premiereDeFiche, String libelle, String unite, TypeValeur type, int anneeT0, String t0,
            String cible, String resultat, String commentaire, BigDecimal atteinte, BigDecimal tauxT0,
            StatutValeur statutResultat, boolean demo) {
    }

    public List<Constat> avertissements() {
        return constats.stream().filter(c -> c.gravite() == Gravite.AVERTISSEMENT).toList();
    }

    /** Results still to enter (INFO while in draft). */
    public long resultatsManquants() {
        return lignes.stream().filter(l -> l.resultat().isEmpty()).count();
    }
}

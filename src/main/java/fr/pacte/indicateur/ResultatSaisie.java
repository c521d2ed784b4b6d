package fr.pacte.indicateur;

import fr.pacte.controle.Constat;
import java.util.List;

/**
 * What became of an annual entry: refused with input errors (per cell) or blocking findings (missing results at
 * submission), in which case nothing was saved; or saved, with the number of values changed and submitted.
 */
public record ResultatSaisie(List<ErreurSaisie> erreurs, List<Bloquant> bloquants, int modifiees, int soumises) {

    public boolean accepte() {
        return erreurs.isEmpty() && bloquants.isEmpty();
    }

    /** A blocking finding on one row of the grid (a résultat missing at submission). */
    public record Bloquant(Long lienId, Constat constat) {
    }

    /** A cell that cannot be read; {@code colonne} is t0, cible, resultat or commentaire. */
    public record ErreurSaisie(Long lienId, String colonne, String cle, String texte, String message) {
    }
}

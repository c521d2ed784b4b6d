package fr.pacte.indicateur;

import fr.pacte.shared.Messages;

/**
 * Which indicator a finding is about: its label and kinds, and where it sits (champ code, axe and fiche numbers).
 * The rules use it to locate their {@code Constat}s and to name the indicator in French.
 */
public record IndicateurContexte(String libelle, TypeValeur type, Sens sens, String champ, String axe, String fiche) {

    /** « Fiche 6 — « Nombre de … » », or the label alone for an indicator carried by no fiche. */
    public String designation() {
        return fiche == null ? Messages.texte("indicateur.designation", libelle)
                : Messages.texte("indicateur.designation.fiche", fiche, libelle);
    }
}

package fr.pacte.importation;

import fr.pacte.financement.rules.MoteurControles;
import fr.pacte.financement.rules.ParametresTableau;
import fr.pacte.financement.rules.PariteRule;
import fr.pacte.shared.Libelles;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Check of a tableau financier without saving (contracts/tableau-financier.md): read the file, run the rules,
 * return the computed totals and the findings. Plain Java; the web layer only passes bytes and parameters.
 */
public final class VerificationTableau {

    private final MoteurControles moteur = new MoteurControles();

    public ResultatVerification verifier(byte[] contenu, ParametresTableau parametres) {
        TableauLu lu = LecteurTableau.lire(contenu);
        return new ResultatVerification(lu, moteur.controler(lu.tableau(), parametres));
    }

    /**
     * The parameters as sent: {@code parite} = ligne (default) | global | aucune, {@code baseParite} =
     * etat_departement (default) | total, {@code enveloppeEtat} = an amount or nothing.
     */
    public static ParametresTableau parametres(String parite, String baseParite, String enveloppeEtat) {
        PariteRule.Portee portee = switch (Libelles.vide(parite) ? "ligne" : Libelles.normaliser(parite)) {
            case "ligne" -> PariteRule.Portee.LIGNE;
            case "global" -> PariteRule.Portee.GLOBAL;
            case "aucune" -> PariteRule.Portee.AUCUNE;
            default -> throw new TableauIllisibleException(
                    LecteurTableau.message("tableau.parametre.parite", parite.strip()));
        };
        PariteRule.Base base = switch (Libelles.vide(baseParite) ? "etat_departement"
                : Libelles.normaliser(baseParite).toLowerCase(Locale.ROOT)) {
            case "etat_departement" -> PariteRule.Base.ETAT_DEPARTEMENT;
            case "total" -> PariteRule.Base.TOTAL;
            default -> throw new TableauIllisibleException(
                    LecteurTableau.message("tableau.parametre.baseParite", baseParite.strip()));
        };
        BigDecimal enveloppe;
        try {
            enveloppe = Montants.parse(enveloppeEtat).orElse(null);
        } catch (Montants.MontantInvalideException e) {
            throw new TableauIllisibleException(
                    LecteurTableau.message("tableau.parametre.enveloppeEtat", enveloppeEtat.strip()), e);
        }
        return new ParametresTableau(new PariteRule.Parametres(portee, base,
                PariteRule.Parametres.DEFAUT.seuil()), enveloppe);
    }
}

package fr.pacte.importation.web;

import fr.pacte.financement.rules.ParametresTableau;
import fr.pacte.importation.VerificationTableau;
import java.io.Serializable;

/** The options of the import screen: the exercice and the parameters of the checks (contract defaults). */
public record ImportForm(Integer annee, String parite, String baseParite, String enveloppeEtat) implements Serializable {

    static ImportForm defaut(int annee) {
        return new ImportForm(annee, "ligne", "etat_departement", "");
    }

    /** @throws fr.pacte.importation.TableauIllisibleException for an unknown option or a malformed envelope */
    ParametresTableau parametres() {
        return VerificationTableau.parametres(parite, baseParite, enveloppeEtat);
    }
}

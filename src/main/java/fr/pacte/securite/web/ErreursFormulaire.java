package fr.pacte.securite.web;

import fr.pacte.securite.CompteRefuseException;
import fr.pacte.securite.Refus;
import org.springframework.validation.BindingResult;

/** The refusals of a service shown in the form's error summary, each on its field. */
final class ErreursFormulaire {

    private ErreursFormulaire() {
    }

    static void reporter(CompteRefuseException refus, BindingResult erreurs) {
        for (Refus r : refus.refus()) {
            Object[] arguments = r.arguments().toArray();
            if (r.champ() == null) {
                erreurs.reject(r.code(), arguments, r.code());
            } else {
                erreurs.rejectValue(r.champ(), r.code(), arguments, r.code());
            }
        }
    }
}

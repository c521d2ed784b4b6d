package fr.pacte.document.web;

import fr.pacte.document.ValidationDocument;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts the structural errors of a document part on the fields of the form that typed it: a path of the document
 * ({@code parties[1].organisme}, {@code champs[0].parite.seuil}) becomes the form's field, a path the form has no field
 * for becomes an error of the whole form. The message is the validation's French sentence.
 */
final class ErreursFormulaire {

    private ErreursFormulaire() {
    }

    static void appliquer(List<ValidationDocument.Erreur> erreurs, BindingResult resultat, Object formulaire,
            UnaryOperator<String> champ) {
        BeanWrapperImpl lecture = new BeanWrapperImpl(formulaire);
        for (ValidationDocument.Erreur e : erreurs) {
            String nom = champ.apply(e.chemin());
            if (nom != null && estUnChamp(lecture, nom)) {
                if (!resultat.hasFieldErrors(nom)) {
                    resultat.rejectValue(nom, "document.invalide", new Object[] {e.message()}, e.message());
                }
            } else {
                resultat.reject("document.invalide", new Object[] {e.message()}, e.message());
            }
        }
    }

    private static boolean estUnChamp(BeanWrapperImpl lecture, String nom) {
        try {
            return lecture.isReadableProperty(nom);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** "Le champ est obligatoire" on a field left blank. */
    static void obligatoire(BindingResult resultat, String champ, String valeur) {
        if (valeur == null || valeur.isBlank()) {
            resultat.rejectValue(champ, "document.obligatoire");
        }
    }
}

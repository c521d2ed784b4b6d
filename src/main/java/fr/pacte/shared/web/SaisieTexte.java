package fr.pacte.shared.web;

import fr.pacte.shared.CaractereNulException;
import java.beans.PropertyEditorSupport;
import org.springframework.beans.PropertyAccessException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Rules for every form field and request parameter, whatever the controller:
 * <ul>
 *   <li>a text holding a NUL character (U+0000) is refused when it is bound, as a field error {@code typeMismatch}
 *   ("contient un caractère invisible", messages.properties): the form comes back with what was typed and nothing
 *   reaches PostgreSQL, which would fail on it; the page shows the text without the invisible character;</li>
 *   <li>an indexed field ({@code budget[12].etat}, {@code lignes[40].t0}) grows its list up to
 *   {@link #LIGNES_MAX} rows; a higher index is refused by a French 400 (ErreursApi), not a 500 or a huge list.</li>
 * </ul>
 * JSON strings get the same NUL check from {@link TexteJson}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SaisieTexte {

    /** More rows than any form has (the Vienne indicator grid has 108); Spring's default is 256. */
    static final int LIGNES_MAX = 1000;

    @InitBinder
    void initBinder(WebDataBinder binder) {
        // Must come first: the limit can only be set before the binder's property accessor exists.
        binder.setAutoGrowCollectionLimit(LIGNES_MAX);
        binder.registerCustomEditor(String.class, new TexteSansCaractereNul());
        binder.setBindingErrorProcessor(new TexteRefuse());
    }

    /** A refused text comes back without its NUL characters, so that what the page shows is what was typed. */
    static final class TexteRefuse extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult resultat) {
            if (!(ex.getValue() instanceof String texte) || texte.indexOf('\u0000') < 0 || ex.getPropertyName() == null) {
                super.processPropertyAccessException(ex, resultat);
                return;
            }
            String champ = ex.getPropertyName();
            FieldError erreur = new FieldError(resultat.getObjectName(), champ, texte.replace("\u0000", ""), true,
                    resultat.resolveMessageCodes(ex.getErrorCode(), champ),
                    getArgumentsForBindError(resultat.getObjectName(), champ), ex.getLocalizedMessage());
            erreur.wrap(ex);
            resultat.addError(erreur);
        }
    }

    /** A String property editor that refuses a NUL character and otherwise keeps the text as typed. */
    static final class TexteSansCaractereNul extends PropertyEditorSupport {

        @Override
        public void setAsText(String texte) {
            setValue(CaractereNulException.verifier(texte));
        }

        @Override
        public String getAsText() {
            Object valeur = getValue();
            return valeur == null ? "" : valeur.toString();
        }
    }
}

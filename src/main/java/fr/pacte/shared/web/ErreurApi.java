package fr.pacte.shared.web;

import fr.pacte.shared.Messages;

/**
 * The one shape of every error of the JSON API: {@code {"erreur": "message en français", "code": "INTROUVABLE"}}
 * (README, section JSON API; the codes are listed in {@link CodeErreur}).
 */
public record ErreurApi(String erreur, String code) {

    /** The default French message of a code, e.g. {@code api.erreur.INTROUVABLE}. */
    static ErreurApi de(CodeErreur code, Object... arguments) {
        return new ErreurApi(Messages.texte(code.cle(), arguments), code.name());
    }
}

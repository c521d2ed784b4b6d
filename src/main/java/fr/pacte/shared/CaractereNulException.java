package fr.pacte.shared;

/**
 * A text holding a NUL character (U+0000): invisible, and refused by PostgreSQL ("invalid byte sequence"). Form
 * fields, request parameters and JSON strings are checked when they are read (shared/web), so such a text never
 * reaches a service: a form shows a field error, the API answers 400 {@code CARACTERE_INTERDIT}.
 */
public class CaractereNulException extends IllegalArgumentException {

    public CaractereNulException() {
        super(Messages.texte("saisie.caractereNul"));
    }

    /** The text as given, or a refusal when it holds a NUL character. */
    public static String verifier(String texte) {
        if (texte != null && texte.indexOf('\u0000') >= 0) {
            throw new CaractereNulException();
        }
        return texte;
    }
}

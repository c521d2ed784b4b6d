package fr.pacte.securite;

import java.util.List;

/**
 * Why an account change is refused: the form field it concerns (null for the whole form), a message key of
 * messages.properties, its arguments. Rules return them all at once, so that one page shows every problem.
 */
public record Refus(String champ, String code, List<Object> arguments) {

    static Refus de(String champ, String code, Object... arguments) {
        return new Refus(champ, code, List.of(arguments));
    }
}

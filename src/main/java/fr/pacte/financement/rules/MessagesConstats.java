package fr.pacte.financement.rules;

import fr.pacte.shared.Messages;

/**
 * The wording of findings ({@code messages.properties}, through {@link Messages}), with one difference: findings
 * travel in JSON answers to scripts, so they use plain spaces ("110 428,00 €"), as the contract's example does,
 * where the HTML tables use no-break spaces.
 */
public final class MessagesConstats {

    private MessagesConstats() {
    }

    public static String texte(String cle, Object... arguments) {
        return Messages.texte(cle, arguments).replace('\u202F', ' ').replace('\u00A0', ' ');
    }
}

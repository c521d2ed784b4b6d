package fr.pacte.shared.web;

import java.io.Serializable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The flash messages of the layout (fragments/layout.html): a success or an information message key, with its
 * arguments, carried by the redirect after a POST and shown once at the top of the next page.
 * {@code Flash.succes(redirection, "indicateur.saisie.enregistree", 3)}.
 */
public final class Flash {

    /** Model attribute read by the layout (id {@code message-succes}). */
    public static final String SUCCES = "flashSucces";
    /** Model attribute read by the layout (id {@code message-information}). */
    public static final String INFORMATION = "flashInformation";

    private Flash() {
    }

    /** A message key of messages.properties and its arguments. */
    public record Message(String cle, Object[] arguments) implements Serializable {
    }

    public static void succes(RedirectAttributes redirection, String cle, Object... arguments) {
        redirection.addFlashAttribute(SUCCES, new Message(cle, arguments));
    }

    public static void information(RedirectAttributes redirection, String cle, Object... arguments) {
        redirection.addFlashAttribute(INFORMATION, new Message(cle, arguments));
    }
}

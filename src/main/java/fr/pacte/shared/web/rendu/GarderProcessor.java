package fr.pacte.shared.web.rendu;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.engine.TemplateManager;
import org.thymeleaf.engine.TemplateModel;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeModelProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code pacte:garder="${cle}"}: the element and its content are rendered once per key and then copied from {@link
 * RendusGardes}. A null key renders as usual. What holds a CSRF token (a POST form) is never kept: the token belongs
 * to one session.
 */
final class GarderProcessor extends AbstractAttributeModelProcessor {

    static final String ATTRIBUT = "garder";

    /** Before the Standard dialect's attributes of the same element: the kept HTML replaces their work. */
    private static final int PRECEDENCE = 10;

    private final RendusGardes rendus;

    GarderProcessor(String prefixe, RendusGardes rendus) {
        super(TemplateMode.HTML, prefixe, null, false, ATTRIBUT, true, PRECEDENCE, true);
        this.rendus = rendus;
    }

    @Override
    protected void doProcess(ITemplateContext contexte, IModel modele, AttributeName attribut, String valeur,
            IElementModelStructureHandler structure) {
        Object cle = StandardExpressions.getExpressionParser(contexte.getConfiguration())
                .parseExpression(contexte, valeur).execute(contexte);
        if (cle == null) {
            return;
        }
        String html = rendus.lire(cle.toString());
        if (html == null) {
            html = inerte(rendre(contexte, modele, attribut));
            if (!html.contains("_csrf")) {
                rendus.garder(cle.toString(), html);
            }
        }
        modele.reset();
        modele.add(contexte.getModelFactory().createText(html));
    }

    /**
     * The rendered HTML goes back into the page as a text event, which Thymeleaf's text inlining would read again: a
     * typed "[[${…}]]" or "[(${…})]" would then be evaluated. Written as {@code &#91;}, a bracket means the same to
     * the browser (in text and attribute values; Pacte's pages hold no inline script or style) and nothing to the
     * inliner.
     */
    static String inerte(String html) {
        return html.replace("[", "&#91;");
    }

    /** The element rendered now, in the page's context (its variables, messages and links), to a string. */
    private static String rendre(ITemplateContext contexte, IModel modele, AttributeName attribut) {
        IProcessableElementTag ouverture = (IProcessableElementTag) modele.get(0);
        if (ouverture.hasAttribute(attribut)) {
            modele.replace(0, contexte.getModelFactory().removeAttribute(ouverture, attribut));
        }
        StringWriter source = new StringWriter();
        try {
            modele.write(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TemplateManager gabarits = contexte.getConfiguration().getTemplateManager();
        TemplateModel gabarit = gabarits.parseString(contexte.getTemplateData(), source.toString(),
                ouverture.getLine(), ouverture.getCol(), TemplateMode.HTML, true);
        StringWriter rendu = new StringWriter();
        gabarits.process(gabarit, contexte, rendu);
        return rendu.toString();
    }
}

package fr.pacte.rapport;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The PDF of a report, made with openhtmltopdf from the same Thymeleaf HTML as the report's page (the page includes
 * {@code rapport/pdf/rapport :: contenu}); the DejaVu fonts (free licence, from the jasperreports-fonts jar of Maven
 * Central) are embedded so that the file looks the same everywhere and carries the narrow no-break spaces of
 * "1 234,56 €". The footer is a running element of the page margin.
 */
@Component
class RapportPdf {

    private static final String POLICES = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] NORMALE = police("DejaVuSans.ttf");
    private static final byte[] GRASSE = police("DejaVuSans-Bold.ttf");

    private final SpringTemplateEngine moteur;
    private final ApplicationContext contexte;
    private final ConversionService conversions;

    RapportPdf(SpringTemplateEngine moteur, ApplicationContext contexte,
            @org.springframework.beans.factory.annotation.Qualifier("mvcConversionService")
            ConversionService conversions) {
        this.moteur = moteur;
        this.contexte = contexte;
        this.conversions = conversions;
    }

    /** The XHTML of the report, as the PDF renders it. */
    String html(ModeleRapport m) {
        Context c = new Context(Locale.FRANCE);
        c.setVariable("m", m);
        c.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(contexte, conversions));
        return moteur.process("rapport/pdf/rapport", c);
    }

    byte[] ecrire(ModeleRapport m) {
        try {
            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            PdfRendererBuilder pdf = new PdfRendererBuilder();
            pdf.useFastMode();
            pdf.useFont(() -> new ByteArrayInputStream(NORMALE), "DejaVu Sans", 400, FontStyle.NORMAL, true);
            pdf.useFont(() -> new ByteArrayInputStream(GRASSE), "DejaVu Sans", 700, FontStyle.NORMAL, true);
            pdf.withHtmlContent(html(m), "/");
            pdf.toStream(sortie);
            pdf.run();
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] police(String nom) {
        try (InputStream in = RapportPdf.class.getResourceAsStream(POLICES + nom)) {
            if (in == null) {
                throw new IllegalStateException("Police absente du classpath : " + nom);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

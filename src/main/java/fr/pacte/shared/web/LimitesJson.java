package fr.pacte.shared.web;

import fr.pacte.shared.Precision;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Issue 13, item 2: a JSON body cannot make the server burn CPU on a number. Jackson's stream read limits refuse a
 * number of more than {@value #CHIFFRES_MAX} characters, a string over {@value #TEXTE_MAX} characters and a body over
 * {@value #DOCUMENT_MAX} bytes while parsing; every {@link BigDecimal} is then checked by {@link Precision} on its text
 * before it is built ({@code {"nombre": 1e10000000}} is ten characters: the check is on its exponent). The answer is
 * a French 400 from the API's error handler ({@link #horsLimites(Throwable)} finds the French message).
 */
@Configuration(proxyBeanMethods = false)
public class LimitesJson {

    static final int CHIFFRES_MAX = 100;
    static final int TEXTE_MAX = 1_000_000;
    static final long DOCUMENT_MAX = 20L * 1024 * 1024;

    @Bean
    JsonFactoryBuilderCustomizer limitesDeLecture() {
        return builder -> builder.streamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(CHIFFRES_MAX)
                .maxStringLength(TEXTE_MAX)
                .maxDocumentLength(DOCUMENT_MAX)
                .maxNestingDepth(200)
                .build());
    }

    @Bean
    JsonMapperBuilderCustomizer nombresBornes() {
        return builder -> builder.addModule(new SimpleModule("pacte-nombres")
                .addDeserializer(BigDecimal.class, new DecimalBorne()));
    }

    /** The French message of a number refused in a JSON body, wherever it sits in the cause chain. */
    public static Optional<String> horsLimites(Throwable erreur) {
        for (Throwable t = erreur; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Precision.NombreHorsLimitesException e) {
                return Optional.of(e.getMessage());
            }
            if (t instanceof StreamConstraintsException) {
                return Optional.of(fr.pacte.shared.Textes.texte("api.json.limites"));
            }
        }
        return Optional.empty();
    }

    /** A BigDecimal whose size is checked on the token's text (never expanded) before it is built. */
    static final class DecimalBorne extends ValueDeserializer<BigDecimal> {

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext contexte) {
            JsonToken jeton = parser.currentToken();
            String texte;
            if (jeton == JsonToken.VALUE_NUMBER_INT || jeton == JsonToken.VALUE_NUMBER_FLOAT) {
                texte = parser.getText();
            } else if (jeton == JsonToken.VALUE_STRING) {
                texte = parser.getString().strip();
                if (texte.isEmpty()) {
                    return null;
                }
            } else {
                return (BigDecimal) contexte.handleUnexpectedToken(BigDecimal.class, parser);
            }
            try {
                Precision.verifier(texte, Precision.JSON);
            } catch (Precision.NombreHorsLimitesException e) {
                throw DatabindException.from(parser, e.getMessage(), e);
            }
            return new BigDecimal(texte.replace(',', '.'));
        }
    }
}

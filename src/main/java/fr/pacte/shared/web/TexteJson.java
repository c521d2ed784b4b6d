package fr.pacte.shared.web;

import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every JSON string read by the API is checked like a form field (SaisieTexte): a NUL character (U+0000) is refused
 * while the body is read, so that the API answers 400 {@code CARACTERE_INTERDIT} instead of a database error. Spring
 * Boot adds this module to its JSON mapper.
 */
@Component
class TexteJson extends SimpleModule {

    TexteJson() {
        super("pacte-texte");
        addDeserializer(String.class, new SansCaractereNul());
    }

    static final class SansCaractereNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext contexte) {
            String texte = super.deserialize(parser, contexte);
            if (texte != null && texte.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(parser, "NUL character", texte, String.class);
            }
            return texte;
        }
    }
}

package fr.pacte.securite;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's refusals written by the security filters, before any controller: {@code {"erreur": "…", "code": "…"}}
 * in French, as every API error of Pacte.
 */
@Component
class ReponseErreurJson {

    /** Times told to users are those of metropolitan France, as in the rest of the app. */
    static final ZoneId HEURE_DE_PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("HH 'h' mm", Locale.FRANCE);

    private final MessageSource messages;
    private final JsonMapper json;

    ReponseErreurJson(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    void ecrire(HttpServletResponse reponse, int statut, String code, String cle, Object... arguments)
            throws IOException {
        Map<String, String> corps = new LinkedHashMap<>();
        corps.put("erreur", messages.getMessage(cle, arguments, Locale.FRANCE));
        corps.put("code", code);
        reponse.setStatus(statut);
        reponse.setContentType(MediaType.APPLICATION_JSON_VALUE);
        reponse.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(reponse.getOutputStream(), corps);
    }

    /**
     * "10 h 43": the first minute at which a new try is accepted (rounded up, so that trying at that minute works).
     */
    static String heureDeReprise(Instant jusqua) {
        Instant minuteSuivante = jusqua.plusSeconds(59).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        return HEURE.format(minuteSuivante.atZone(HEURE_DE_PARIS));
    }
}

package fr.pacte.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description (/v3/api-docs) states the one error shape and adds it to every operation. */
@Configuration
class DescriptionErreursApi {

    private static final String SCHEMA = "ErreurApi";

    private static final Map<String, String> REPONSES = new TreeMap<>(Map.of(
            "400", "Requête refusée (REQUETE_INVALIDE, CORPS_ILLISIBLE, PARAMETRE_INVALIDE, PARAMETRE_ABSENT, "
                    + "CARACTERE_INTERDIT, FICHIER_ABSENT, FICHIER_ILLISIBLE, FICHIER_TROP_VOLUMINEUX, "
                    + "MULTIPART_ATTENDU ou le code d'une saisie refusée, par exemple indicateur.valeur.negative)",
            "401", "Identifiants absents ou faux (NON_AUTHENTIFIE)",
            "403", "Rôle insuffisant (ACCES_REFUSE)",
            "404", "Route, identifiant inconnu ou hors périmètre, même réponse (INTROUVABLE)",
            "500", "Erreur inattendue ; le message donne la référence inscrite dans le journal (ERREUR_INTERNE)"));

    @Bean
    OpenApiCustomizer erreursDeLApi() {
        return openApi -> {
            Schema<?> erreur = new ObjectSchema()
                    .description("Toute erreur de l'API : un message en français et un code stable")
                    .addProperty("erreur", new StringSchema().description("Message en français, prêt à afficher"))
                    .addProperty("code", new StringSchema().description("Code stable : "
                            + String.join(", ", Arrays.stream(CodeErreur.values()).map(Enum::name).toList())
                            + ", ou le code d'une saisie refusée (FICHIER_ILLISIBLE, indicateur.valeur.negative…)"));
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(SCHEMA, erreur);
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(chemin -> chemin.readOperations().forEach(operation ->
                    REPONSES.forEach((statut, description) -> {
                        if (operation.getResponses() != null && !operation.getResponses().containsKey(statut)) {
                            operation.getResponses().addApiResponse(statut, new ApiResponse().description(description)
                                    .content(new Content().addMediaType("application/json",
                                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)))));
                        }
                    })));
        };
    }
}

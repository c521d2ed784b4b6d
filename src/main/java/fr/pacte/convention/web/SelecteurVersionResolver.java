package fr.pacte.convention.web;

import fr.pacte.convention.SelecteurVersion;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads {@code ?version=N}, {@code ?enVigueurAu=YYYY-MM-DD} or {@code ?avenant=N} (contracts/avenant.md) into the
 * {@link SelecteurVersion} parameter of any page or API read; a malformed value or two of them answer a French 400.
 */
@Configuration(proxyBeanMethods = false)
class SelecteurVersionResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return SelecteurVersion.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        String version = valeur(request, "version");
        String date = valeur(request, "enVigueurAu");
        String avenant = valeur(request, "avenant");
        int donnes = (version != null ? 1 : 0) + (date != null ? 1 : 0) + (avenant != null ? 1 : 0);
        if (donnes > 1) {
            throw invalide("Indiquez une seule des options version, enVigueurAu et avenant.");
        }
        if (version != null) {
            return SelecteurVersion.version(entier(version, "version"));
        }
        if (avenant != null) {
            return SelecteurVersion.avenant(entier(avenant, "avenant"));
        }
        if (date != null) {
            try {
                return SelecteurVersion.enVigueurAu(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw invalide("La date « " + date + " » de enVigueurAu n'est pas valide : écrivez-la AAAA-MM-JJ, "
                        + "par exemple 2024-04-12.");
            }
        }
        return SelecteurVersion.COURANTE;
    }

    private static String valeur(NativeWebRequest request, String nom) {
        String v = request.getParameter(nom);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static int entier(String texte, String nom) {
        if (!texte.matches("\\d{1,6}")) {
            throw invalide("« " + texte + " » n'est pas un numéro valide pour " + nom + ".");
        }
        return Integer.parseInt(texte);
    }

    private static ResponseStatusException invalide(String message) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
    }
}

package fr.pacte.shared.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What one request has already read, kept for the rest of that request only: the scoped snapshot of a convention is
 * read once even when the tableau, the controls and the indicators of one page all need it. Outside a request
 * (tests, batch) nothing is kept.
 */
public final class CacheDeRequete {

    private static final String ATTRIBUT = CacheDeRequete.class.getName();

    private CacheDeRequete() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T memoriser(String cle, Supplier<T> calcul) {
        Map<String, Object> cache = cache();
        if (cache == null) {
            return calcul.get();
        }
        Object present = cache.get(cle);
        if (present == null) {
            present = calcul.get();
            cache.put(cle, present);
        }
        return (T) present;
    }

    /** A write forgets what was read before it, so that the rest of the request reads what it wrote. */
    public static void vider() {
        Map<String, Object> cache = cache();
        if (cache != null) {
            cache.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cache() {
        RequestAttributes attributs = RequestContextHolder.getRequestAttributes();
        if (attributs == null) {
            return null;
        }
        Object cache = attributs.getAttribute(ATTRIBUT, RequestAttributes.SCOPE_REQUEST);
        if (cache == null) {
            cache = new HashMap<String, Object>();
            attributs.setAttribute(ATTRIBUT, cache, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, Object>) cache;
    }
}

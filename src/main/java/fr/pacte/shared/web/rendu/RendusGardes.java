package fr.pacte.shared.web.rendu;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.ToIntFunction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rendered parts of pages kept in memory (issue 12, point 5: no repeated rendering work): the HTML a {@code
 * pacte:garder} element rendered, under the key the page computed for it. The key carries everything the part shows
 * (for a convention's pages: its revision, version, the page and the reader's role), so an entry is never stale: it is
 * just no longer asked for. Bounded by the size of what is kept.
 */
@Component
public class RendusGardes {

    private final Cache<String, String> rendus;

    /** Whole pages, in bytes (their own bound: a page is about the size of its content). */
    private final Cache<String, PageGardee> pages;

    RendusGardes(@Value("${pacte.cache.rendus.octets:67108864}") long octets) {
        this.rendus = borne(octets, String::length);
        this.pages = borne(octets, PageGardee::octets);
    }

    /** Bounded by the size of what is kept (a key's length counts too), forgotten after two hours unread. */
    private static <V> Cache<String, V> borne(long octets, ToIntFunction<V> taille) {
        return Caffeine.newBuilder().maximumWeight(Math.max(octets, 1))
                .weigher((String cle, V valeur) -> cle.length() + taille.applyAsInt(valeur))
                .expireAfterAccess(Duration.ofHours(2)).build();
    }

    String lire(String cle) {
        return rendus.getIfPresent(cle);
    }

    void garder(String cle, String html) {
        rendus.put(cle, html);
    }

    PageGardee lirePage(String cle) {
        return pages.getIfPresent(cle);
    }

    void garderPage(String cle, PageGardee page) {
        pages.put(cle, page);
    }

    /** For the bench and the tests: how many parts are kept now. */
    public long taille() {
        rendus.cleanUp();
        return rendus.estimatedSize();
    }

    /** For the tests: how many whole pages are kept now. */
    public long pagesGardees() {
        pages.cleanUp();
        return pages.estimatedSize();
    }
}

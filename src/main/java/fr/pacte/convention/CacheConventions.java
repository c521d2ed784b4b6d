package fr.pacte.convention;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What is read and computed from one version of a convention, kept in memory across requests (issue 12, point 5): a
 * signed version does not change, and every commit that changes a convention raises its revision in the database
 * (migration V202612110900), so an entry under (convention, revision, version) is never stale; it is just no longer
 * asked for. Only read-only transactions use it: a writing transaction may see its own uncommitted rows, and may
 * change the entities it reads. Values must be immutable. Per instance: two instances share the revision, not the
 * entries. Scoping stays outside: callers check the périmètre before they ask (the snapshot read is scoped).
 */
@Component
public class CacheConventions {

    private final Cache<String, Object> entrees;
    private final boolean actif;

    CacheConventions(@Value("${pacte.cache.conventions.taille:2000}") long taille) {
        this.actif = taille > 0;
        this.entrees = Caffeine.newBuilder().maximumSize(Math.max(taille, 1))
                .expireAfterAccess(Duration.ofHours(2)).build();
    }

    /** The value of {@code quoi} for this snapshot, computed once per revision; {@code quoi} names the computation
     * and its arguments ("tableau:2024", "budget:42"). */
    @SuppressWarnings("unchecked")
    public <T> T memoriser(ConventionLue convention, String quoi, Supplier<T> calcul) {
        if (!utilisable() || !convention.partageable()) {
            return calcul.get();
        }
        String cle = convention.cleDeContenu() + ":" + quoi;
        Object present = entrees.getIfPresent(cle);
        if (present == null) {
            // computed outside the cache's lock: a computation may itself ask the cache for another key
            present = calcul.get();
            entrees.put(cle, present);
        }
        return (T) present;
    }

    /** The snapshot itself, under the revision read with the convention row before loading it. */
    ConventionLue instantane(String cle) {
        return utilisable() ? (ConventionLue) entrees.getIfPresent("instantane:" + cle) : null;
    }

    void garderInstantane(String cle, ConventionLue convention) {
        if (utilisable()) {
            entrees.put("instantane:" + cle, convention);
        }
    }

    /** Not in a writing transaction: outside any transaction, nothing uncommitted can be seen either. */
    boolean utilisable() {
        return actif && (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly());
    }

    /** For the bench and the tests: how many entries are kept now. */
    public long taille() {
        entrees.cleanUp();
        return entrees.estimatedSize();
    }
}

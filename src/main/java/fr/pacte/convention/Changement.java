package fr.pacte.convention;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One field of one object that a write use case changed, old → new, as text: what the audit journal records and
 * what a reviewer compares (contracts/avenant.md § Journal). {@code avant} null = created, {@code apres} null = removed.
 */
public record Changement(String objet, Long objetId, String champ, String avant, String apres) {

    /**
     * The fields of two values of the same record type that differ, computed from the record's components so that
     * a field added later is never forgotten (GLA-OPS's hand-written diffs are what not to do). {@code avant} null
     * means the object is new.
     */
    public static <R extends Record> List<Changement> entre(String objet, Long objetId, R avant, R apres) {
        Class<?> type = (avant != null ? avant : apres).getClass();
        List<Changement> changements = new ArrayList<>();
        for (RecordComponent composant : type.getRecordComponents()) {
            Object a = avant == null ? null : valeur(composant, avant);
            Object b = apres == null ? null : valeur(composant, apres);
            if (!Objects.equals(a, b)) {
                changements.add(new Changement(objet, objetId, composant.getName(), texte(a), texte(b)));
            }
        }
        return changements;
    }

    private static Object valeur(RecordComponent composant, Record valeur) {
        try {
            return composant.getAccessor().invoke(valeur);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String texte(Object valeur) {
        if (valeur == null) {
            return null;
        }
        return valeur instanceof java.math.BigDecimal b ? b.toPlainString() : valeur.toString();
    }
}

package fr.pacte.financement.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * R-FIN-4 Envelopes: Σ État per axe = the axe amount written in the articles; Σ État of a champ = its annual amount;
 * Σ volets = champ amount; Σ champs = convention total. A difference is an ERREUR ({@code ENVELOPPE}) with
 * {@code declare} = the written envelope and {@code calcule} = the sum. Vienne: 238 205 + 230 000 + 110 428 = 578 633
 * (L189–L211, FX-4).
 */
public final class EnveloppeRule {

    public static final String CODE = "ENVELOPPE";
    public static final String REGLE = "R-FIN-4";

    /**
     * An envelope written in the convention and what it is compared with.
     *
     * @param sujet     "de l'axe 1", "du champ SOL"; null for the State envelope of a whole imported table
     * @param calcule   Σ État of the lines, or Σ of the envelopes below (see {@code repartition})
     * @param repartition true when {@code calcule} is the sum of the envelopes written below (axes of a champ)
     */
    public record Enveloppe(Lieu lieu, String sujet, BigDecimal declare, BigDecimal calcule, boolean repartition) {
    }

    public Optional<Constat> verifier(Enveloppe enveloppe) {
        if (!Constats.different(enveloppe.declare(), enveloppe.calcule())) {
            return Optional.empty();
        }
        BigDecimal ecart = enveloppe.declare().subtract(enveloppe.calcule());
        String cle = enveloppe.sujet() == null ? CODE
                : enveloppe.repartition() ? CODE + ".repartition" : CODE + ".groupe";
        String message = MessagesConstats.texte(cle, enveloppe.sujet(), Constats.euros(enveloppe.declare()),
                Constats.euros(enveloppe.calcule()), Constats.euros(ecart));
        return Optional.of(Constats.constat(CODE, REGLE, Gravite.ERREUR, enveloppe.lieu(), Colonne.ETAT,
                enveloppe.declare(), enveloppe.calcule(), message));
    }

    public List<Constat> verifier(List<Enveloppe> enveloppes) {
        return enveloppes.stream().map(this::verifier).flatMap(Optional::stream).toList();
    }
}

package fr.pacte.financement.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * R-FIN-10 Shared post: the quote-parts of one post over all fiches add up to at most the post's full cost
 * (ETP × annual cost), and to at most its ETP; beyond, an AVERTISSEMENT ({@code POSTE_PARTAGE}) asks whether there
 * are in fact two posts. "Chargé de requêtage SI": FA15 20 000 + FA22 50 000 = 70 000 > 50 000 (L1584, L2115, FX-14).
 */
public final class PostePartageRule {

    public static final String CODE = "POSTE_PARTAGE";
    public static final String REGLE = "R-FIN-10";

    public record Poste(String libelle, BigDecimal etp, BigDecimal coutAnnuel, List<QuotePart> quoteParts) {
    }

    /** @param etp the share of the post in ETP, or null when only an amount is given */
    public record QuotePart(String fiche, BigDecimal montant, BigDecimal etp) {
    }

    public List<Constat> verifier(Poste poste) {
        List<Constat> constats = new ArrayList<>();
        String fiches = poste.quoteParts().stream().map(QuotePart::fiche).collect(Collectors.joining(", "));
        Lieu lieu = Lieu.NULLE_PART;
        BigDecimal cout = poste.etp().multiply(poste.coutAnnuel()).setScale(2, RoundingMode.HALF_UP);
        BigDecimal somme = poste.quoteParts().stream().map(QuotePart::montant).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        if (somme.compareTo(cout) > 0) {
            constats.add(Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, lieu, null, somme, cout,
                    MessagesConstats.texte(CODE, poste.libelle(), fiches, Constats.euros(somme),
                            Constats.euros(cout), Constats.euros(somme.subtract(cout)))));
        }
        BigDecimal etp = poste.quoteParts().stream().map(QuotePart::etp).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (etp.compareTo(poste.etp()) > 0) {
            constats.add(Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, lieu, null, etp, poste.etp(),
                    MessagesConstats.texte(CODE + ".etp", poste.libelle(), fiches,
                            etp.stripTrailingZeros().toPlainString().replace('.', ','),
                            poste.etp().stripTrailingZeros().toPlainString().replace('.', ','))));
        }
        return constats;
    }

    public List<Constat> verifier(List<Poste> postes) {
        return postes.stream().flatMap(p -> verifier(p).stream()).toList();
    }
}

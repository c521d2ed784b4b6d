package fr.pacte.financement.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.shared.Libelles;
import fr.pacte.shared.MontantsEnLettres;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * R-FIN-13 Amount in words = amount in figures: "deux-cent trente-huit mille deux-cent cinq euros" = 238 205 €
 * (L195–L197, L209–L211, FX-4). A difference, or words that cannot be read, is an AVERTISSEMENT
 * ({@code MONTANT_EN_LETTRES}; {@code declare} = the words read as a number, {@code calcule} = the figures).
 */
public final class MontantEnLettresRule {

    public static final String CODE = "MONTANT_EN_LETTRES";
    public static final String REGLE = "R-FIN-13";

    /** @param sujet "de l'axe 1 (2024)" */
    public record MontantEcrit(Lieu lieu, String sujet, BigDecimal chiffres, String lettres) {
    }

    public Optional<Constat> verifier(MontantEcrit montant) {
        if (Libelles.vide(montant.lettres())) {
            return Optional.empty();
        }
        Optional<BigDecimal> lu = MontantsEnLettres.parse(montant.lettres());
        if (lu.isEmpty()) {
            return Optional.of(Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, montant.lieu(), null, null,
                    montant.chiffres(), MessagesConstats.texte(CODE + ".illisible", montant.sujet(),
                            montant.lettres().strip(), Constats.euros(montant.chiffres()))));
        }
        if (!Constats.different(lu.get(), montant.chiffres())) {
            return Optional.empty();
        }
        return Optional.of(Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, montant.lieu(), null, lu.get(),
                montant.chiffres(), MessagesConstats.texte(CODE, montant.sujet(), montant.lettres().strip(),
                        Constats.euros(lu.get()), Constats.euros(montant.chiffres()),
                        Constats.euros(lu.get().subtract(montant.chiffres())))));
    }

    public List<Constat> verifier(List<MontantEcrit> montants) {
        return montants.stream().map(this::verifier).flatMap(Optional::stream).toList();
    }
}

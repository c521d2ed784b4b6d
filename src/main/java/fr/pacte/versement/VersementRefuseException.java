package fr.pacte.versement;

import java.util.List;

/**
 * A transition refused with its reasons (contracts: {@code 422} with the reason): the payment is not EXIGIBLE, its
 * imputation is incomplete (R-PAY-5), the account is invalid (R-PAY-6), or the move is not allowed from its statut.
 */
public class VersementRefuseException extends RuntimeException {

    private final String code;
    private final transient List<String> motifs;

    VersementRefuseException(String code, List<String> motifs) {
        super(String.join(" ", motifs));
        this.code = code;
        this.motifs = List.copyOf(motifs);
    }

    public String code() {
        return code;
    }

    public List<String> motifs() {
        return motifs;
    }
}

package fr.pacte.avenant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.pacte.convention.StatutFiche;
import fr.pacte.financement.Financeur;
import fr.pacte.financement.Nature;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The avenant document of contracts/avenant.md, with the field names of contracts/convention.md: {@code
 * montantsConventionnels} and {@code lignes} replace the entries with the same key (an amount of 0 removes a line),
 * {@code fiches} adds a fiche (new {@code cle}) or replaces the named fields of an existing one, {@code complements}
 * states the change of a champ's envelope (R-FIN-22), {@code reports} the credits carried over (R-PAY-8), and {@code
 * deliberation} with {@code signature} an avenant already signed on paper (recorded directly in force). Own records
 * of the avenant feature for now: they will be unified with the convention document (issue 9).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DocumentAvenant(Integer numero, String objet, List<Complement> complements,
        List<Montant> montantsConventionnels, List<Ligne> lignes, List<Fiche> fiches, List<Report> reports,
        Deliberation deliberation, Signature signature) {

    public DocumentAvenant {
        complements = complements == null ? List.of() : List.copyOf(complements);
        montantsConventionnels = montantsConventionnels == null ? List.of() : List.copyOf(montantsConventionnels);
        lignes = lignes == null ? List.of() : List.copyOf(lignes);
        fiches = fiches == null ? List.of() : List.copyOf(fiches);
        reports = reports == null ? List.of() : List.copyOf(reports);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Complement(String champ, Integer exercice, Financeur financeur, BigDecimal montant) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Montant(String champ, String axe, Integer exercice, Financeur financeur, BigDecimal montant,
            String article) {
    }

    /** {@code fiche} null only for an envelope line of a volet without fiche: it then names its {@code champ}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ligne(String fiche, String champ, String axe, Integer exercice, Financeur financeur,
            String organisme, Nature nature, BigDecimal montant) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Fiche(String cle, String numero, String intitule, String libelleAnnexe, String codeAlternatif,
            String champ, List<String> axes, StatutFiche statut, String description, String publicCible,
            String territoire, String pilote, String operateur, String partenaires, String dateMiseEnPlace,
            String duree) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Report(String champ, String fiche, Financeur financeur, Integer exerciceOrigine,
            Integer exerciceDestination, BigDecimal montant) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Deliberation(String organe, String numero, LocalDate dateSeance, Integer pour, Integer contre,
            Integer abstentions, Integer presents, Integer representes, Integer nePrennentPasPart,
            LocalDate dateTransmission, String identifiantTransmission, LocalDate datePublication) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Signature(LocalDate date) {
    }

    public DocumentAvenant avecNumero(int n) {
        return new DocumentAvenant(n, objet, complements, montantsConventionnels, lignes, fiches, reports,
                deliberation, signature);
    }
}

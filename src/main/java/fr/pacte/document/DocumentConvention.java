package fr.pacte.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.pacte.indicateur.IndicateurDocument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A whole convention, exactly as contracts/convention.md writes it: amounts are JSON numbers with at most two decimals,
 * dates ISO {@code YYYY-MM-DD}, enumerations upper case; unknown fields are ignored. Fields beyond the contract's
 * (marked {@code NON_NULL}) keep what Pacte holds besides, so that a convention comes back out whole (the Vienne's
 * short labels, délibération details, "(50 %)" shares); other readers ignore them. Every value arrives as written:
 * {@link ValidationDocument} says what is wrong, with the place ({@code fiches[3].axes[0]}), before anything is saved.
 * The records are public so that other documents (an avenant, contracts/avenant.md) reuse the same fields.
 */
public record DocumentConvention(String numero, String numeroEtat, String intitule, String type, String departement,
        String debut, String fin, List<Partie> parties, Deliberation deliberation, Signature signature,
        List<Champ> champs, List<Fiche> fiches, List<Montant> montantsConventionnels, List<Ligne> lignes,
        List<Declare> declares, List<IndicateurDocument> indicateurs,
        @JsonInclude(JsonInclude.Include.NON_NULL) String aliases) {

    public DocumentConvention {
        parties = liste(parties);
        champs = liste(champs);
        fiches = liste(fiches);
        montantsConventionnels = liste(montantsConventionnels);
        lignes = liste(lignes);
        declares = liste(declares);
        indicateurs = liste(indicateurs);
    }

    static <T> List<T> liste(List<T> valeurs) {
        return valeurs == null ? List.of() : valeurs.stream().map(v -> v).toList();
    }

    /** The same document under another numero (a copy of a convention). */
    public DocumentConvention sousLeNumero(String autre) {
        return new DocumentConvention(autre, numeroEtat, intitule, type, departement, debut, fin, parties,
                deliberation, signature, champs, fiches, montantsConventionnels, lignes, declares, indicateurs,
                aliases);
    }

    /** {@code role}: ETAT, DEPARTEMENT or PARTENAIRE. */
    public record Partie(String role, String organisme, String representant, String qualite,
            @JsonInclude(JsonInclude.Include.NON_NULL) String acteNomination) {
    }

    /**
     * {@code organe}: CONSEIL_DEPARTEMENTAL or COMMISSION_PERMANENTE. R-ADM-4: when votes and attendance are given,
     * pour + contre + abstentions = présents + représentés − ne prennent pas part.
     */
    public record Deliberation(String organe, String numero, String dateSeance, Integer pour, Integer contre,
            Integer abstentions, Integer presents, Integer representes, Integer nePrennentPasPart,
            String dateTransmission, String datePublication,
            @JsonInclude(JsonInclude.Include.NON_NULL) String titre,
            @JsonInclude(JsonInclude.Include.NON_NULL) String dateConvocation,
            @JsonInclude(JsonInclude.Include.NON_NULL) String president,
            @JsonInclude(JsonInclude.Include.NON_NULL) String secretaire,
            @JsonInclude(JsonInclude.Include.NON_NULL) String decision,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer absents,
            @JsonInclude(JsonInclude.Include.NON_NULL) String identifiantTransmission) {
    }

    /** Signed on paper: {@code date} null when the documents do not give it (never invented). */
    public record Signature(String date) {
    }

    public record Champ(String code, String libelle, String debut, String fin, String debutExercice,
            String programme, Parite parite, List<Versement> versement, List<Axe> axes,
            BigDecimal seuilSousConsommation,
            @JsonInclude(JsonInclude.Include.NON_NULL) String regleVersement) {

        public Champ {
            versement = liste(versement);
            axes = liste(axes);
        }
    }

    /** R-FIN-5: {@code portee} LIGNE, GLOBAL or AUCUNE; {@code base} ETAT_DEPARTEMENT or TOTAL; {@code seuil} %. */
    public record Parite(String portee, String base, BigDecimal seuil) {
    }

    /** An instalment of the payment rule (R-PAY-1); {@code exercice} null: every exercice without its own rule. */
    public record Versement(String type, BigDecimal pourcentage, String condition,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer exercice) {
    }

    /** {@code type}: AXE, VOLET, THEME or SECTION; {@code parent}: the numero of another axe of the same champ. */
    public record Axe(String numero, String libelle, String type, String parent, Boolean pariteApplicable,
            @JsonInclude(JsonInclude.Include.NON_NULL) String libelleCourt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String numeroPilier,
            @JsonInclude(JsonInclude.Include.NON_NULL) String activiteChorus) {
    }

    /**
     * A fiche-action: {@code cle} unique in the convention (defaults to {@code numero}, which may repeat),
     * {@code axes} the numbers of its axes in its champ, {@code partsAxes} the share stated per axe ("(50 %)").
     */
    public record Fiche(String cle, String numero, String intitule, String champ, List<String> axes, String statut,
            String description, String publicCible, String territoire, String pilote, String operateur,
            String partenaires, String dateMiseEnPlace, String duree,
            @JsonInclude(JsonInclude.Include.NON_NULL) String libelleAnnexe,
            @JsonInclude(JsonInclude.Include.NON_NULL) String codeAlternatif,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, BigDecimal> partsAxes) {

        public Fiche {
            axes = liste(axes);
            partsAxes = partsAxes == null ? Map.of() : Map.copyOf(partsAxes);
        }
    }

    /** An amount of the articles (R-FIN-4), with its amount in words when the article gives it (R-FIN-13). */
    public record Montant(String champ, String axe, Integer exercice, String financeur, BigDecimal montant,
            String enLettres, String article,
            @JsonInclude(JsonInclude.Include.NON_NULL) String statut) {
    }

    /**
     * The money: one line per fiche × axe × exercice × financeur × nature (DOMAIN.md §3.5); {@code fiche} null for an
     * envelope line, which then names its {@code champ}; a REPORT line may give {@code exerciceOrigine}.
     */
    public record Ligne(String fiche, String axe, Integer exercice, String financeur, String organisme,
            String nature, BigDecimal montant, String justification,
            @JsonInclude(JsonInclude.Include.NON_NULL) String champ,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer exerciceOrigine,
            @JsonInclude(JsonInclude.Include.NON_NULL) String objet) {
    }

    /**
     * A figure printed in the documents, compared with the computed one, never used as data: {@code objet}
     * CONVENTION, CHAMP, AXE or FICHE; {@code axes} instead of {@code axe} for a sub-total over a union ("4+5").
     */
    public record Declare(String objet, String champ, String axe, String fiche, Integer exercice, String colonne,
            BigDecimal montant, String source,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> axes,
            @JsonInclude(JsonInclude.Include.NON_NULL) String texte) {

        public Declare {
            axes = liste(axes);
        }
    }
}

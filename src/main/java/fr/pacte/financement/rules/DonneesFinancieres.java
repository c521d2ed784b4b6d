package fr.pacte.financement.rules;

import fr.pacte.financement.Sommes;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the rules need to know of a convention for one exercice: champs with their parity settings, axes, fiches
 * and their allocations, the rows of the year's tableau financier (one per fiche × axe, as computed by
 * {@link fr.pacte.financement.TableauFinancier}), the State envelopes written in the articles and the figures printed
 * elsewhere (ChiffreDeclare). Plain data, gathered by a service.
 */
public record DonneesFinancieres(int exercice, List<Champ> champs, List<Axe> axes, List<Fiche> fiches,
        List<Rang> rangs, List<EnveloppeEcrite> enveloppes, List<ChiffreEcrit> chiffres,
        List<EtpRule.LigneEtp> lignesEtp, List<PostePartageRule.Poste> postes) {

    public DonneesFinancieres {
        champs = List.copyOf(champs);
        axes = List.copyOf(axes);
        fiches = List.copyOf(fiches);
        rangs = List.copyOf(rangs);
        enveloppes = List.copyOf(enveloppes);
        chiffres = List.copyOf(chiffres);
        lignesEtp = List.copyOf(lignesEtp);
        postes = List.copyOf(postes);
    }

    /** @param couvreExercice whether the champ's period covers the exercice (R-DATE-1) */
    public record Champ(String code, String libelle, PariteRule.Parametres parite, boolean couvreExercice) {
    }

    /** @param type AXE, VOLET, THEME or SECTION */
    public record Axe(long id, String champ, String type, String numero, String libelle, boolean pariteApplicable) {

        /** "Axe 3", "Volet 2", "Thème 1", or the label of a section. */
        public String nom() {
            return switch (type == null ? "" : type) {
                case "AXE" -> "Axe " + numero;
                case "VOLET" -> "Volet " + numero;
                case "THEME" -> "Thème " + numero;
                default -> libelle;
            };
        }
    }

    public record Fiche(long id, String numero, String champ, String intitule, List<Allocation> allocations) {
    }

    /** @param partPourcent the share stated in the fiche ("(50 %)"), or null */
    public record Allocation(long axeId, BigDecimal partPourcent) {
    }

    /** The money of one fiche on one axe in the exercice; {@code ficheId} null for an envelope line (FT volet 1). */
    public record Rang(Long ficheId, long axeId, Sommes montants) {
    }

    /** A State amount written in the articles: per axe, per champ (axeId null) or for the convention (both null). */
    public record EnveloppeEcrite(String champ, Long axeId, BigDecimal montant, String enLettres) {
    }

    /** A figure printed elsewhere (a fiche's budget text…), compared with the lines; {@code colonne} null = total. */
    public record ChiffreEcrit(Long ficheId, Long axeId, String code, Colonne colonne, BigDecimal valeur) {
    }
}

package fr.pacte.financement.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the rules need to know of a convention for one exercice: champs with their parity settings, axes, fiches
 * and their allocations, the financing lines of the year (État, Département, autres, report), the State envelopes
 * written in the articles and the figures printed elsewhere (ChiffreDeclare). Plain data, read by a service.
 */
public record DonneesFinancieres(int exercice, List<Champ> champs, List<Axe> axes, List<Fiche> fiches,
        List<Ligne> lignes, List<EnveloppeEcrite> enveloppes, List<ChiffreEcrit> chiffres,
        List<EtpRule.LigneEtp> lignesEtp, List<PostePartageRule.Poste> postes) {

    public DonneesFinancieres {
        champs = List.copyOf(champs);
        axes = List.copyOf(axes);
        fiches = List.copyOf(fiches);
        lignes = List.copyOf(lignes);
        enveloppes = List.copyOf(enveloppes);
        chiffres = List.copyOf(chiffres);
        lignesEtp = List.copyOf(lignesEtp);
        postes = List.copyOf(postes);
    }

    public record Champ(String code, String libelle, PariteRule.Parametres parite) {
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

    public record Fiche(long id, String numero, String champ, List<Allocation> allocations) {
    }

    /** @param partPourcent the share stated in the fiche ("(50 %)"), or null */
    public record Allocation(long axeId, BigDecimal partPourcent) {
    }

    /** One financing line of the exercice; {@code colonne} is REPORT for carried-over credits. */
    public record Ligne(Long ficheId, long axeId, Colonne colonne, BigDecimal montant) {
    }

    /** A State amount written in the articles: per axe, per champ (axeId null) or for the convention (both null). */
    public record EnveloppeEcrite(String champ, Long axeId, BigDecimal montant, String enLettres) {
    }

    /** A figure printed elsewhere (a fiche's budget text…), compared with the lines; {@code colonne} null = total. */
    public record ChiffreEcrit(Long ficheId, Long axeId, String code, Colonne colonne, BigDecimal valeur) {
    }
}

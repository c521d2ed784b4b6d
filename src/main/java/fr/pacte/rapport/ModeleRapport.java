package fr.pacte.rapport;

import fr.pacte.execution.BilanFinancier;
import fr.pacte.shared.Messages;
import fr.pacte.versement.VersementLu;
import fr.pacte.versement.VersementService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The one model of a rapport d'exécution (DOMAIN.md §7.5) that the page and the five exports all draw: cover, the
 * bilan financier of the period per axe and fiche, per action its narrative and indicators, the completed indicator
 * matrix, the versements and the trop-perçu, the synthèse, and the footer. Built once per generation.
 */
public record ModeleRapport(Entete entete, BilanFinancier bilan, List<AxeRapport> axes,
        List<LigneIndicateur> indicateurs, List<Integer> annees, List<String> resultatsManquants, String synthese,
        List<VersementLu> versements, VersementService.TropPercu tropPercu) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    /** Cover and footer data. {@code sha256Xlsx} is set once the XLSX is frozen (R-WF-7). */
    public record Entete(Long conventionId, String conventionNumero, String conventionIntitule, String departement,
            int version, int numero, TypeRapport type, String champ, String champLibelle, LocalDate debut,
            LocalDate fin, StatutRapport statut, LocalDateTime generation, String sha256Xlsx, String deliberation,
            String transmission) {

        public String titre() {
            return Messages.texte("rapport.type." + type.name()) + " — " + champLibelle;
        }

        public String periode() {
            return Messages.texte("rapport.periode", DATE.format(debut), DATE.format(fin));
        }

        /** Convention number, version, generation date and, once frozen, the SHA-256 of the frozen XLSX. */
        public String pied() {
            String pied = Messages.texte("rapport.pied", conventionNumero, version, numero,
                    DATE_HEURE.format(generation));
            return sha256Xlsx == null ? pied : pied + " " + Messages.texte("rapport.pied.sha", sha256Xlsx);
        }

        public Entete avecSha(String sha) {
            return new Entete(conventionId, conventionNumero, conventionIntitule, departement, version, numero, type,
                    champ, champLibelle, debut, fin, statut, generation, sha, deliberation, transmission);
        }
    }

    /** An axe of the period with its row of the bilan and its actions. */
    public record AxeRapport(BilanFinancier.Ligne ligne, List<FicheRapport> fiches) {

        public String titre() {
            return ligne.axeLibelle();
        }
    }

    /** An action on an axe: its bilan row, narrative, justification of a low rate, its indicators. */
    public record FicheRapport(BilanFinancier.Ligne ligne, String recit, String justification,
            List<LigneIndicateur> indicateurs) {

        public String titre() {
            return ligne.fiche() == null ? ligne.intitule()
                    : Messages.texte("rapport.fiche.titre", ligne.fiche(), ligne.intitule());
        }
    }

    /** An indicator of the matrix with T0 and, per year of the period, cible, résultat and attainment (R-IND-12). */
    public record LigneIndicateur(String axe, Long ficheId, String fiche, String libelle, String unite, String t0,
            List<ValeurAnnee> valeurs) {
    }

    public record ValeurAnnee(int annee, String cible, String resultat, BigDecimal atteinte) {
    }

    public ModeleRapport avecSha(String sha) {
        return new ModeleRapport(entete.avecSha(sha), bilan, axes, indicateurs, annees, resultatsManquants, synthese,
                versements, tropPercu);
    }

    /** The rows of the bilan financier table, as every export lays them out. */
    public List<LignesBilan.Rang> rangsBilan() {
        return LignesBilan.rangs(bilan);
    }

    public List<String> entetesBilan() {
        return LignesBilan.entetes();
    }

    public BilanFinancier.Ligne total() {
        return bilan.total();
    }
}

package fr.pacte.rapport;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.shared.web.RessourceIntrouvableException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public entry point for reading reports: the list of a convention, one report with its model, its files (the stored
 * ones once frozen, generated otherwise) and what the échéances need (the reports transmitted). Scoped by the
 * convention's périmètre (404 outside); frozen files may be downloaded by every reader of the convention, the
 * Département and both préfectures (R-SEC-12), and each download is logged.
 */
@Service
@Transactional(readOnly = true)
public class RapportService {

    private final ConventionService conventions;
    private final RapportRepository rapports;
    private final FichierFigeRepository figes;
    private final ModeleRapportService modeles;
    private final FichiersRapport fichiers;
    private final JournalTelechargements journal;
    private final PerimetreCourant perimetre;
    private final Clock horloge;

    RapportService(ConventionService conventions, RapportRepository rapports, FichierFigeRepository figes,
            ModeleRapportService modeles, FichiersRapport fichiers, JournalTelechargements journal,
            PerimetreCourant perimetre, Clock horloge) {
        this.conventions = conventions;
        this.rapports = rapports;
        this.figes = figes;
        this.modeles = modeles;
        this.fichiers = fichiers;
        this.journal = journal;
        this.perimetre = perimetre;
        this.horloge = horloge;
    }

    /** A frozen file as listed. */
    public record FichierLu(String format, String sha256, long taille, LocalDateTime genereLe) {
    }

    /** A report as read: its row, its model (computed now, or as at transmission), its frozen files. */
    public record RapportLu(RapportExecution rapport, ModeleRapport modele, List<FichierLu> fichiers) {

        public boolean fige() {
            return rapport.getStatut() == StatutRapport.TRANSMIS;
        }
    }

    /** A transmitted report, for the échéances (R-DATE-3, R-DATE-4: a deadline is met by its transmission). */
    public record Transmis(Long champId, TypeRapport type, LocalDate debut, LocalDate fin, LocalDate date) {
    }

    /** A file to send: name, type and bytes. */
    public record Fichier(String nom, String typeMime, byte[] contenu) {
    }

    public List<RapportExecution> rapports(Long conventionId) {
        conventions.lire(conventionId);
        return rapports.findByConventionIdOrderByNumero(conventionId);
    }

    public List<Transmis> transmis(Long conventionId) {
        return rapports.findByConventionIdOrderByNumero(conventionId).stream()
                .filter(r -> r.getStatut() == StatutRapport.TRANSMIS)
                .map(r -> new Transmis(r.getChampId(), r.getType(), r.getDebut(), r.getFin(), r.getDateTransmission()))
                .toList();
    }

    RapportExecution trouver(Long conventionId, int numero) {
        conventions.lire(conventionId);
        return rapports.findByConventionIdAndNumero(conventionId, numero)
                .orElseThrow(RessourceIntrouvableException::new);
    }

    public RapportLu rapport(Long conventionId, int numero) {
        RapportExecution r = trouver(conventionId, numero);
        LocalDateTime generation = r.getTransmisLe() != null ? r.getTransmisLe() : FichiersRapport.maintenant(horloge);
        return new RapportLu(r, modeles.modele(r, generation), fichiersFiges(r));
    }

    private List<FichierLu> fichiersFiges(RapportExecution r) {
        return figes.findByRapportIdOrderById(r.getId()).stream()
                .map(f -> new FichierLu(f.getFormat(), f.getSha256(), f.getTaille(), f.getGenereLe())).toList();
    }

    /** The file of a report: the stored bytes once frozen (download logged), else generated from the model now. */
    public Fichier fichier(Long conventionId, int numero, FormatRapport format) {
        RapportExecution r = trouver(conventionId, numero);
        ConventionLue convention = conventions.lire(conventionId);
        String nom = convention.numeroInterne() + "-rapport-" + numero + "." + format.extension();
        if (r.getStatut() == StatutRapport.TRANSMIS) {
            FichierFige f = figes.findByRapportIdAndFormat(r.getId(), format.extension())
                    .orElseThrow(RessourceIntrouvableException::new);
            journal.noter(r.getId(), format, perimetre.login(), FichiersRapport.maintenant(horloge));
            return new Fichier(nom, format.typeMime(), f.getContenu());
        }
        ModeleRapport m = modeles.modele(r, FichiersRapport.maintenant(horloge));
        return new Fichier(nom, format.typeMime(), fichiers.ecrire(m, format));
    }

    /** The XHTML the PDF is made from (the bench and the page's preview). */
    public String html(Long conventionId, int numero) {
        RapportExecution r = trouver(conventionId, numero);
        return fichiers.html(modeles.modele(r, FichiersRapport.maintenant(horloge)));
    }

    public long telechargements(Long conventionId, int numero) {
        return journal.nombre(trouver(conventionId, numero).getId());
    }
}

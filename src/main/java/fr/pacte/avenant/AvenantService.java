package fr.pacte.avenant;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.DifferencesFiches;
import fr.pacte.financement.ComparaisonVersions;
import fr.pacte.revue.ATraiter;
import fr.pacte.revue.ElementATraiter;
import fr.pacte.revue.ElementsATraiter;
import fr.pacte.revue.StatutRevue;
import fr.pacte.revue.VerrouVersion;
import fr.pacte.securite.Perimetre;
import fr.pacte.shared.Messages;
import fr.pacte.shared.web.RessourceIntrouvableException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public entry point for reading avenants: the list of a convention's avenants, one avenant, its document as its
 * draft holds it (what {@code PUT} takes back), the avenants waiting in the inbox, and the lock an avenant puts on
 * its draft once under review or agreed ({@link VerrouVersion}).
 */
@Service
@Transactional(readOnly = true)
public class AvenantService implements ElementsATraiter, VerrouVersion {

    private final ConventionService conventions;
    private final AvenantRepository avenants;
    private final ComparaisonAvenant comparaison;

    AvenantService(ConventionService conventions, AvenantRepository avenants, ComparaisonAvenant comparaison) {
        this.conventions = conventions;
        this.avenants = avenants;
        this.comparaison = comparaison;
    }

    /** An avenant as the list shows it; {@code dateEntreeVigueur} is its signature date once in force. */
    public record AvenantResume(int numero, String objet, StatutAvenant statut, LocalDate dateEntreeVigueur,
            int version) {
    }

    public List<AvenantResume> liste(Long conventionId) {
        ConventionLue lue = conventions.lire(conventionId);
        return avenants.findByConventionIdOrderByNumero(lue.id()).stream()
                .map(a -> new AvenantResume(a.getNumero(), a.getObjet(), a.getStatut(),
                        a.getStatut() == StatutAvenant.EN_VIGUEUR ? a.getDateSignature() : null, a.getVersionNumero()))
                .toList();
    }

    public Avenant avenant(Long conventionId, int numero) {
        ConventionLue lue = conventions.lire(conventionId);
        return avenants.findByConventionIdAndNumero(lue.id(), numero).orElseThrow(RessourceIntrouvableException::new);
    }

    /** The avenant under way (its draft is not yet in force), if any. */
    public Optional<Avenant> enCours(Long conventionId) {
        return avenants.findByConventionIdOrderByNumero(conventionId).stream().filter(a -> a.getStatut().enCours())
                .findFirst();
    }

    /**
     * The avenant's document as its draft holds it, against the version it was made from: the montants and lines
     * that differ (0 for a removed one), the fiches it adds or changes (all their fields), its reports and complements.
     * Sent back by {@code PUT}, it leaves the draft as it is.
     */
    public DocumentAvenant document(Long conventionId, int numero) {
        ComparaisonAvenant.Comparaison c = comparaison.comparer(conventionId, numero);
        ConventionLue apres = c.apres();
        List<DocumentAvenant.Montant> montants = c.difference().montants().stream()
                .map(m -> new DocumentAvenant.Montant(m.champ(), m.axe(), m.cle().exercice(), m.cle().financeur(),
                        m.apres(), null))
                .toList();
        List<DocumentAvenant.Ligne> lignes = c.difference().lignes().stream()
                .map(l -> new DocumentAvenant.Ligne(l.fiche(), l.champ(), l.axe(), l.cle().exercice(),
                        l.cle().financeur(), l.cle().organisme(), l.cle().nature(), l.apres()))
                .toList();
        List<DocumentAvenant.Fiche> fiches = new ArrayList<>();
        for (DifferencesFiches.DifferenceFiche d : c.fiches()) {
            apres.fiche(d.ficheId()).ifPresent(f -> fiches.add(fiche(f)));
        }
        List<DocumentAvenant.Report> reports = c.reports().stream()
                .map(r -> new DocumentAvenant.Report(r.champ(), r.fiche(), r.financeur(), r.exerciceOrigine(),
                        r.exerciceDestination(), r.montant()))
                .toList();
        List<DocumentAvenant.Complement> complements = c.complements().stream()
                .map(k -> new DocumentAvenant.Complement(k.champ(), k.exercice(), k.financeur(), k.montant()))
                .toList();
        Avenant a = c.avenant();
        return new DocumentAvenant(a.getNumero(), a.getObjet(), complements, montants, lignes, fiches, reports,
                a.getDeliberation(), a.getDateSignature() == null ? null
                        : new DocumentAvenant.Signature(a.getDateSignature()));
    }

    static DocumentAvenant.Fiche fiche(FicheLue f) {
        var d = f.contenu();
        return new DocumentAvenant.Fiche(f.cle(), f.numero(), d.intitule(), d.libelleAnnexe(), d.codeAlternatif(),
                f.champ().code(), f.axes().stream().map(AxeLu::numero).toList(), d.statut(), d.description(),
                d.publicCible(), d.territoire(), d.pilote(), d.operateur(), d.partenaires(), d.dateMiseEnPlaceTexte(),
                d.dureeTexte());
    }

    /** The avenants waiting for the user: under review for the préfecture, agreed or voted for the finance officers. */
    @Override
    public List<ElementATraiter> enAttente(Perimetre perimetre) {
        Set<String> statuts = ATraiter.avenantsPour(perimetre.role());
        if (statuts.isEmpty()) {
            return List.of();
        }
        List<ElementATraiter> elements = new ArrayList<>();
        for (Avenant a : avenants.enAttente(statuts, perimetre.tout(), perimetre.departementId(),
                perimetre.regionId())) {
            ConventionLue c = conventions.lire(a.getConventionId());
            elements.add(new ElementATraiter("AVENANT", c.id(), c.numeroInterne(), null, null, a.getNumero(),
                    a.getObjet(), a.getStatut().name(), a.getStatut().cle(), a.getDepuis(),
                    "/conventions/" + c.id() + "/avenants/" + a.getNumero()));
        }
        return elements;
    }

    /**
     * An avenant agreed (or voted) freezes its draft; under review, only the fiches the préfecture returned for
     * correction (or reopened) may change.
     */
    @Override
    public Optional<String> motif(ConventionLue ecriture, Long ficheId, StatutRevue statutFiche) {
        Integer numero = ecriture.version().brouillon() ? ecriture.version().avenant() : null;
        if (numero == null) {
            return Optional.empty();
        }
        // Asked once per fiche of a write: the avenant's statut is read once per request.
        StatutAvenant statut = fr.pacte.shared.web.CacheDeRequete.memoriser("statut-avenant:" + ecriture.id() + ":"
                + numero, () -> avenants.findByConventionIdAndNumero(ecriture.id(), numero).map(Avenant::getStatut)
                .orElse(StatutAvenant.PROJET));
        return Optional.of(statut).flatMap(s -> switch (s) {
            case ACCORD, DELIBERE -> Optional.of(Messages.texte("avenant.verrou.accord", numero,
                    Messages.texte(s.cle())));
            case EN_REVUE -> statutFiche == StatutRevue.A_CORRIGER || statutFiche == StatutRevue.EN_MODIFICATION
                    ? Optional.<String>empty() : Optional.of(Messages.texte("avenant.verrou.revue", numero));
            default -> Optional.<String>empty();
        });
    }

    /** The totals of the comparison in the order of the page: per champ, its axes then its total. */
    public static List<ComparaisonVersions.TotauxAxe> axesDuChamp(ComparaisonAvenant.Comparaison c,
            ComparaisonVersions.TotauxChamp champ) {
        return c.difference().axes().stream()
                .filter(a -> a.champ().equals(champ.champ()) && a.exercice() == champ.exercice()).toList();
    }

    static String code(ChampLu champ) {
        return champ.code();
    }
}

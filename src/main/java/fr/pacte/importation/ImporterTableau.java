package fr.pacte.importation;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.SelecteurVersion;
import fr.pacte.convention.VersionLue;
import fr.pacte.financement.EcritureLignes;
import fr.pacte.financement.rules.ParametresTableau;
import fr.pacte.revue.VerrousRevue;
import fr.pacte.securite.Autorisations;
import fr.pacte.securite.Permission;
import fr.pacte.securite.PerimetreCourant;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "importer un tableau financier" as the planned lines of one exercice (contracts/tableau-financier.md). It
 * owns this write: it takes the convention's lock (five parallel imports of one file queue and give the totals of
 * one), checks again, saves only without ERREUR (R-IMP-17), by difference (an unchanged line keeps its id), into the
 * draft of a signed convention (R-SEC-8); the lines of fiches the file leaves out are kept unless the user asked to
 * replace the whole exercice. From the screen, it refuses a confirmation whose token was already used (a double click
 * imports once) or whose fiches changed since the check (R-WF-9).
 */
@Service
public class ImporterTableau {

    private final ConventionService conventions;
    private final ImportTableauService analyse;
    private final EcritureLignes ecriture;
    private final Autorisations autorisations;
    private final PerimetreCourant perimetre;
    private final ApplicationEventPublisher evenements;
    private final JdbcTemplate jdbc;
    private final Clock horloge;
    private final VerrousRevue verrous;
    private final fr.pacte.convention.CreationConvention structure;

    ImporterTableau(ConventionService conventions, ImportTableauService analyse, EcritureLignes ecriture,
            Autorisations autorisations, PerimetreCourant perimetre, ApplicationEventPublisher evenements,
            JdbcTemplate jdbc, Clock horloge, VerrousRevue verrous, fr.pacte.convention.CreationConvention structure) {
        this.verrous = verrous;
        this.structure = structure;
        this.conventions = conventions;
        this.analyse = analyse;
        this.ecriture = ecriture;
        this.autorisations = autorisations;
        this.perimetre = perimetre;
        this.evenements = evenements;
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    /**
     * @param versionsAttendues the versions of the fiches when the file was checked on screen (null from the API)
     * @param jeton             the screen's confirmation token, used once (null from the API)
     */
    public record Commande(Long conventionId, int annee, byte[] contenu, String nomFichier,
            ParametresTableau parametres, boolean remplacerExercice, Map<Long, Long> versionsAttendues, String jeton) {
    }

    /** The answer of an import: the checks, whether the lines were saved, into which version, how many changed. */
    public record Resultat(ImportTableauService.Analyse analyse, boolean enregistre, VersionLue version,
            int lignesModifiees) {
    }

    /** A fiche that changed between the check and the confirmation, with who changed it and when. */
    public record FicheChangee(String numero, String modifiePar, LocalDateTime modifieLe) {
    }

    public static class ModificationConcurrenteException extends RuntimeException {
        private final transient List<FicheChangee> fiches;

        ModificationConcurrenteException(List<FicheChangee> fiches) {
            super("Fiches modifiées depuis la vérification du fichier");
            this.fiches = fiches;
        }

        public List<FicheChangee> fiches() {
            return fiches;
        }
    }

    public static class JetonDejaUtiliseException extends RuntimeException {
        JetonDejaUtiliseException() {
            super("Ce fichier a déjà été enregistré");
        }
    }

    public boolean permis(ConventionLue convention) {
        return autorisations.peut(Permission.IMPORTER_TABLEAU, convention.departement().id(),
                convention.departement().region().id());
    }

    public void exigerPermission(ConventionLue convention) {
        autorisations.exiger(Permission.IMPORTER_TABLEAU, convention.departement().id(),
                convention.departement().region().id());
    }

    /** The check of the screen, against the version the import would write into (nothing saved). */
    @Transactional(readOnly = true)
    public ImportTableauService.Analyse verifier(Long conventionId, int annee, byte[] contenu,
            ParametresTableau parametres, boolean remplacerExercice) {
        ConventionLue convention = conventions.lireVersionDEcriture(conventionId);
        exigerPermission(convention);
        return analyse.analyser(convention, annee, contenu, parametres, remplacerExercice);
    }

    /**
     * Whether the fiches a file names and the convention lacks may be created from the import screen: the convention
     * is still being drafted (R-SEC-13) and the user may change its structure.
     */
    public boolean peutCreerFiches(ConventionLue convention) {
        return convention.enElaboration() && autorisations.peut(Permission.MODIFIER_STRUCTURE,
                convention.departement().id(), convention.departement().region().id());
    }

    /**
     * Creates, once the user confirmed the list, the fiches a file names and a convention in ELABORATION lacks: each
     * with its printed number (also its key), its title as printed, on the axe its row names; their description and
     * budget are then the fiche form's. Answers the numbers created. Nothing else is written: the import is checked
     * again afterwards.
     */
    @Transactional
    public List<String> creerFichesAbsentes(Long conventionId, int annee, byte[] contenu, ParametresTableau parametres) {
        conventions.verrouiller(conventionId);
        ConventionLue convention = conventions.lire(conventionId);
        autorisations.exiger(Permission.MODIFIER_STRUCTURE, convention.departement().id(),
                convention.departement().region().id());
        if (!convention.enElaboration()) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.CONFLICT,
                    fr.pacte.shared.Messages.texte("import.fiches.signee"));
        }
        ImportTableauService.Analyse resultat = analyse.analyser(convention, annee, contenu, parametres, false);
        List<String> creees = new java.util.ArrayList<>();
        java.util.Set<String> vues = new java.util.HashSet<>();
        for (Rapprochement.FicheAbsente absente : resultat.absentes()) {
            if (absente.axeId() == null || !vues.add(absente.numero())) {
                continue;
            }
            fr.pacte.convention.ConventionLue.AxeLu axe = convention.axe(absente.axeId()).orElseThrow();
            String intitule = absente.intitule() == null || absente.intitule().isBlank() ? absente.numero()
                    : absente.intitule().strip();
            Long ficheId = structure.ajouterFiche(conventionId, convention.version().numero(), axe.champId(),
                    absente.numero(), absente.numero(), new fr.pacte.convention.FicheAction.Description(intitule, null,
                            null, null, null, null, null, null, null, null, null,
                            fr.pacte.convention.StatutFiche.NOUVELLE), List.of(axe.id()));
            creees.add(absente.numero());
            evenements.publishEvent(new FichesCreees(conventionId, convention.version().numero(), perimetre.login(),
                    LocalDateTime.now(horloge), List.of(new fr.pacte.convention.Changement("FICHE", ficheId, "cle", null,
                    absente.numero()))));
        }
        return creees;
    }

    @Transactional
    public Resultat executer(Commande commande) {
        conventions.verrouiller(commande.conventionId());
        exigerPermission(conventions.lire(commande.conventionId()));
        if (commande.jeton() != null && jdbc.update(
                "insert into jeton_utilise (jeton) values (?) on conflict do nothing", commande.jeton()) == 0) {
            throw new JetonDejaUtiliseException();
        }
        ConventionLue avant = conventions.lireVersionDEcriture(commande.conventionId());
        ImportTableauService.Analyse resultat = analyse.analyser(avant, commande.annee(), commande.contenu(),
                commande.parametres(), commande.remplacerExercice());
        if (resultat.bloquant()) {
            throw new ImportRefuseException(resultat);
        }
        if (commande.versionsAttendues() != null) {
            List<FicheChangee> changees = resultat.versionsFiches().entrySet().stream()
                    .filter(e -> !Objects.equals(commande.versionsAttendues().get(e.getKey()), e.getValue()))
                    .map(e -> avant.fiche(e.getKey()).orElseThrow())
                    .map(f -> new FicheChangee(f.numero(), f.modifiePar(), f.modifieLe()))
                    .toList();
            if (!changees.isEmpty()) {
                throw new ModificationConcurrenteException(changees);
            }
        }
        VersionLue version = conventions.versionDEcriture(commande.conventionId());
        ConventionLue convention = conventions.lire(commande.conventionId(), SelecteurVersion.version(version.numero()));
        List<EcritureLignes.RangImporte> rangs = resultat.rangs().stream()
                .map(r -> new EcritureLignes.RangImporte(r.ficheId(), r.axeId(), r.montants())).toList();
        java.util.Set<List<Long>> duFichier = new java.util.HashSet<>();
        rangs.forEach(r -> duFichier.add(java.util.Arrays.asList(r.ficheId(), r.axeId())));
        EcritureLignes.Resultat ecrit = ecriture.enregistrerExercice(commande.conventionId(), commande.annee(),
                version.numero(), r -> resultat.axesCouverts().contains(r.axeId())
                        && (commande.remplacerExercice() || duFichier.contains(java.util.Arrays.asList(r.ficheId(),
                        r.axeId()))), rangs);
        // R-WF-4: a fiche submitted, under review or validated refuses the import (409, everything rolled back).
        if (!ecrit.rienNAChange()) {
            verrous.exigerModifiable(convention, ecrit.fichesTouchees());
            LocalDateTime maintenant = LocalDateTime.now(horloge);
            for (Long ficheId : ecrit.fichesTouchees()) {
                convention.fiche(ficheId).map(FicheLue::id).ifPresent(id ->
                        conventions.marquerModifiee(conventions.ficheAEcrire(commande.conventionId(), id),
                                perimetre.login(), maintenant));
            }
            evenements.publishEvent(new TableauImporte(commande.conventionId(), commande.annee(), version.numero(),
                    perimetre.login(), maintenant, commande.nomFichier(), ecrit.changements()));
        }
        return new Resultat(resultat, true, version, ecrit.changements().size());
    }

    /** An ERREUR in the file: nothing saved; the analysis says why (the transaction rolls back the token too). */
    public static class ImportRefuseException extends RuntimeException {
        private final transient ImportTableauService.Analyse analyse;

        ImportRefuseException(ImportTableauService.Analyse analyse) {
            super("Le tableau contient des erreurs : rien n'est enregistré");
            this.analyse = analyse;
        }

        public ImportTableauService.Analyse analyse() {
            return analyse;
        }
    }
}

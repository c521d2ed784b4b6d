package fr.pacte.document;

import fr.pacte.controle.ControleService;
import fr.pacte.convention.Changement;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.CreationConvention;
import fr.pacte.convention.CreationConvention.DepartementConnu;
import fr.pacte.securite.Autorisations;
import fr.pacte.securite.Perimetre;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.securite.Permission;
import fr.pacte.shared.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "créer une convention depuis son document" (contracts/convention.md, R-SEC-13): a Département agent creates
 * a convention of his Département (an administrator of any), from the JSON document or the workbook. In one
 * transaction: the role and the Département are checked (403), the document's structure (422, nothing saved: the
 * numero stays free), the numero (409, R-ADM-1); then everything is written by its owner, a convention signed on paper
 * comes into force from its signature date (version 0, never an invented date), {@link ConventionCreee} is published
 * and the money findings of every exercice are answered (they never block).
 */
@Service
public class CreerConvention {

    private final CreationConvention structure;
    private final EnregistrementDocument enregistrement;
    private final ConventionService conventions;
    private final ControleService controles;
    private final Autorisations autorisations;
    private final PerimetreCourant perimetre;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    CreerConvention(CreationConvention structure, EnregistrementDocument enregistrement, ConventionService conventions,
            ControleService controles, Autorisations autorisations, PerimetreCourant perimetre,
            ApplicationEventPublisher evenements, Clock horloge) {
        this.structure = structure;
        this.enregistrement = enregistrement;
        this.conventions = conventions;
        this.controles = controles;
        this.autorisations = autorisations;
        this.perimetre = perimetre;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    /** A saved convention: its id, statut and the findings of its stored figures. */
    public record Resultat(Long id, String statut, List<ConstatDocument> constats) {
    }

    /** Whether the current user's role may create conventions (to show the buttons). */
    public boolean permis() {
        return autorisations.role(Permission.CREER_CONVENTION);
    }

    /**
     * @param source "json", "xlsx" or "ecran", for the journal
     * @throws AccessDeniedException      a role that does not create conventions, or another Département (403)
     * @throws DocumentInvalideException  a structural error (422): nothing is saved
     * @throws ConflitDocumentException   the numero is already used in that Département (409)
     */
    @Transactional
    public Resultat executer(DocumentConvention document, String source) {
        if (!permis()) {
            throw new AccessDeniedException("Seuls les agents du Département créent une convention");
        }
        DepartementConnu departement = departement(document);
        autorisations.exiger(Permission.CREER_CONVENTION, departement.id(), departement.regionId());
        List<ValidationDocument.Erreur> erreurs = ValidationDocument.verifier(document);
        if (!erreurs.isEmpty()) {
            throw new DocumentInvalideException(erreurs);
        }
        if (structure.numeroPris(departement.id(), document.numero(), null)) {
            throw ConflitDocumentException.numeroPris(document.numero(), departement.nom());
        }
        LocalDateTime maintenant = LocalDateTime.now(horloge);
        Long id = structure.creer(departement.id(), EnregistrementDocument.identite(document));
        conventions.verrouiller(id);
        List<Changement> changements = new ArrayList<>();
        changements.add(new Changement("CONVENTION", id, "numero", null, document.numero()));
        changements.addAll(enregistrement.ecrire(id, document, perimetre.login(), maintenant, maintenant.toLocalDate()));
        ConventionLue creee = conventions.lire(id);
        evenements.publishEvent(new ConventionCreee(id, document.numero(), source, creee.version().numero(),
                perimetre.login(), maintenant, changements));
        return new Resultat(id, creee.statut(), constats(controles, creee));
    }

    /**
     * The check of the import screen, nothing saved: every structural error, and the numero already used as one more
     * (the screen offers "Enregistrer" only when this is empty).
     *
     * @throws AccessDeniedException a role that does not create conventions, or another Département (403)
     */
    @Transactional(readOnly = true)
    public List<ValidationDocument.Erreur> verifier(DocumentConvention document) {
        if (!permis()) {
            throw new AccessDeniedException("Seuls les agents du Département créent une convention");
        }
        List<ValidationDocument.Erreur> erreurs = new ArrayList<>();
        DepartementConnu departement;
        try {
            departement = departement(document);
        } catch (DocumentInvalideException e) {
            erreurs.addAll(e.erreurs());
            erreurs.addAll(ValidationDocument.verifier(document));
            return erreurs;
        }
        autorisations.exiger(Permission.CREER_CONVENTION, departement.id(), departement.regionId());
        erreurs.addAll(ValidationDocument.verifier(document));
        if (document.numero() != null && structure.numeroPris(departement.id(), document.numero(), null)) {
            erreurs.add(new ValidationDocument.Erreur("numero",
                    ConflitDocumentException.numeroPris(document.numero(), departement.nom()).getMessage()));
        }
        return erreurs;
    }

    /** The Département the document names (its INSEE code), else the user's own. */
    DepartementConnu departement(DocumentConvention document) {
        if (document.departement() != null && !document.departement().isBlank()) {
            return structure.departement(document.departement().strip()).orElseThrow(() -> new DocumentInvalideException(
                    List.of(new ValidationDocument.Erreur("departement",
                            Messages.texte("document.departement.inconnu", document.departement())))));
        }
        Perimetre p = perimetre.get();
        if (p.departementId() == null) {
            throw new DocumentInvalideException(List.of(new ValidationDocument.Erreur("departement",
                    Messages.texte("document.departement.obligatoire"))));
        }
        return structure.departement(p.departementId()).orElseThrow();
    }

    /**
     * The findings of the stored figures for every exercice of the convention (contracts/tableau-financier.md codes),
     * each once, errors first.
     */
    static List<ConstatDocument> constats(ControleService controles, ConventionLue convention) {
        Map<String, ConstatDocument> uniques = new LinkedHashMap<>();
        List<Integer> exercices = convention.exercices();
        for (int annee : exercices) {
            controles.constats(convention, annee).forEach(c -> uniques.putIfAbsent(c.code() + "|" + c.colonne() + "|"
                    + c.message(), ConstatDocument.de(c)));
        }
        return uniques.values().stream()
                .sorted(java.util.Comparator.comparing(ConstatDocument::gravite)).toList();
    }
}

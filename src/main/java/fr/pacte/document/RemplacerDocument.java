package fr.pacte.document;

import fr.pacte.controle.ControleService;
import fr.pacte.convention.Changement;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.CreationConvention;
import fr.pacte.securite.Autorisations;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.securite.Permission;
import fr.pacte.shared.Messages;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "remplacer le document d'une convention en élaboration" ({@code PUT …/document}, contracts/convention.md):
 * its structure, lines and indicators become the document's, matched by key so that what stays keeps its id (a fiche
 * keeps its URL). Only while the convention was never signed (409 after: changes go through an avenant, R-SEC-13);
 * only by the Département's agents (403); a structural error saves nothing (422).
 */
@Service
public class RemplacerDocument {

    private final CreationConvention structure;
    private final EnregistrementDocument enregistrement;
    private final ConventionService conventions;
    private final ControleService controles;
    private final Autorisations autorisations;
    private final PerimetreCourant perimetre;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    RemplacerDocument(CreationConvention structure, EnregistrementDocument enregistrement,
            ConventionService conventions, ControleService controles, Autorisations autorisations,
            PerimetreCourant perimetre, ApplicationEventPublisher evenements, Clock horloge) {
        this.structure = structure;
        this.enregistrement = enregistrement;
        this.conventions = conventions;
        this.controles = controles;
        this.autorisations = autorisations;
        this.perimetre = perimetre;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    @Transactional
    public CreerConvention.Resultat executer(Long conventionId, DocumentConvention document) {
        conventions.verrouiller(conventionId);
        ConventionLue actuelle = conventions.lire(conventionId);
        autorisations.exiger(Permission.MODIFIER_STRUCTURE, actuelle.departement().id(),
                actuelle.departement().region().id());
        if (!actuelle.enElaboration()) {
            throw ConflitDocumentException.signee(actuelle.numeroInterne());
        }
        List<ValidationDocument.Erreur> erreurs = new java.util.ArrayList<>(ValidationDocument.verifier(document));
        if (document.departement() != null && !document.departement().strip().equals(actuelle.departement().code())) {
            erreurs.add(0, new ValidationDocument.Erreur("departement", Messages.texte("document.departement.autre",
                    document.departement(), actuelle.departement().code())));
        }
        if (!erreurs.isEmpty()) {
            throw new DocumentInvalideException(erreurs);
        }
        if (structure.numeroPris(actuelle.departement().id(), document.numero(), conventionId)) {
            throw ConflitDocumentException.numeroPris(document.numero(), actuelle.departement().nom());
        }
        LocalDateTime maintenant = LocalDateTime.now(horloge);
        structure.identifier(conventionId, EnregistrementDocument.identite(document));
        List<Changement> changements = enregistrement.ecrire(conventionId, document, perimetre.login(), maintenant,
                maintenant.toLocalDate());
        ConventionLue apres = conventions.lire(conventionId);
        evenements.publishEvent(new DocumentRemplace(conventionId, document.numero(), apres.version().numero(),
                perimetre.login(), maintenant, changements));
        return new CreerConvention.Resultat(conventionId, apres.statut(), CreerConvention.constats(controles, apres));
    }
}

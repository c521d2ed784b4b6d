package fr.pacte.securite;

import fr.pacte.securite.Evenements.Changement;
import fr.pacte.securite.Evenements.OrganisationCreee;
import fr.pacte.territoire.Referentiel;
import fr.pacte.territoire.Referentiel.OrganisationVue;
import fr.pacte.territoire.TypeOrganisation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-SEC-6 (issue 12 item 2): the administrator lists the organisations of each Département and région and creates
 * new ones (a DDETS, a direction of the Département); each creation is an event for the journal.
 */
@Service
public class AdministrationOrganisations {

    private final Referentiel referentiel;
    private final PerimetreCourant courant;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge = Clock.systemUTC();

    AdministrationOrganisations(Referentiel referentiel, PerimetreCourant courant, ApplicationEventPublisher evenements) {
        this.referentiel = referentiel;
        this.courant = courant;
        this.evenements = evenements;
    }

    @Transactional(readOnly = true)
    public List<OrganisationVue> organisations() {
        courant.exigerAdministrateur();
        return referentiel.organisations();
    }

    @Transactional
    public OrganisationVue creer(TypeOrganisation type, String nom, Long departementId, Long regionId) {
        courant.exigerAdministrateur();
        List<Refus> refus = new ArrayList<>();
        if (type == null) {
            refus.add(Refus.de("type", "organisation.type.obligatoire"));
        } else if (type.rattachement() == TypeOrganisation.Rattachement.DEPARTEMENT
                && referentiel.departement(departementId).isEmpty()) {
            refus.add(Refus.de("departementId", "organisation.departement.obligatoire"));
        } else if (type.rattachement() == TypeOrganisation.Rattachement.REGION
                && referentiel.region(regionId).isEmpty()) {
            refus.add(Refus.de("regionId", "organisation.region.obligatoire"));
        }
        if (nom == null || nom.isBlank()) {
            refus.add(Refus.de("nom", "organisation.nom.obligatoire"));
        } else if (nom.strip().length() > 300) {
            refus.add(Refus.de("nom", "organisation.nom.long", 300));
        } else if (referentiel.organisationExiste(nom)) {
            refus.add(Refus.de("nom", "organisation.nom.pris", nom.strip()));
        }
        if (!refus.isEmpty()) {
            throw new CompteRefuseException(refus);
        }
        boolean duDepartement = type.rattachement() == TypeOrganisation.Rattachement.DEPARTEMENT;
        OrganisationVue creee = referentiel.creerOrganisation(type, nom, duDepartement ? departementId : null,
                duDepartement ? null : regionId);
        evenements.publishEvent(new OrganisationCreee(courant.utilisateur().getUsername(), horloge.instant(),
                creee.id(), creee.nom(), List.of(new Changement("type", null, type.name()),
                        new Changement("nom", null, creee.nom()),
                        new Changement(duDepartement ? "département" : "région", null,
                                creee.codeTerritoire() + " — " + creee.nomTerritoire()))));
        return creee;
    }
}

package fr.pacte.territoire;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference territories (Départements, régions) and the organisations attached to them; read by every signed-in
 * user, written only through the administration (the caller checks R-SEC-6 and publishes its event).
 */
@Service
public class Referentiel {

    private final DepartementRepository departements;
    private final RegionRepository regions;
    private final OrganisationRepository organisations;

    Referentiel(DepartementRepository departements, RegionRepository regions, OrganisationRepository organisations) {
        this.departements = departements;
        this.regions = regions;
        this.organisations = organisations;
    }

    public record DepartementVue(Long id, String code, String nom, Long regionId, String region) {
        public String libelle() {
            return code + " — " + nom;
        }
    }

    public record RegionVue(Long id, String code, String nom) {
        public String libelle() {
            return code + " — " + nom;
        }
    }

    /** An organisation with the code and name of its Département, or of its région when regionId is set. */
    public record OrganisationVue(Long id, TypeOrganisation type, String nom, Long departementId, Long regionId,
            String codeTerritoire, String nomTerritoire) {
    }

    @Transactional(readOnly = true)
    public List<DepartementVue> departements() {
        return departements.findAllAvecRegion().stream()
                .sorted(Comparator.comparing(Departement::getCode, Territoires.ORDRE_INSEE))
                .map(d -> new DepartementVue(d.getId(), d.getCode(), d.getNom(), d.getRegion().getId(),
                        d.getRegion().getNom()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<RegionVue> regions() {
        return regions.findAll().stream()
                .sorted(Comparator.comparing(Region::getCode, Territoires.ORDRE_INSEE))
                .map(r -> new RegionVue(r.getId(), r.getCode(), r.getNom()))
                .toList();
    }

    /** Every organisation, régions' ones after the Départements', each group in INSEE order then by name. */
    @Transactional(readOnly = true)
    public List<OrganisationVue> organisations() {
        return organisations.findAllAvecTerritoire().stream()
                .map(Referentiel::vue)
                .sorted(Comparator.comparing((OrganisationVue o) -> o.regionId() != null)
                        .thenComparing(OrganisationVue::codeTerritoire, Territoires.ORDRE_INSEE)
                        .thenComparing(OrganisationVue::type)
                        .thenComparing(OrganisationVue::nom))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationVue> organisation(Long id) {
        return id == null ? Optional.empty() : organisations.findById(id).map(Referentiel::vue);
    }

    @Transactional(readOnly = true)
    public Optional<DepartementVue> departement(Long id) {
        return id == null ? Optional.empty() : departements.findById(id)
                .map(d -> new DepartementVue(d.getId(), d.getCode(), d.getNom(), d.getRegion().getId(),
                        d.getRegion().getNom()));
    }

    @Transactional(readOnly = true)
    public Optional<RegionVue> region(Long id) {
        return id == null ? Optional.empty() : regions.findById(id).map(r -> new RegionVue(r.getId(), r.getCode(), r.getNom()));
    }

    @Transactional(readOnly = true)
    public boolean organisationExiste(String nom) {
        return organisations.existsByNomIgnoreCase(nom.strip());
    }

    /** A new organisation; the name is unique whatever its case (the caller checked it with organisationExiste). */
    @Transactional
    public OrganisationVue creerOrganisation(TypeOrganisation type, String nom, Long departementId, Long regionId) {
        Departement departement = type.rattachement() == TypeOrganisation.Rattachement.DEPARTEMENT
                ? departements.findById(departementId).orElseThrow() : null;
        Region region = type.rattachement() == TypeOrganisation.Rattachement.REGION
                ? regions.findById(regionId).orElseThrow() : null;
        return vue(organisations.save(new Organisation(type, nom.strip(), departement, region)));
    }

    private static OrganisationVue vue(Organisation o) {
        if (o.getDepartement() != null) {
            Departement d = o.getDepartement();
            return new OrganisationVue(o.getId(), o.getType(), o.getNom(), d.getId(), null, d.getCode(), d.getNom());
        }
        Region r = o.getRegion();
        return new OrganisationVue(o.getId(), o.getType(), o.getNom(), null, r.getId(), r.getCode(), r.getNom());
    }
}

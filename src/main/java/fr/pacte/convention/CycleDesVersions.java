package fr.pacte.convention;

import fr.pacte.shared.web.CacheDeRequete;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a convention's draft once an avenant owns it (contracts/avenant.md): the avenant gives the draft its
 * number, puts it in force on its signature date (R-DATE-6: the former version is replaced, nothing is copied), or
 * gives it up (its rows go, the rows it had closed are reopened). Called by the avenant's use cases, which hold the
 * convention's lock and have checked the permission.
 */
@Service
@Transactional
public class CycleDesVersions {

    private final ConventionVersionRepository versions;
    private final JdbcTemplate jdbc;
    private final EntityManager entites;

    CycleDesVersions(ConventionVersionRepository versions, JdbcTemplate jdbc, EntityManager entites) {
        this.versions = versions;
        this.jdbc = jdbc;
        this.entites = entites;
    }

    /** The draft of the convention becomes the draft of avenant {@code numeroAvenant}. */
    public void rattacherAvenant(Long conventionId, int versionNumero, int numeroAvenant) {
        version(conventionId, versionNumero).rattacherAvenant(numeroAvenant);
        versions.flush();
        CacheDeRequete.vider();
    }

    /** The draft comes into force on {@code date}; the version in force until then is replaced. */
    public void mettreEnVigueur(Long conventionId, int versionNumero, LocalDate date) {
        ConventionVersion brouillon = version(conventionId, versionNumero);
        versions.findByConventionIdAndStatut(conventionId, StatutVersion.EN_VIGUEUR).ifPresent(v -> {
            v.remplacer();
            versions.saveAndFlush(v);
        });
        brouillon.mettreEnVigueur(date);
        versions.flush();
        CacheDeRequete.vider();
    }

    /**
     * The draft is given up: the descriptive rows it wrote (fiche contents, allocations) are deleted, those it had
     * closed are reopened, the fiches it created disappear, and the version is marked abandoned. The money's rows are
     * given back by the money's writer (financement), called by the same use case.
     */
    public void abandonner(Long conventionId, int versionNumero) {
        ConventionVersion brouillon = version(conventionId, versionNumero);
        entites.flush();
        String fiches = "fiche_id in (select id from fiche_action where convention_id = ?)";
        for (String table : new String[] {"fiche_action_contenu", "allocation_axe"}) {
            jdbc.update("delete from " + table + " where " + fiches + " and version_debut = ?", conventionId,
                    versionNumero);
            jdbc.update("update " + table + " set version_fin = null where " + fiches + " and version_fin = ?",
                    conventionId, versionNumero);
        }
        jdbc.update("delete from fiche_action f where f.convention_id = ? and not exists "
                + "(select 1 from fiche_action_contenu c where c.fiche_id = f.id)", conventionId);
        entites.clear();
        ConventionVersion relue = versions.findById(brouillon.getId()).orElseThrow();
        relue.abandonner();
        versions.flush();
        CacheDeRequete.vider();
    }

    private ConventionVersion version(Long conventionId, int numero) {
        return versions.findByConventionIdOrderByNumero(conventionId).stream()
                .filter(v -> v.getNumero() == numero).findFirst()
                .orElseThrow(() -> new IllegalStateException("Version " + numero + " inconnue"));
    }
}

package fr.pacte.convention;

import fr.pacte.shared.web.CacheDeRequete;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fiche-action that an avenant adds (contracts/avenant.md, {@code fiches} with a new {@code cle}): its identity, then
 * its content and axes in the avenant's draft, so that it exists only from that version on (R-WF-6). The caller holds
 * the convention's lock and has checked the permission.
 */
@Service
@Transactional
public class CreationFiche {

    private final FicheActionRepository fiches;
    private final ConventionService conventions;
    private final JdbcTemplate jdbc;
    private final EntityManager entites;

    CreationFiche(FicheActionRepository fiches, ConventionService conventions, JdbcTemplate jdbc,
            EntityManager entites) {
        this.fiches = fiches;
        this.conventions = conventions;
        this.jdbc = jdbc;
        this.entites = entites;
    }

    /**
     * Creates the fiche of key {@code cle} (unique in the convention, R-IMP-8) and printed number {@code numero} of champ
     * {@code champId} in version {@code version}; answers what it wrote.
     */
    public Creee creer(Long conventionId, Long champId, String cle, String numero,
            FicheAction.Description description, List<Long> axeIds, int version, String par, LocalDateTime le) {
        Long id = jdbc.queryForObject("insert into fiche_action (convention_id, champ_id, cle, numero, modifie_par, "
                + "modifie_le) values (?, ?, ?, ?, ?, ?) returning id", Long.class, conventionId, champId, cle, numero,
                par, le);
        FicheAction fiche = fiches.findById(id).orElseThrow();
        List<Changement> changements = conventions.decrireFiche(fiche, description, axeIds, version);
        entites.flush();
        CacheDeRequete.vider();
        return new Creee(id, changements);
    }

    public record Creee(Long ficheId, List<Changement> changements) {
    }

    /**
     * A fiche that version {@code version} created is removed from it (an avenant's document that no longer names
     * it): its rows of that version go, and the fiche with them when no other version has it. Its lines are removed
     * by the money's writer first.
     */
    public void retirer(Long conventionId, Long ficheId, int version) {
        entites.flush();
        jdbc.update("delete from allocation_axe where fiche_id = ? and version_debut = ?", ficheId, version);
        jdbc.update("delete from fiche_action_contenu where fiche_id = ? and version_debut = ?", ficheId, version);
        jdbc.update("delete from fiche_action f where f.id = ? and f.convention_id = ? and not exists "
                + "(select 1 from fiche_action_contenu c where c.fiche_id = f.id)", ficheId, conventionId);
        entites.clear();
        CacheDeRequete.vider();
    }
}

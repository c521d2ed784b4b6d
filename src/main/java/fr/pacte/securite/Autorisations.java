package fr.pacte.securite;

import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The named permission checks on an object (STYLE.md §3): the role may make the move ({@link Permission}) and the
 * object lies in the user's périmètre (R-SEC-2..4). One place for the role matrix; a refusal is a 403.
 */
@Component
public class Autorisations {

    private final PerimetreCourant perimetre;

    Autorisations(PerimetreCourant perimetre) {
        this.perimetre = perimetre;
    }

    /** Whether the current user may do {@code permission} on an object of this Département (région). */
    public boolean peut(Permission permission, Long departementId, Long regionId) {
        Perimetre p = perimetre.get();
        return permission.accordeeA(p.role()) && dansLePerimetre(p, departementId, regionId);
    }

    public void exiger(Permission permission, Long departementId, Long regionId) {
        if (!peut(permission, departementId, regionId)) {
            throw new AccessDeniedException("Action non autorisée pour ce rôle : " + permission);
        }
    }

    /** Whether the user's role may ever make the move, whatever the object (to show or hide a button). */
    public boolean role(Permission permission) {
        return permission.accordeeA(perimetre.get().role());
    }

    /**
     * R-SEC-4: a move that reads every Département of a région (the consolidation, M16): the role may make it and the
     * périmètre is a région (or everything); a périmètre of one Département is refused even for a reader, so that a
     * Département never sees another one's row.
     */
    public void exigerSurUneRegion(Permission permission) {
        Perimetre p = perimetre.get();
        boolean regional = p.tout() || (p.departementId() == null && p.regionId() != null);
        if (!permission.accordeeA(p.role()) || !regional) {
            throw new AccessDeniedException("Action non autorisée pour ce périmètre : " + permission);
        }
    }

    private static boolean dansLePerimetre(Perimetre p, Long departementId, Long regionId) {
        return p.tout() || Objects.equals(p.departementId(), departementId)
                || (p.departementId() == null && Objects.equals(p.regionId(), regionId));
    }
}

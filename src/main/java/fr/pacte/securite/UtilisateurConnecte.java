package fr.pacte.securite;

import java.io.Serial;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in user with the périmètre that scopes every query made on their behalf. It is kept in the session,
 * which lives in PostgreSQL (Spring Session JDBC): everything here is serializable.
 */
public class UtilisateurConnecte extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String nomAffiche;
    private final String organisation;
    private final Perimetre perimetre;
    private final boolean motDePasseProvisoire;

    UtilisateurConnecte(Utilisateur utilisateur) {
        super(utilisateur.getLogin(), utilisateur.getMotDePasse(), utilisateur.isActif(), true, true, true,
                List.of(new SimpleGrantedAuthority(utilisateur.getRole().authority())));
        this.id = utilisateur.getId();
        this.nomAffiche = utilisateur.getNomAffiche();
        this.organisation = utilisateur.getOrganisation();
        this.perimetre = new Perimetre(utilisateur.getRole(), utilisateur.getDepartementId(), utilisateur.getRegionId());
        this.motDePasseProvisoire = utilisateur.isMotDePasseProvisoire();
    }

    /** A principal that no account backs (a start-up job acting as the administrator, see {@link TacheSysteme}). */
    UtilisateurConnecte(String login, String nomAffiche, Role role) {
        super(login, "", true, true, true, true, List.of(new SimpleGrantedAuthority(role.authority())));
        this.id = null;
        this.nomAffiche = nomAffiche;
        this.organisation = nomAffiche;
        this.perimetre = new Perimetre(role, null, null);
        this.motDePasseProvisoire = false;
    }

    Long getId() {
        return id;
    }

    public String getNomAffiche() {
        return nomAffiche;
    }

    public String getOrganisation() {
        return organisation;
    }

    public Perimetre getPerimetre() {
        return perimetre;
    }

    /** A first password set by an administrator: every page leads to the change-password page until it is changed. */
    public boolean isMotDePasseProvisoire() {
        return motDePasseProvisoire;
    }

    public boolean isAdministrateur() {
        return perimetre.role() == Role.ADMIN;
    }
}

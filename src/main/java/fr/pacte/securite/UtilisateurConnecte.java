package fr.pacte.securite;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in user with the périmètre that scopes every query made on their behalf. */
public class UtilisateurConnecte extends User {

    private final String nomAffiche;
    private final String organisation;
    private final Perimetre perimetre;

    UtilisateurConnecte(Utilisateur utilisateur) {
        super(utilisateur.getLogin(), utilisateur.getMotDePasse(), utilisateur.isActif(), true, true, true,
                List.of(new SimpleGrantedAuthority(utilisateur.getRole().authority())));
        this.nomAffiche = utilisateur.getNomAffiche();
        this.organisation = utilisateur.getOrganisation();
        this.perimetre = new Perimetre(utilisateur.getRole(), utilisateur.getDepartementId(), utilisateur.getRegionId());
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
}

package fr.pacte.securite;

import fr.pacte.securite.Evenements.Changement;
import fr.pacte.securite.Evenements.CompteCree;
import fr.pacte.securite.Evenements.CompteDebloque;
import fr.pacte.securite.Evenements.CompteDesactive;
import fr.pacte.securite.Evenements.CompteModifie;
import fr.pacte.securite.Evenements.CompteReactive;
import fr.pacte.securite.Evenements.MotDePasseProvisoireDefini;
import fr.pacte.shared.web.RessourceIntrouvableException;
import fr.pacte.territoire.Referentiel;
import fr.pacte.territoire.Referentiel.OrganisationVue;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-SEC-6 (issue 12 item 2): the administrator creates, edits, disables, re-enables and unlocks accounts. Each use
 * case checks its rules ({@link PerimetreRule}, {@link MotDePasseRule}), saves, and publishes its event for the
 * journal; an account whose rights change loses its open sessions.
 */
@Service
public class AdministrationComptes {

    private final UtilisateurRepository utilisateurs;
    private final Referentiel referentiel;
    private final PerimetreCourant courant;
    private final PasswordEncoder chiffrement;
    private final Collaborateurs autour;

    /** The account's surroundings: throttle, sessions, events, clock. */
    record Collaborateurs(TentativesDeConnexion tentatives, SessionsOuvertes sessions,
            ApplicationEventPublisher evenements, Clock horloge) {
    }

    @Autowired
    AdministrationComptes(UtilisateurRepository utilisateurs, Referentiel referentiel, PerimetreCourant courant,
            PasswordEncoder chiffrement, TentativesDeConnexion tentatives, SessionsOuvertes sessions,
            ApplicationEventPublisher evenements) {
        this(utilisateurs, referentiel, courant, chiffrement,
                new Collaborateurs(tentatives, sessions, evenements, Clock.systemUTC()));
    }

    AdministrationComptes(UtilisateurRepository utilisateurs, Referentiel referentiel, PerimetreCourant courant,
            PasswordEncoder chiffrement, Collaborateurs autour) {
        this.utilisateurs = utilisateurs;
        this.referentiel = referentiel;
        this.courant = courant;
        this.chiffrement = chiffrement;
        this.autour = autour;
    }

    /** What the form gives: login (ignored on edit), name, role, périmètre, organisation. */
    public record DonneesCompte(String login, String nomAffiche, Role role, Long departementId, Long regionId,
            Long organisationId) {
    }

    /** A line of the accounts page. */
    /** A line of the accounts page; the périmètre is a Département or a région (code and name), or everything. */
    public record CompteVue(Long id, String login, String nomAffiche, Role role, String organisation,
            Long organisationId, Long departementId, Long regionId, String codePerimetre, String nomPerimetre,
            boolean actif, boolean motDePasseProvisoire, Instant derniereConnexion, Instant bloqueJusqua) {
        public boolean bloque() {
            return bloqueJusqua != null;
        }
    }

    @Transactional(readOnly = true)
    public List<CompteVue> comptes() {
        courant.exigerAdministrateur();
        Map<String, Instant> bloques = autour.tentatives().comptesBloques();
        LibellesTerritoires territoires = territoires();
        return utilisateurs.findAllByOrderByLoginAsc().stream()
                .map(u -> vue(u, territoires, bloques.get(TentativesDeConnexion.cle(u.getLogin()))))
                .toList();
    }

    @Transactional(readOnly = true)
    public CompteVue compte(Long id) {
        courant.exigerAdministrateur();
        Utilisateur u = charger(id);
        return vue(u, territoires(), autour.tentatives().comptesBloques().get(TentativesDeConnexion.cle(u.getLogin())));
    }

    @Transactional
    public Long creer(DonneesCompte donnees, String motDePasseProvisoire) {
        courant.exigerAdministrateur();
        String login = donnees.login() == null ? "" : donnees.login().strip();
        List<Refus> refus = new ArrayList<>();
        if (login.isEmpty()) {
            refus.add(Refus.de("login", "compte.login.obligatoire"));
        } else if (utilisateurs.existsByLoginIgnoreCase(login)) {
            refus.add(Refus.de("login", "compte.login.pris", login));
        }
        refus.addAll(nom(donnees));
        OrganisationVue organisation = referentiel.organisation(donnees.organisationId()).orElse(null);
        refus.addAll(PerimetreRule.verifier(donnees.role(), donnees.departementId(), donnees.regionId(), organisation));
        refus.addAll(MotDePasseRule.verifier("motDePasse", motDePasseProvisoire, login, donnees.nomAffiche()));
        if (!refus.isEmpty()) {
            throw new CompteRefuseException(refus);
        }
        Instant maintenant = autour.horloge().instant();
        Utilisateur cree = utilisateurs.save(new Utilisateur(login, donnees.nomAffiche().strip(), donnees.role(),
                nomOrganisation(organisation), organisationId(organisation), donnees.departementId(),
                donnees.regionId(), chiffrement.encode(motDePasseProvisoire), maintenant));
        List<Changement> valeurs = new ArrayList<>();
        valeurs.add(new Changement("login", null, login));
        valeurs.addAll(differences(null, cree));
        valeurs.add(new Changement("mot de passe", null, "provisoire"));
        publier(new CompteCree(auteur(), maintenant, cree.getId(), login, valeurs));
        return cree.getId();
    }

    /** Edits name, role, périmètre and organisation; a new provisional password when one is given. */
    @Transactional
    public void modifier(Long id, DonneesCompte donnees, String nouveauMotDePasseProvisoire) {
        courant.exigerAdministrateur();
        Utilisateur compte = charger(id);
        OrganisationVue organisation = referentiel.organisation(donnees.organisationId()).orElse(null);
        List<Refus> refus = new ArrayList<>(nom(donnees));
        refus.addAll(PerimetreRule.verifier(donnees.role(), donnees.departementId(), donnees.regionId(), organisation));
        if (soiMeme(compte) && donnees.role() != Role.ADMIN) {
            refus.add(Refus.de("role", "compte.soiMeme.role"));
        }
        boolean nouveauMotDePasse = nouveauMotDePasseProvisoire != null && !nouveauMotDePasseProvisoire.isEmpty();
        if (nouveauMotDePasse) {
            refus.addAll(MotDePasseRule.verifier("motDePasse", nouveauMotDePasseProvisoire, compte.getLogin(),
                    donnees.nomAffiche()));
        }
        if (!refus.isEmpty()) {
            throw new CompteRefuseException(refus);
        }
        Utilisateur avant = copie(compte);
        compte.modifier(donnees.nomAffiche().strip(), donnees.role(), nomOrganisation(organisation),
                organisationId(organisation), donnees.departementId(), donnees.regionId());
        Instant maintenant = autour.horloge().instant();
        List<Changement> changements = differences(avant, compte);
        if (!changements.isEmpty()) {
            publier(new CompteModifie(auteur(), maintenant, id, compte.getLogin(), changements));
        }
        if (nouveauMotDePasse) {
            compte.definirMotDePasseProvisoire(chiffrement.encode(nouveauMotDePasseProvisoire));
            publier(new MotDePasseProvisoireDefini(auteur(), maintenant, id, compte.getLogin()));
        }
        boolean droitsChanges = changements.stream().anyMatch(c -> !c.champ().equals("nom"));
        if ((droitsChanges || nouveauMotDePasse) && !soiMeme(compte)) {
            autour.sessions().fermer(compte.getLogin(), null);
        }
    }

    /** A disabled account cannot sign in (page, Basic or token) and loses its open sessions. */
    @Transactional
    public void desactiver(Long id) {
        courant.exigerAdministrateur();
        Utilisateur compte = charger(id);
        if (soiMeme(compte)) {
            throw new CompteRefuseException(List.of(Refus.de(null, "compte.soiMeme.desactiver")));
        }
        if (compte.isActif()) {
            compte.desactiver();
            autour.sessions().fermer(compte.getLogin(), null);
            publier(new CompteDesactive(auteur(), autour.horloge().instant(), id, compte.getLogin()));
        }
    }

    @Transactional
    public void reactiver(Long id) {
        courant.exigerAdministrateur();
        Utilisateur compte = charger(id);
        if (!compte.isActif()) {
            compte.reactiver();
            publier(new CompteReactive(auteur(), autour.horloge().instant(), id, compte.getLogin()));
        }
    }

    /** Clears the failed sign-ins of the account, from every address (issue 13 item 4). */
    @Transactional
    public void debloquer(Long id) {
        courant.exigerAdministrateur();
        Utilisateur compte = charger(id);
        int adresses = autour.tentatives().debloquer(compte.getLogin());
        publier(new CompteDebloque(auteur(), autour.horloge().instant(), id, compte.getLogin(), adresses));
    }

    private static List<Refus> nom(DonneesCompte donnees) {
        return donnees.nomAffiche() == null || donnees.nomAffiche().isBlank()
                ? List.of(Refus.de("nomAffiche", "compte.nom.obligatoire")) : List.of();
    }

    private Utilisateur charger(Long id) {
        return utilisateurs.findById(id).orElseThrow(RessourceIntrouvableException::new);
    }

    private boolean soiMeme(Utilisateur compte) {
        return compte.getLogin().equals(courant.utilisateur().getUsername());
    }

    private String auteur() {
        return courant.utilisateur().getUsername();
    }

    private void publier(Object evenement) {
        autour.evenements().publishEvent(evenement);
    }

    private static String nomOrganisation(OrganisationVue organisation) {
        return organisation == null ? "Pacte" : organisation.nom();
    }

    private static Long organisationId(OrganisationVue organisation) {
        return organisation == null ? null : organisation.id();
    }

    private static Utilisateur copie(Utilisateur u) {
        return new Utilisateur(u.getLogin(), u.getNomAffiche(), u.getRole(), u.getOrganisation(),
                u.getOrganisationId(), u.getDepartementId(), u.getRegionId(), null, null);
    }

    private List<Changement> differences(Utilisateur avant, Utilisateur apres) {
        LibellesTerritoires t = territoires();
        List<Changement> changements = new ArrayList<>();
        ajouter(changements, "nom", avant, apres, Utilisateur::getNomAffiche);
        ajouter(changements, "rôle", avant, apres, u -> u.getRole().name());
        ajouter(changements, "organisation", avant, apres, Utilisateur::getOrganisation);
        ajouter(changements, "périmètre", avant, apres, u -> t.libelle(u.getDepartementId(), u.getRegionId()));
        return changements;
    }

    private static void ajouter(List<Changement> changements, String champ, Utilisateur avant, Utilisateur apres,
            Function<Utilisateur, String> valeur) {
        String ancienne = avant == null ? null : valeur.apply(avant);
        String nouvelle = valeur.apply(apres);
        if (!Objects.equals(ancienne, nouvelle)) {
            changements.add(new Changement(champ, ancienne, nouvelle));
        }
    }

    private LibellesTerritoires territoires() {
        return new LibellesTerritoires(
                referentiel.departements().stream().collect(Collectors.toMap(Referentiel.DepartementVue::id,
                        d -> new String[] {d.code(), d.nom()})),
                referentiel.regions().stream().collect(Collectors.toMap(Referentiel.RegionVue::id,
                        r -> new String[] {r.code(), r.nom()})));
    }

    /** Code and name of each Département and région, by id. */
    private record LibellesTerritoires(Map<Long, String[]> departements, Map<Long, String[]> regions) {
        String[] territoire(Long departementId, Long regionId) {
            String[] t = departementId != null ? departements.get(departementId)
                    : regionId != null ? regions.get(regionId) : null;
            return t == null ? new String[] {null, null} : t;
        }

        /** For the journal: "Département 86 — Vienne", "Région 75 — Nouvelle-Aquitaine", or null for everything. */
        String libelle(Long departementId, Long regionId) {
            String[] t = territoire(departementId, regionId);
            return t[0] == null ? null : (departementId != null ? "Département " : "Région ") + t[0] + " — " + t[1];
        }
    }

    private static CompteVue vue(Utilisateur u, LibellesTerritoires t, Instant bloqueJusqua) {
        String[] territoire = t.territoire(u.getDepartementId(), u.getRegionId());
        return new CompteVue(u.getId(), u.getLogin(), u.getNomAffiche(), u.getRole(), u.getOrganisation(),
                u.getOrganisationId(), u.getDepartementId(), u.getRegionId(), territoire[0], territoire[1],
                u.isActif(), u.isMotDePasseProvisoire(), u.getDerniereConnexion(), bloqueJusqua);
    }
}

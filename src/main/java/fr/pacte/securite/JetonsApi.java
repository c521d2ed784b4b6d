package fr.pacte.securite;

import fr.pacte.securite.Evenements.JetonApiCree;
import fr.pacte.securite.Evenements.JetonApiRevoque;
import fr.pacte.shared.web.RessourceIntrouvableException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens (issue 12 item 6). A token is 256 random bits, shown once to its owner; only its SHA-256 is
 * stored, so checking it costs one indexed read instead of a bcrypt hash (75 ms). It expires, can be revoked, and
 * acts with its user's current role and périmètre; a disabled account's tokens stop working.
 */
@Service
public class JetonsApi {

    static final String PREFIXE = "pacte_";
    public static final List<Integer> DUREES_JOURS = List.of(30, 90, 365);
    /** Last use is written at most this often: a Bearer request otherwise writes nothing. */
    private static final Duration PRECISION_UTILISATION = Duration.ofMinutes(5);

    private final JetonApiRepository jetons;
    private final UtilisateurRepository utilisateurs;
    private final PerimetreCourant courant;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;
    private final SecureRandom hasard = new SecureRandom();

    @Autowired
    JetonsApi(JetonApiRepository jetons, UtilisateurRepository utilisateurs, PerimetreCourant courant,
            ApplicationEventPublisher evenements) {
        this(jetons, utilisateurs, courant, evenements, Clock.systemUTC());
    }

    JetonsApi(JetonApiRepository jetons, UtilisateurRepository utilisateurs, PerimetreCourant courant,
            ApplicationEventPublisher evenements, Clock horloge) {
        this.jetons = jetons;
        this.utilisateurs = utilisateurs;
        this.courant = courant;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    public record JetonVue(Long id, String libelle, String debut, Instant creeLe, Instant expireLe,
            Instant revoqueLe, Instant derniereUtilisation, boolean valable) {
    }

    /** The token in clear, to show once, and what the list will show of it. */
    public record JetonCree(String valeur, JetonVue jeton) {
    }

    @Transactional
    public JetonCree creer(String libelle, int jours) {
        if (libelle == null || libelle.isBlank() || libelle.strip().length() > 100) {
            throw new CompteRefuseException(List.of(Refus.de("libelle", "jeton.libelle.obligatoire")));
        }
        if (!DUREES_JOURS.contains(jours)) {
            throw new CompteRefuseException(List.of(Refus.de("jours", "jeton.duree.invalide")));
        }
        UtilisateurConnecte moi = courant.utilisateur();
        byte[] octets = new byte[32];
        hasard.nextBytes(octets);
        String valeur = PREFIXE + Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
        Instant maintenant = horloge.instant();
        JetonApi jeton = jetons.save(new JetonApi(moi.getId(), libelle.strip(), empreinte(valeur),
                valeur.substring(0, PREFIXE.length() + 4), maintenant, maintenant.plus(Duration.ofDays(jours))));
        evenements.publishEvent(new JetonApiCree(moi.getUsername(), maintenant, jeton.getId(),
                "jeton n° " + jeton.getId() + " de " + moi.getUsername(), jeton.getLibelle(), jeton.getExpireLe()));
        return new JetonCree(valeur, vue(jeton, maintenant));
    }

    @Transactional(readOnly = true)
    public List<JetonVue> mesJetons() {
        Instant maintenant = horloge.instant();
        return jetons.findByUtilisateurIdOrderByCreeLeDesc(courant.utilisateur().getId()).stream()
                .map(j -> vue(j, maintenant))
                .toList();
    }

    /** Only its owner revokes a token; another's answers 404, as anything outside one's périmètre. */
    @Transactional
    public void revoquer(Long id) {
        UtilisateurConnecte moi = courant.utilisateur();
        JetonApi jeton = jetons.findById(id).filter(j -> j.getUtilisateurId().equals(moi.getId()))
                .orElseThrow(RessourceIntrouvableException::new);
        if (jeton.getRevoqueLe() == null) {
            Instant maintenant = horloge.instant();
            jeton.revoquer(maintenant);
            evenements.publishEvent(new JetonApiRevoque(moi.getUsername(), maintenant, id,
                    "jeton n° " + id + " de " + moi.getUsername(), jeton.getLibelle()));
        }
    }

    /** The user a Bearer token acts for, if the token is known, valid and its account active. */
    @Transactional
    public Optional<UtilisateurConnecte> authentifier(String valeur) {
        if (valeur == null || !valeur.startsWith(PREFIXE)) {
            return Optional.empty();
        }
        Instant maintenant = horloge.instant();
        return utilisateurs.findParJeton(empreinte(valeur))
                .filter(t -> t.jeton().valable(maintenant) && t.utilisateur().isActif())
                .map(t -> {
                    Instant derniere = t.jeton().getDerniereUtilisation();
                    if (derniere == null || derniere.plus(PRECISION_UTILISATION).isBefore(maintenant)) {
                        jetons.marquerUtilise(t.jeton().getId(), maintenant);
                    }
                    return new UtilisateurConnecte(t.utilisateur());
                });
    }

    static String empreinte(String valeur) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(valeur.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 est fourni par toute JVM", e);
        }
    }

    private static JetonVue vue(JetonApi j, Instant maintenant) {
        return new JetonVue(j.getId(), j.getLibelle(), j.getDebut(), j.getCreeLe(), j.getExpireLe(),
                j.getRevoqueLe(), j.getDerniereUtilisation(), j.valable(maintenant));
    }
}

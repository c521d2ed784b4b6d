package fr.pacte.securite;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * R-SEC-11: sign-in by login and password (form and HTTP Basic), throttled by {@link TentativesDeConnexion} before
 * the password is even read. Every refusal is one log line, without stack trace (issue 13 item 4). A disabled
 * account is told so only after its right password: the state of an account is no one else's business.
 */
class AuthentificationFreinee implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(AuthentificationFreinee.class);

    private final DaoAuthenticationProvider motsDePasse;
    private final TentativesDeConnexion tentatives;

    AuthentificationFreinee(DaoAuthenticationProvider motsDePasse, TentativesDeConnexion tentatives) {
        this.motsDePasse = motsDePasse;
        this.tentatives = tentatives;
    }

    @Override
    public Authentication authenticate(Authentication demande) {
        String login = demande.getName();
        String adresse = adresse(demande);
        TentativesDeConnexion.Etat etat = tentatives.etat(login, adresse);
        if (etat.bloque()) {
            refus(login, adresse, "connexion suspendue jusqu'à " + seconde(etat.bloqueJusqua()) + " (par "
                    + etat.cause().name().toLowerCase(java.util.Locale.ROOT) + ")");
            throw new CompteBloqueException(etat.bloqueJusqua());
        }
        try {
            Authentication resultat = motsDePasse.authenticate(demande);
            if (etat.echecsEnregistres()) {
                tentatives.succes(login, adresse);
            }
            return resultat;
        } catch (BadCredentialsException e) {
            TentativesDeConnexion.Echec echec = tentatives.echec(login, adresse);
            refus(login, adresse, "identifiant ou mot de passe incorrect, échec n° " + echec.echecs()
                    + (echec.bloqueJusqua() == null ? "" : ", suspendue jusqu'à " + seconde(echec.bloqueJusqua())));
            if (echec.bloqueJusqua() != null) {
                throw new CompteBloqueException(echec.bloqueJusqua());
            }
            throw e;
        } catch (DisabledException e) {
            refus(login, adresse, "compte désactivé");
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String adresse(Authentication demande) {
        return demande.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    static void refus(String login, String adresse, String motif) {
        LOG.warn("Connexion refusée : identifiant « {} », adresse {}, {}", propre(login), adresse, motif);
    }

    private static Instant seconde(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The login as typed, on one line and not too long: it comes from anyone. */
    private static String propre(String texte) {
        String t = texte == null ? "" : texte.replaceAll("[\\p{Cntrl}]", "?");
        return t.length() > 100 ? t.substring(0, 100) + "…" : t;
    }
}

package fr.pacte.audit;

import fr.pacte.securite.Evenements.CompteCree;
import fr.pacte.securite.Evenements.CompteDebloque;
import fr.pacte.securite.Evenements.CompteDesactive;
import fr.pacte.securite.Evenements.CompteModifie;
import fr.pacte.securite.Evenements.CompteReactive;
import fr.pacte.securite.Evenements.EvenementSecurite;
import fr.pacte.securite.Evenements.JetonApiCree;
import fr.pacte.securite.Evenements.JetonApiRevoque;
import fr.pacte.securite.Evenements.MotDePasseChange;
import fr.pacte.securite.Evenements.MotDePasseProvisoireDefini;
import fr.pacte.securite.Evenements.OrganisationCreee;
import java.util.List;

/**
 * R-SEC-6, R-SEC-10: how an event of account administration or of a personal token is named in the journal: its
 * action, the kind of object and its id. Every sealed event of {@code securite} has one (a test walks them all).
 */
record ActeAdministration(String action, String objet, Long objetId) {

    static final String COMPTE = "COMPTE";
    static final String ORGANISATION = "ORGANISATION";
    static final String JETON_API = "JETON_API";
    static final List<String> OBJETS = List.of(COMPTE, ORGANISATION, JETON_API);

    static ActeAdministration de(EvenementSecurite evenement) {
        // Java 17: no pattern switch; ActeAdministrationTest names every event of securite.
        if (evenement instanceof CompteCree e) {
            return new ActeAdministration("COMPTE_CREE", COMPTE, e.compteId());
        } else if (evenement instanceof CompteModifie e) {
            return new ActeAdministration("COMPTE_MODIFIE", COMPTE, e.compteId());
        } else if (evenement instanceof CompteDesactive e) {
            return new ActeAdministration("COMPTE_DESACTIVE", COMPTE, e.compteId());
        } else if (evenement instanceof CompteReactive e) {
            return new ActeAdministration("COMPTE_REACTIVE", COMPTE, e.compteId());
        } else if (evenement instanceof CompteDebloque e) {
            return new ActeAdministration("COMPTE_DEBLOQUE", COMPTE, e.compteId());
        } else if (evenement instanceof MotDePasseProvisoireDefini e) {
            return new ActeAdministration("MOT_DE_PASSE_PROVISOIRE", COMPTE, e.compteId());
        } else if (evenement instanceof MotDePasseChange e) {
            return new ActeAdministration("MOT_DE_PASSE_CHANGE", COMPTE, e.compteId());
        } else if (evenement instanceof OrganisationCreee e) {
            return new ActeAdministration("ORGANISATION_CREEE", ORGANISATION, e.organisationId());
        } else if (evenement instanceof JetonApiCree e) {
            return new ActeAdministration("JETON_API_CREE", JETON_API, e.jetonId());
        } else if (evenement instanceof JetonApiRevoque e) {
            return new ActeAdministration("JETON_API_REVOQUE", JETON_API, e.jetonId());
        }
        throw new IllegalArgumentException("Événement sans entrée de journal : " + evenement.getClass().getName());
    }
}

package fr.pacte.imputation;

import fr.pacte.convention.Changement;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.securite.Autorisations;
import fr.pacte.securite.Permission;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.shared.web.RessourceIntrouvableException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases on imputations: the State side (imputation of a champ or axe, EJ per exercice) by FINANCES_ETAT of the
 * région, the Département side (imputation of a fiche's lines, payee account) by FINANCES_DEPARTEMENT. Each takes the
 * convention's lock, checks its permission and publishes {@link ImputationModifiee}.
 */
@Service
public class ModifierImputations {

    private final ConventionService conventions;
    private final ImputationEtatRepository etat;
    private final EngagementJuridiqueRepository engagements;
    private final ImputationDepartementRepository departement;
    private final CompteBancaireRepository comptes;
    private final Autorisations autorisations;
    private final PerimetreCourant perimetre;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    ModifierImputations(ConventionService conventions, ImputationEtatRepository etat,
            EngagementJuridiqueRepository engagements, ImputationDepartementRepository departement,
            CompteBancaireRepository comptes, Autorisations autorisations, PerimetreCourant perimetre,
            ApplicationEventPublisher evenements, Clock horloge) {
        this.conventions = conventions;
        this.etat = etat;
        this.engagements = engagements;
        this.departement = departement;
        this.comptes = comptes;
        this.autorisations = autorisations;
        this.perimetre = perimetre;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    public boolean permisEtat(ConventionLue c) {
        return autorisations.peut(Permission.MODIFIER_IMPUTATION_ETAT, c.departement().id(),
                c.departement().region().id());
    }

    private ConventionLue exiger(Long conventionId, Permission permission) {
        conventions.verrouiller(conventionId);
        ConventionLue c = conventions.lire(conventionId);
        autorisations.exiger(permission, c.departement().id(), c.departement().region().id());
        return c;
    }

    @Transactional
    public void modifierEtat(Long conventionId, Long imputationId, ImputationEtat.Champs champs) {
        ConventionLue c = exiger(conventionId, Permission.MODIFIER_IMPUTATION_ETAT);
        ImputationEtat i = etat.findById(imputationId).filter(x -> x.getConventionId().equals(conventionId))
                .orElseThrow(RessourceIntrouvableException::new);
        ImputationEtat.Champs nettoyes = new ImputationEtat.Champs(net(champs.programme()),
                net(champs.centreFinancier()), net(champs.centreCout()), net(champs.domaineFonctionnel()),
                net(champs.activiteCode()), net(champs.activiteLibelle()));
        List<Changement> changements = Changement.entre("IMPUTATION_ETAT", imputationId, i.champs(), nettoyes);
        if (changements.isEmpty()) {
            return;
        }
        i.changer(nettoyes);
        publier(c, "IMPUTATION_ETAT_MODIFIEE", changements);
    }

    /** The EJ of a champ for an exercice (empty: removed). */
    @Transactional
    public void engagement(Long conventionId, Long champId, int exercice, String numero) {
        ConventionLue c = exiger(conventionId, Permission.MODIFIER_IMPUTATION_ETAT);
        c.champ(champId).orElseThrow(RessourceIntrouvableException::new);
        String nouveau = net(numero);
        var existant = engagements.findByChampIdAndExercice(champId, exercice);
        String avant = existant.map(EngagementJuridique::getNumero).orElse(null);
        if (Objects.equals(avant, nouveau)) {
            return;
        }
        if (nouveau == null) {
            existant.ifPresent(engagements::delete);
        } else if (existant.isPresent()) {
            existant.get().changer(nouveau);
        } else {
            engagements.save(new EngagementJuridique(conventionId, champId, exercice, nouveau));
        }
        publier(c, "EJ_MODIFIE", List.of(new Changement("EJ", champId, "ej " + exercice, avant, nouveau)));
    }

    /** A departmental imputation of a fiche's line as sent. */
    public record ImputationDepartementVoulue(Long ficheId, Long axeId, String section, String chapitre,
            String fonction, String natureArticle, String autorisation, String libelle) {
    }

    /** Replaces the departmental imputations of the convention (Q24: optional). */
    @Transactional
    public void remplacerDepartement(Long conventionId, List<ImputationDepartementVoulue> voulues) {
        ConventionLue c = exiger(conventionId, Permission.MODIFIER_IMPUTATION_DEPARTEMENT);
        List<Changement> changements = new ArrayList<>();
        for (ImputationDepartement i : departement.findByConventionIdOrderById(conventionId)) {
            changements.add(new Changement("IMPUTATION_DEPARTEMENT", i.getId(), "imputation", i.code(), null));
            departement.delete(i);
        }
        departement.flush();
        for (ImputationDepartementVoulue v : voulues) {
            c.fiche(v.ficheId()).orElseThrow(RessourceIntrouvableException::new);
            ImputationDepartement i = departement.save(new ImputationDepartement(conventionId, v.ficheId(), v.axeId(),
                    v.section(), v.chapitre(), net(v.fonction()), v.natureArticle(), net(v.autorisation()),
                    net(v.libelle())));
            changements.add(new Changement("IMPUTATION_DEPARTEMENT", i.getId(), "imputation", null, i.code()));
        }
        publier(c, "IMPUTATION_DEPARTEMENT_MODIFIEE", changements);
    }

    @Transactional
    public void modifierCompte(Long conventionId, CompteBancaire.Champs champs) {
        ConventionLue c = exiger(conventionId, Permission.MODIFIER_IMPUTATION_DEPARTEMENT);
        CompteBancaire compte = comptes.findByConventionId(conventionId).orElseGet(() -> new CompteBancaire(conventionId));
        CompteBancaire.Champs avant = compte.getId() == null ? null : compte.champs();
        compte.changer(champs);
        comptes.save(compte);
        // R-SEC-9: the journal says the account changed, never its numbers
        publier(c, "COMPTE_BANCAIRE_MODIFIE", List.of(new Changement("COMPTE_BANCAIRE", compte.getId(), "compte",
                avant == null ? null : "…", "…")));
    }

    private void publier(ConventionLue c, String action, List<Changement> changements) {
        evenements.publishEvent(new ImputationModifiee(c.id(), action, c.version().numero(), perimetre.login(),
                LocalDateTime.now(horloge), List.copyOf(changements)));
    }

    private static String net(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

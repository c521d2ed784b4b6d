package fr.pacte.fiche;

import fr.pacte.convention.Changement;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.FicheAction;
import fr.pacte.convention.VersionLue;
import fr.pacte.financement.ColonneBudget;
import fr.pacte.financement.EcritureLignes;
import fr.pacte.financement.EcritureLignes.LigneVoulue;
import fr.pacte.financement.FinancementService;
import fr.pacte.financement.Financeur;
import fr.pacte.financement.LigneFinancement.Cle;
import fr.pacte.financement.Nature;
import fr.pacte.financement.Stade;
import fr.pacte.financement.rules.MultiAxeRule;
import fr.pacte.revue.VerrousRevue;
import fr.pacte.securite.Autorisations;
import fr.pacte.securite.Permission;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.shared.web.RessourceIntrouvableException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "modifier une fiche-action": its description, axes and whole budget in one step, all or nothing. It owns
 * this write: it takes the convention's lock (concurrent saves queue), refuses a stale form with the other person's
 * values (R-WF-9), writes into the draft version when the convention is signed (R-SEC-8), saves the money by
 * difference, bumps the fiche's one version and publishes {@link FicheModifiee} for the journal.
 */
@Service
public class ModifierFiche {

    private final ConventionService conventions;
    private final FinancementService financement;
    private final EcritureLignes ecriture;
    private final Autorisations autorisations;
    private final PerimetreCourant perimetre;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;
    private final VerrousRevue verrous;

    ModifierFiche(ConventionService conventions, FinancementService financement, EcritureLignes ecriture,
            Autorisations autorisations, PerimetreCourant perimetre, ApplicationEventPublisher evenements,
            Clock horloge, VerrousRevue verrous) {
        this.verrous = verrous;
        this.conventions = conventions;
        this.financement = financement;
        this.ecriture = ecriture;
        this.autorisations = autorisations;
        this.perimetre = perimetre;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    /** One typed amount of the grid: axe × exercice × column (and organisme of an AUTRE financeur). */
    public record Montant(Long axeId, int exercice, ColonneBudget colonne, String organisme, BigDecimal montant) {
    }

    /** The justification typed for an axe and exercice (R-FIN-18). */
    public record Justification(Long axeId, int exercice, String texte) {
    }

    /** What the form sends: the version of the fiche it was opened on, the description, the axes and the budget. */
    public record Commande(Long conventionId, Long ficheId, long versionFiche, FicheAction.Description description,
            List<Long> axeIds, List<Montant> montants, List<Justification> justifications) {
    }

    /** The version the change went into, and whether anything changed. */
    public record Resultat(VersionLue version, boolean modifiee) {
    }

    /** Whether the current user may change the fiches of this convention (shows or hides the button). */
    public boolean permis(ConventionLue convention) {
        return autorisations.peut(Permission.MODIFIER_FICHE, convention.departement().id(),
                convention.departement().region().id());
    }

    public void exigerPermission(ConventionLue convention) {
        autorisations.exiger(Permission.MODIFIER_FICHE, convention.departement().id(),
                convention.departement().region().id());
    }

    /** R-WF-4: why the fiche cannot be changed now (submitted, under review, validated, avenant agreed), if so. */
    public java.util.Optional<String> motifVerrou(ConventionLue ecriture, Long ficheId) {
        return verrous.motif(ecriture, ficheId);
    }

    /** R-WF-4: refuses (409 with the reason) a change of a fiche that the review or the avenant has locked. */
    public void exigerModifiable(ConventionLue ecriture, Long ficheId) {
        verrous.exigerModifiable(ecriture, List.of(ficheId));
    }

    /**
     * @throws ModificationConcurrenteException when the fiche changed since {@code versionFiche}: nothing saved
     * @throws IllegalArgumentException on input the form's validator would have refused (a tampered form)
     */
    @Transactional
    public Resultat executer(Commande commande) {
        conventions.verrouiller(commande.conventionId());
        ConventionLue lue = conventions.lire(commande.conventionId());
        exigerPermission(lue);
        exigerModifiable(conventions.lireVersionDEcriture(commande.conventionId()), commande.ficheId());
        VersionLue version = conventions.versionDEcriture(commande.conventionId());
        ConventionLue brouillon = conventions.lire(commande.conventionId(),
                fr.pacte.convention.SelecteurVersion.version(version.numero()));
        FicheLue actuelle = brouillon.fiche(commande.ficheId()).orElseThrow(RessourceIntrouvableException::new);
        if (actuelle.version() != commande.versionFiche()) {
            throw new ModificationConcurrenteException(brouillon, actuelle, financement.budget(brouillon, actuelle));
        }
        List<LigneVoulue> voulues = lignesVoulues(commande, actuelle);
        FicheAction fiche = conventions.ficheAEcrire(commande.conventionId(), commande.ficheId());
        List<Changement> changements = new ArrayList<>(conventions.decrireFiche(fiche, commande.description(),
                commande.axeIds(), version.numero()));
        changements.addAll(ecriture.enregistrerBudgetFiche(commande.conventionId(), commande.ficheId(),
                version.numero(), voulues).changements());
        if (changements.isEmpty()) {
            return new Resultat(version, false);
        }
        LocalDateTime maintenant = LocalDateTime.now(horloge);
        conventions.marquerModifiee(fiche, perimetre.login(), maintenant);
        evenements.publishEvent(new FicheModifiee(commande.conventionId(), commande.ficheId(), actuelle.numero(),
                version.numero(), perimetre.login(), maintenant, List.copyOf(changements)));
        return new Resultat(version, true);
    }

    /**
     * The planned lines the grid asks for: one per non-zero cell; the justification of a row is kept on its État
     * crédits nouveaux line (a 0,00 € line when the row has no money, R-FIN-18); an empty cell stores nothing.
     */
    private static List<LigneVoulue> lignesVoulues(Commande commande, FicheLue fiche) {
        Map<Cle, BigDecimal> montants = new LinkedHashMap<>();
        for (Montant m : commande.montants()) {
            if (!fiche.champ().couvre(m.exercice())) {
                throw new IllegalArgumentException("R-DATE-1 : exercice " + m.exercice() + " hors du champ");
            }
            if (m.montant().signum() == 0) {
                continue;
            }
            exigerAxe(commande, fiche, m.axeId());
            String organisme = m.colonne().financeur() == Financeur.AUTRE ? m.organisme() : null;
            montants.merge(new Cle(fiche.id(), m.axeId(), m.exercice(), m.colonne().financeur(), organisme,
                    m.colonne().nature(), Stade.PREVU), m.montant(), BigDecimal::add);
        }
        Map<List<Object>, String> justifications = new LinkedHashMap<>();
        for (Justification j : commande.justifications()) {
            if (j.texte() != null && !j.texte().isBlank()) {
                exigerAxe(commande, fiche, j.axeId());
                justifications.put(List.of(j.axeId(), j.exercice()), j.texte().strip());
            }
        }
        List<LigneVoulue> voulues = new ArrayList<>();
        montants.forEach((cle, montant) -> {
            boolean porteLaJustification = cle.financeur() == Financeur.ETAT
                    && cle.nature() == Nature.CREDITS_NOUVEAUX && cle.organisme() == null;
            voulues.add(porteLaJustification
                    ? LigneVoulue.justifiee(cle, montant, justifications.remove(List.of(cle.axeId(), cle.exercice())))
                    : LigneVoulue.montant(cle, montant));
        });
        justifications.forEach((axeExercice, texte) -> voulues.add(LigneVoulue.justifiee(
                new Cle(fiche.id(), (Long) axeExercice.get(0), (Integer) axeExercice.get(1), Financeur.ETAT, null,
                        Nature.CREDITS_NOUVEAUX, Stade.PREVU), BigDecimal.ZERO, texte)));
        return voulues;
    }

    /** R-FIN-6: money and justifications go only on an axe of the fiche's champ that the form allocates it to. */
    private static void exigerAxe(Commande commande, FicheLue fiche, Long axeId) {
        boolean duChamp = fiche.champ().axes().stream().anyMatch(a -> Objects.equals(a.id(), axeId));
        if (!duChamp || !MultiAxeRule.surAxeAlloue(commande.axeIds(), axeId)) {
            throw new IllegalArgumentException("R-FIN-6 : montant sur un axe non retenu pour la fiche");
        }
    }
}

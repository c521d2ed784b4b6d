package fr.pacte.document;

import fr.pacte.convention.Champ;
import fr.pacte.convention.Changement;
import fr.pacte.convention.Convention;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.CreationConvention;
import fr.pacte.convention.Deliberation;
import fr.pacte.convention.FicheAction;
import fr.pacte.convention.SelecteurVersion;
import fr.pacte.financement.EcritureMontants;
import fr.pacte.financement.FinancementService;
import fr.pacte.financement.MontantConventionnel;
import fr.pacte.financement.Sommes;
import fr.pacte.securite.Autorisations;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.securite.Permission;
import fr.pacte.shared.DemandeRefuseeException;
import fr.pacte.shared.Messages;
import fr.pacte.shared.Montants;
import fr.pacte.shared.web.RessourceIntrouvableException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "modifier la structure d'une convention en élaboration" (R-SEC-13): the screens add, change, reorder and
 * remove its champs, axes and fiches, and enter its montants conventionnels per exercice. Each move takes the
 * convention's lock, checks the permission (403) and that the convention was never signed (409: changes then go
 * through an avenant), refuses what would lose something silently (a champ with fiches, an axe with fiches, money or
 * children), writes through {@link CreationConvention} or {@link EcritureMontants} and publishes
 * {@link StructureModifiee}.
 */
@Service
public class ModifierStructure {

    private final CreationConvention structure;
    private final ConventionService conventions;
    private final FinancementService financement;
    private final EcritureMontants montants;
    private final Autorisations autorisations;
    private final PerimetreCourant perimetre;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    ModifierStructure(CreationConvention structure, ConventionService conventions, FinancementService financement,
            EcritureMontants montants, Autorisations autorisations, PerimetreCourant perimetre,
            ApplicationEventPublisher evenements, Clock horloge) {
        this.structure = structure;
        this.conventions = conventions;
        this.financement = financement;
        this.montants = montants;
        this.autorisations = autorisations;
        this.perimetre = perimetre;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    /** A move the structure refuses, with its French reason (shown on the page, nothing saved). */
    public static class StructureRefuseeException extends DemandeRefuseeException {

        private final String cle;

        StructureRefuseeException(String cle, Object... arguments) {
            super(Messages.texte(cle, arguments));
            this.cle = cle;
        }

        @Override
        public String code() {
            return cle;
        }
    }

    /** Whether the current user may change this convention's structure now (shows the buttons). */
    public boolean permis(ConventionLue convention) {
        return convention.enElaboration() && autorisations.peut(Permission.MODIFIER_STRUCTURE,
                convention.departement().id(), convention.departement().region().id());
    }

    /** The convention to change, locked; 403 without the permission, 409 once signed. */
    private ConventionLue ouvrir(Long id) {
        conventions.verrouiller(id);
        ConventionLue convention = conventions.lire(id);
        autorisations.exiger(Permission.MODIFIER_STRUCTURE, convention.departement().id(),
                convention.departement().region().id());
        if (!convention.enElaboration()) {
            throw ConflitDocumentException.signee(convention.numeroInterne());
        }
        return convention;
    }

    private void publier(ConventionLue convention, String action, List<Changement> changements) {
        evenements.publishEvent(new StructureModifiee(convention.id(), action, 0, perimetre.login(),
                LocalDateTime.now(horloge), changements));
    }

    /** The view a screen shows: the version being drafted. */
    @Transactional(readOnly = true)
    public ConventionLue lire(Long id) {
        ConventionLue convention = conventions.lire(id);
        autorisations.exiger(Permission.MODIFIER_STRUCTURE, convention.departement().id(),
                convention.departement().region().id());
        return convention;
    }

    @Transactional
    public void identifier(Long id, Convention.Identite identite, List<CreationConvention.PartieVoulue> parties,
            Deliberation.Saisie deliberation) {
        ConventionLue c = ouvrir(id);
        if (structure.numeroPris(c.departement().id(), identite.numeroInterne(), id)) {
            throw ConflitDocumentException.numeroPris(identite.numeroInterne(), c.departement().nom());
        }
        structure.identifier(id, identite);
        structure.remplacerParties(id, parties);
        structure.remplacerDeliberation(id, deliberation);
        publier(c, "IDENTITE_MODIFIEE", List.of(new Changement("CONVENTION", id, "numero", c.numeroInterne(),
                identite.numeroInterne())));
    }

    @Transactional
    public Long ajouterChamp(Long id, Champ.Description description, List<CreationConvention.RegleVoulue> regles) {
        ConventionLue c = ouvrir(id);
        if (c.champs().stream().anyMatch(ch -> ch.code().equals(description.code()))) {
            throw new StructureRefuseeException("structure.champ.doublon", description.code());
        }
        Long champId = structure.ajouterChamp(id, description, regles);
        publier(c, "CHAMP_AJOUTE", List.of(new Changement("CHAMP", champId, "code", null, description.code())));
        return champId;
    }

    @Transactional
    public void modifierChamp(Long id, Long champId, Champ.Description description,
            List<CreationConvention.RegleVoulue> regles) {
        ConventionLue c = ouvrir(id);
        ChampLu champ = c.champ(champId).orElseThrow(RessourceIntrouvableException::new);
        if (c.champs().stream().anyMatch(ch -> !ch.id().equals(champId) && ch.code().equals(description.code()))) {
            throw new StructureRefuseeException("structure.champ.doublon", description.code());
        }
        structure.modifierChamp(id, champId, description, regles);
        publier(c, "CHAMP_MODIFIE", List.of(new Changement("CHAMP", champId, "code", champ.code(), description.code())));
    }

    @Transactional
    public void supprimerChamp(Long id, Long champId) {
        ConventionLue c = ouvrir(id);
        ChampLu champ = c.champ(champId).orElseThrow(RessourceIntrouvableException::new);
        long fiches = c.fiches().stream().filter(f -> f.champ().id().equals(champId)).count();
        if (fiches > 0) {
            throw new StructureRefuseeException("structure.champ.avecFiches", champ.code(), fiches);
        }
        if (champ.axes().stream().anyMatch(a -> financement.axeALignes(c, a.id()))) {
            throw new StructureRefuseeException("structure.champ.avecLignes", champ.code());
        }
        structure.supprimerChamp(id, champId);
        publier(c, "CHAMP_SUPPRIME", List.of(new Changement("CHAMP", champId, "code", champ.code(), null)));
    }

    @Transactional
    public void deplacerChamp(Long id, Long champId, int sens) {
        ConventionLue c = ouvrir(id);
        c.champ(champId).orElseThrow(RessourceIntrouvableException::new);
        structure.deplacerChamp(id, champId, sens);
        publier(c, "CHAMP_DEPLACE", List.of());
    }

    @Transactional
    public Long ajouterAxe(Long id, Long champId, CreationConvention.AxeSaisi axe) {
        ConventionLue c = ouvrir(id);
        ChampLu champ = c.champ(champId).orElseThrow(RessourceIntrouvableException::new);
        if (champ.axes().stream().anyMatch(a -> a.numero().equals(axe.numero()))) {
            throw new StructureRefuseeException("structure.axe.doublon", axe.numero(), champ.code());
        }
        Long axeId = structure.ajouterAxe(id, champId, axe);
        publier(c, "AXE_AJOUTE", List.of(new Changement("AXE", axeId, "numero", null, axe.numero())));
        return axeId;
    }

    @Transactional
    public void modifierAxe(Long id, Long axeId, CreationConvention.AxeSaisi saisi) {
        ConventionLue c = ouvrir(id);
        AxeLu axe = c.axe(axeId).orElseThrow(RessourceIntrouvableException::new);
        ChampLu champ = c.champ(axe.champId()).orElseThrow();
        if (champ.axes().stream().anyMatch(a -> !a.id().equals(axeId) && a.numero().equals(saisi.numero()))) {
            throw new StructureRefuseeException("structure.axe.doublon", saisi.numero(), champ.code());
        }
        try {
            structure.modifierAxe(id, axeId, saisi);
        } catch (IllegalArgumentException e) {
            throw new StructureRefuseeException("structure.axe.boucle", saisi.numero());
        }
        publier(c, "AXE_MODIFIE", List.of(new Changement("AXE", axeId, "numero", axe.numero(), saisi.numero())));
    }

    @Transactional
    public void supprimerAxe(Long id, Long axeId) {
        ConventionLue c = ouvrir(id);
        AxeLu axe = c.axe(axeId).orElseThrow(RessourceIntrouvableException::new);
        if (!c.fichesDeLAxe(axeId).isEmpty()) {
            throw new StructureRefuseeException("structure.axe.avecFiches", axe.numero(), c.fichesDeLAxe(axeId).size());
        }
        if (!c.enfants(axeId).isEmpty()) {
            throw new StructureRefuseeException("structure.axe.avecEnfants", axe.numero());
        }
        if (financement.axeALignes(c, axeId)) {
            throw new StructureRefuseeException("structure.axe.avecLignes", axe.numero());
        }
        structure.supprimerAxe(id, axeId);
        publier(c, "AXE_SUPPRIME", List.of(new Changement("AXE", axeId, "numero", axe.numero(), null)));
    }

    @Transactional
    public void deplacerAxe(Long id, Long axeId, int sens) {
        ConventionLue c = ouvrir(id);
        c.axe(axeId).orElseThrow(RessourceIntrouvableException::new);
        structure.deplacerAxe(id, axeId, sens);
        publier(c, "AXE_DEPLACE", List.of());
    }

    @Transactional
    public Long ajouterFiche(Long id, Long champId, String cle, String numero, FicheAction.Description description,
            List<Long> axeIds) {
        ConventionLue c = ouvrir(id);
        ChampLu champ = c.champ(champId).orElseThrow(RessourceIntrouvableException::new);
        String laCle = cle == null || cle.isBlank() ? numero : cle.strip();
        if (c.ficheParCle(laCle).isPresent()) {
            throw new StructureRefuseeException("structure.fiche.doublon", laCle);
        }
        List<Long> duChamp = axeIds.stream().filter(a -> champ.axes().stream().anyMatch(x -> x.id().equals(a)))
                .toList();
        if (duChamp.isEmpty()) {
            throw new StructureRefuseeException("structure.fiche.sansAxe");
        }
        Long ficheId = structure.ajouterFiche(id, 0, champId, laCle, numero.strip(), description, duChamp);
        publier(c, "FICHE_AJOUTEE", List.of(new Changement("FICHE", ficheId, "cle", null, laCle)));
        return ficheId;
    }

    /** Changes the key and printed number of a fiche being drafted (R-IMP-8: the key stays unique). */
    @Transactional
    public void identifierFiche(Long id, Long ficheId, String cle, String numero) {
        ConventionLue c = ouvrir(id);
        ConventionLue.FicheLue fiche = c.fiche(ficheId).orElseThrow(RessourceIntrouvableException::new);
        String laCle = cle == null || cle.isBlank() ? numero.strip() : cle.strip();
        if (c.fiches().stream().anyMatch(f -> !f.id().equals(ficheId) && f.cle().equals(laCle))) {
            throw new StructureRefuseeException("structure.fiche.doublon", laCle);
        }
        structure.identifierFiche(id, ficheId, laCle, numero.strip());
        publier(c, "FICHE_RENUMEROTEE", List.of(new Changement("FICHE", ficheId, "cle", fiche.cle(), laCle),
                new Changement("FICHE", ficheId, "numero", fiche.numero(), numero.strip())));
    }

    /** What removing a fiche would lose: its money over every exercice (the screen asks before). */
    @Transactional(readOnly = true)
    public Sommes argentDeLaFiche(Long id, Long ficheId) {
        ConventionLue c = lire(id);
        c.fiche(ficheId).orElseThrow(RessourceIntrouvableException::new);
        return financement.totalFiche(c, ficheId);
    }

    /** Removes a fiche; one with money only once the user confirmed ({@code confirme}) how much goes with it. */
    @Transactional
    public void supprimerFiche(Long id, Long ficheId, boolean confirme) {
        ConventionLue c = ouvrir(id);
        ConventionLue.FicheLue fiche = c.fiche(ficheId).orElseThrow(RessourceIntrouvableException::new);
        Sommes argent = financement.totalFiche(c, ficheId);
        if (argent.total().signum() != 0 && !confirme) {
            throw new StructureRefuseeException("structure.fiche.confirmer", fiche.numero(),
                    Montants.format(argent.total()));
        }
        structure.supprimerFiche(id, ficheId);
        publier(c, "FICHE_SUPPRIMEE", List.of(new Changement("FICHE", ficheId, "cle", fiche.cle(), null)));
    }

    @Transactional
    public void deplacerFiche(Long id, Long ficheId, int sens) {
        ConventionLue c = ouvrir(id);
        c.fiche(ficheId).orElseThrow(RessourceIntrouvableException::new);
        structure.deplacerFiche(id, ficheId, sens);
        publier(c, "FICHE_DEPLACEE", List.of());
    }

    /** The montants conventionnels of the version being drafted, for the screen of one exercice. */
    @Transactional(readOnly = true)
    public List<MontantConventionnel> montants(ConventionLue convention) {
        return montants.montants(convention);
    }

    /**
     * Replaces the State's montants conventionnels of one exercice (R-FIN-4 envelopes, with their amount in words checked by
     * the caller against R-FIN-13).
     */
    @Transactional
    public void enregistrerMontants(Long id, int exercice, List<EcritureMontants.MontantVoulu> voulus) {
        ConventionLue c = ouvrir(id);
        if (c.champs().stream().noneMatch(ch -> ch.couvre(exercice))) {
            throw new RessourceIntrouvableException();
        }
        montants.remplacerMontants(id, c.version().numero(), m -> m.getExercice() == exercice
                && m.getFinanceur() == fr.pacte.financement.Financeur.ETAT, voulus);
        publier(c, "MONTANTS_CONVENTIONNELS", voulus.stream().map(v -> new Changement("MONTANT_CONVENTIONNEL", null,
                v.exercice() + " " + v.financeur() + " " + Objects.requireNonNullElse(v.axeId(), v.champId()), null,
                v.montant().toPlainString())).toList());
    }

    /** For the screens: the snapshot of the version being drafted (version 0). */
    @Transactional(readOnly = true)
    public ConventionLue brouillon(Long id) {
        return conventions.lire(id, SelecteurVersion.version(0));
    }
}

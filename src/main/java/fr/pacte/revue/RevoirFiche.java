package fr.pacte.revue;

import fr.pacte.controle.Constat;
import fr.pacte.controle.ControleService;
import fr.pacte.controle.Gravite;
import fr.pacte.convention.Changement;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.financement.FinancementService;
import fr.pacte.financement.LigneFinancement;
import fr.pacte.revue.rules.SoumissionRule;
import fr.pacte.securite.Autorisations;
import fr.pacte.securite.Permission;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.shared.Messages;
import fr.pacte.shared.web.RessourceIntrouvableException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "revoir une fiche-action" (DOMAIN.md §6.3, contracts/avenant.md § Review): every move of the review, the
 * review of a line, the Département's answer, and the reviewer's one-step decision (open, comment the lines, validate
 * or return). Each takes the convention's lock, works in the draft under review, checks the role (a role that may
 * never make the move: 403), then the guards (422 with the reason, nothing changed), and publishes
 * {@link FicheRevue} for the journal.
 */
@Service
public class RevoirFiche {

    private final ConventionService conventions;
    private final RevueService lecture;
    private final RevueFicheRepository revues;
    private final FinancementService financement;
    private final ControleService controles;
    private final Autorisations autorisations;
    private final PerimetreCourant perimetre;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    RevoirFiche(ConventionService conventions, RevueService lecture, RevueFicheRepository revues,
            FinancementService financement, ControleService controles, Autorisations autorisations,
            PerimetreCourant perimetre, ApplicationEventPublisher evenements, Clock horloge) {
        this.conventions = conventions;
        this.lecture = lecture;
        this.revues = revues;
        this.financement = financement;
        this.controles = controles;
        this.autorisations = autorisations;
        this.perimetre = perimetre;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    /** A line's status as the reviewer sets it in the one-step decision. */
    public record DecisionLigne(Long ligneId, StatutLigne statut, String commentaire) {
    }

    /** Whether the user may make a move (to show the button); the guards are checked when it is made. */
    public boolean peut(ConventionLue convention, Permission permission) {
        return autorisations.peut(permission, convention.departement().id(), convention.departement().region().id());
    }

    /** Whether the user makes the reviewer's one-step decision on a fiche in this state (open if needed, then decide). */
    public boolean peutDecider(ConventionLue convention, StatutRevue statut) {
        boolean ouvrir = statut == StatutRevue.SOUMISE && peut(convention, Permission.OUVRIR_REVUE_FICHE);
        boolean decider = statut == StatutRevue.EN_REVUE && (peut(convention, Permission.RENVOYER_FICHE)
                || peut(convention, Permission.VALIDER_FICHE));
        return (ouvrir || decider) && convention.version().brouillon();
    }

    @Transactional
    public StatutRevue passer(Long conventionId, Long ficheId, StatutRevue vers, String commentaire) {
        Contexte ctx = contexte(conventionId, ficheId);
        return passer(ctx, vers, texte(commentaire));
    }

    /**
     * The reviewer's one step: opens the review of a submitted fiche, sets each line's status, then validates the
     * fiche or returns it with {@code commentaire}. All or nothing.
     */
    @Transactional
    public StatutRevue decider(Long conventionId, Long ficheId, boolean valider, String commentaire,
            List<DecisionLigne> lignes) {
        Contexte ctx = contexte(conventionId, ficheId);
        StatutRevue vers = valider ? StatutRevue.VALIDEE : StatutRevue.A_CORRIGER;
        exigerRole(ctx.convention(), TransitionFiche.permissionsVers(vers));
        if (ctx.statut() == StatutRevue.SOUMISE) {
            passer(ctx, StatutRevue.EN_REVUE, null);
            ctx = contexte(conventionId, ficheId);
        }
        for (DecisionLigne d : lignes) {
            if (d.statut() != null && d.statut() != StatutLigne.NON_REVUE) {
                revoirLigne(ctx, d.ligneId(), d.statut(), texte(d.commentaire()));
            }
        }
        return passer(ctx, vers, texte(commentaire));
    }

    /** R-WF-2: the préfecture accepts or contests a line (a contested line needs a comment) while EN_REVUE. */
    @Transactional
    public StatutLigne revoirLigne(Long conventionId, Long ficheId, Long ligneId, StatutLigne statut,
            String commentaire) {
        return revoirLigne(contexte(conventionId, ficheId), ligneId, statut, texte(commentaire));
    }

    /** The Département answers a contested line while the fiche is returned for correction. */
    @Transactional
    public void repondre(Long conventionId, Long ficheId, Long ligneId, String reponse) {
        Contexte ctx = contexte(conventionId, ficheId);
        exigerRole(ctx.convention(), Set.of(Permission.REPONDRE_REVUE));
        String texte = texte(reponse);
        if (texte == null) {
            throw new TransitionRefuseeException(Messages.texte("revue.reponse.obligatoire"));
        }
        if (ctx.statut() != StatutRevue.A_CORRIGER) {
            throw new TransitionRefuseeException(Messages.texte("revue.reponse.etat", ctx.fiche().numero(),
                    Messages.texte(ctx.statut().cle())));
        }
        RevueLigne ligne = revue(ctx).trouver(cle(ctx, ligneId))
                .filter(l -> l.getStatut() == StatutLigne.CONTESTEE)
                .orElseThrow(() -> new TransitionRefuseeException(Messages.texte("revue.reponse.nonContestee")));
        LocalDateTime maintenant = LocalDateTime.now(horloge);
        ligne.repondre(perimetre.login(), perimetre.get().role().name(), maintenant, texte);
        revues.flush();
        publier(ctx, "LIGNE_REPONSE", List.of(new Changement("LIGNE", ligneId, libelle(ligne.cle()), null, texte)),
                null, maintenant);
    }

    private StatutLigne revoirLigne(Contexte ctx, Long ligneId, StatutLigne statut, String commentaire) {
        exigerRole(ctx.convention(), Set.of(Permission.REVOIR_LIGNE));
        if (statut == null || statut == StatutLigne.NON_REVUE) {
            throw new TransitionRefuseeException(Messages.texte("revue.ligne.statutInvalide"));
        }
        if (ctx.statut() != StatutRevue.EN_REVUE) {
            throw new TransitionRefuseeException(Messages.texte("revue.ligne.etat", ctx.fiche().numero(),
                    Messages.texte(ctx.statut().cle())));
        }
        if (statut == StatutLigne.CONTESTEE && commentaire == null) {
            throw new TransitionRefuseeException(Messages.texte("revue.ligne.commentaireObligatoire"));
        }
        LigneFinancement.Cle cle = cle(ctx, ligneId);
        BigDecimal montant = montantApres(ctx, cle);
        RevueLigne ligne = revue(ctx).ligne(cle);
        StatutLigne avant = ligne.getStatut();
        LocalDateTime maintenant = LocalDateTime.now(horloge);
        ligne.revoir(statut, montant, perimetre.login(), perimetre.get().role().name(), maintenant, commentaire);
        revues.flush();
        publier(ctx, "LIGNE_" + statut.name(), List.of(new Changement("LIGNE", ligneId, "revue " + libelle(cle),
                avant.name(), statut.name())), commentaire, maintenant);
        return statut;
    }

    private StatutRevue passer(Contexte ctx, StatutRevue vers, String commentaire) {
        ConventionLue c = ctx.convention();
        exigerRole(c, TransitionFiche.permissionsVers(vers));
        if (!c.version().brouillon()) {
            throw new TransitionRefuseeException(Messages.texte("revue.sansBrouillon", ctx.fiche().numero()));
        }
        TransitionFiche transition = TransitionFiche.entre(ctx.statut(), vers)
                .orElseThrow(() -> new TransitionRefuseeException(Messages.texte("revue.transition.impossible",
                        ctx.fiche().numero(), Messages.texte(ctx.statut().cle()), Messages.texte(vers.cle()))));
        exigerRole(c, Set.of(transition.permission()));
        if (transition.commentaireObligatoire() && commentaire == null) {
            throw new TransitionRefuseeException(Messages.texte("revue.commentaireObligatoire",
                    Messages.texte(transition.libelle())));
        }
        RevueFiche revue = revue(ctx);
        gardes(ctx, transition, revue);
        LocalDateTime maintenant = LocalDateTime.now(horloge);
        revue.passer(transition, perimetre.login(), perimetre.get().role().name(), maintenant, commentaire);
        if (transition == TransitionFiche.VALIDER) {
            financement.lignesPrevues(c, ctx.fiche().id()).forEach(l -> revue.ligne(l.cle()).valider(l.getMontant()));
        }
        revues.saveAndFlush(revue);
        publier(ctx, "FICHE_" + vers.name(), List.of(new Changement("FICHE", ctx.fiche().id(), "statutRevue",
                transition.de().name(), vers.name())), commentaire, maintenant);
        return vers;
    }

    private void gardes(Contexte ctx, TransitionFiche transition, RevueFiche revue) {
        FicheLue fiche = ctx.fiche();
        switch (transition) {
            case SOUMETTRE, RESOUMETTRE, SOUMETTRE_MODIFICATION -> {
                if (transition == TransitionFiche.RESOUMETTRE) {
                    long sansReponse = revue.getLignes().stream()
                            .filter(l -> l.getStatut() == StatutLigne.CONTESTEE && !l.repondue()).count();
                    if (sansReponse > 0) {
                        throw new TransitionRefuseeException(Messages.texte("revue.resoumission.sansReponse",
                                fiche.numero(), sansReponse));
                    }
                }
                List<Constat> bloquants = new SoumissionRule().verifier(fiche,
                        !financement.lignesPrevues(ctx.convention(), fiche.id()).isEmpty(), erreurs(ctx));
                if (!bloquants.isEmpty()) {
                    throw new TransitionRefuseeException(Messages.texte("revue.soumission.refusee", fiche.numero(),
                            bloquants.size()), bloquants);
                }
            }
            case VALIDER -> {
                long contestees = revue.getLignes().stream().filter(l -> l.getStatut() == StatutLigne.CONTESTEE).count();
                if (contestees > 0) {
                    throw new TransitionRefuseeException(Messages.texte("revue.validation.contestees", fiche.numero(),
                            contestees));
                }
                // R-SEC-7: the author of the last change of the fiche (or of its money) cannot validate it.
                if (Objects.equals(fiche.modifiePar(), perimetre.login())) {
                    throw new TransitionRefuseeException(Messages.texte("revue.validation.auteur", fiche.numero()));
                }
            }
            case ROUVRIR -> {
                if (ctx.convention().version().avenant() == null) {
                    throw new TransitionRefuseeException(Messages.texte("revue.rouvrir.sansAvenant", fiche.numero()));
                }
            }
            default -> {
            }
        }
    }

    /** The ERREUR findings of the controls that point to the fiche, over every exercice of its champ. */
    private List<Constat> erreurs(Contexte ctx) {
        List<Constat> erreurs = new ArrayList<>();
        for (int annee : ctx.fiche().champ().exercices()) {
            controles.constats(ctx.convention(), annee).stream()
                    .filter(k -> k.gravite() == Gravite.ERREUR && ctx.fiche().numero().equals(k.fiche()))
                    .forEach(erreurs::add);
        }
        return erreurs;
    }

    private record Contexte(ConventionLue convention, FicheLue fiche, StatutRevue statut) {
    }

    private Contexte contexte(Long conventionId, Long ficheId) {
        conventions.verrouiller(conventionId);
        ConventionLue c = conventions.lireVersionDEcriture(conventionId);
        FicheLue fiche = c.fiche(ficheId).orElseThrow(RessourceIntrouvableException::new);
        return new Contexte(c, fiche, lecture.statut(c, ficheId));
    }

    private RevueFiche revue(Contexte ctx) {
        int version = ctx.convention().version().numero();
        return revues.findByFicheIdAndVersion(ctx.fiche().id(), version).orElseGet(() -> revues.save(
                new RevueFiche(ctx.convention().id(), ctx.fiche().id(), version, ctx.statut(),
                        LocalDateTime.now(horloge))));
    }

    /** The key of the line {@code ligneId} of the fiche: a row of the draft, or of the version it replaces. */
    private LigneFinancement.Cle cle(Contexte ctx, Long ligneId) {
        Optional<LigneFinancement> ligne = financement.lignesPrevues(ctx.convention(), ctx.fiche().id()).stream()
                .filter(l -> l.getId().equals(ligneId)).findFirst();
        if (ligne.isEmpty()) {
            ligne = lecture.base(ctx.convention()).flatMap(b -> financement.lignesPrevues(b, ctx.fiche().id())
                    .stream().filter(l -> l.getId().equals(ligneId)).findFirst());
        }
        return ligne.map(LigneFinancement::cle).orElseThrow(RessourceIntrouvableException::new);
    }

    private BigDecimal montantApres(Contexte ctx, LigneFinancement.Cle cle) {
        return financement.lignesPrevues(ctx.convention(), ctx.fiche().id()).stream()
                .filter(l -> l.cle().equals(cle)).map(LigneFinancement::getMontant).findFirst()
                .orElse(BigDecimal.ZERO.setScale(2));
    }

    private void exigerRole(ConventionLue c, Set<Permission> permissions) {
        if (permissions.stream().noneMatch(p -> peut(c, p))) {
            throw new AccessDeniedException("Ce rôle ne fait pas ce mouvement de la revue");
        }
    }

    private void publier(Contexte ctx, String action, List<Changement> changements, String commentaire,
            LocalDateTime le) {
        evenements.publishEvent(new FicheRevue(ctx.convention().id(), ctx.fiche().id(), ctx.fiche().numero(),
                ctx.convention().version().numero(), action, perimetre.login(), le, changements, commentaire));
    }

    static String libelle(LigneFinancement.Cle c) {
        return "montant " + c.exercice() + " " + c.financeur() + " " + c.nature()
                + (c.organisme() == null ? "" : " (" + c.organisme() + ")") + " axe " + c.axeId();
    }

    private static String texte(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** For the pages: the statut of every fiche of the draft, keyed by fiche id. */
    public Map<Long, StatutRevue> statuts(ConventionLue convention) {
        return lecture.statuts(convention);
    }
}

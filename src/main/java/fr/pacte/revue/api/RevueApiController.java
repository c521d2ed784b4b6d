package fr.pacte.revue.api;

import fr.pacte.controle.ConstatJson;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.SelecteurVersion;
import fr.pacte.revue.ATraiter;
import fr.pacte.revue.RevoirFiche;
import fr.pacte.revue.RevueService;
import fr.pacte.revue.StatutLigne;
import fr.pacte.revue.StatutRevue;
import fr.pacte.revue.TransitionRefuseeException;
import fr.pacte.shared.web.RessourceIntrouvableException;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** contracts/avenant.md § Review of fiches-actions: the review of a fiche, its moves, its lines, and the inbox. */
@RestController
class RevueApiController {

    private static final String FICHE = "/api/v1/conventions/{id}/fiches-actions/{ficheId}";

    private final ConventionService conventions;
    private final RevueService revues;
    private final RevoirFiche revoir;
    private final ATraiter aTraiter;

    RevueApiController(ConventionService conventions, RevueService revues, RevoirFiche revoir, ATraiter aTraiter) {
        this.conventions = conventions;
        this.revues = revues;
        this.revoir = revoir;
        this.aTraiter = aTraiter;
    }

    record TransitionDemandee(StatutRevue vers, String commentaire) {
    }

    record StatutJson(String statut) {
    }

    record LigneDemandee(StatutLigne statut, String commentaire) {
    }

    record ReponseDemandee(String commentaire) {
    }

    record PassageJson(String de, String vers, String par, LocalDateTime le, String commentaire) {
    }

    record CommentaireJson(String type, String par, LocalDateTime le, String texte, BigDecimal avant,
            BigDecimal apres) {
    }

    record LigneJson(Long id, String axe, int exercice, String financeur, String organisme, String nature,
            BigDecimal avant, BigDecimal apres, String statut, List<CommentaireJson> commentaires) {
    }

    record RevueJson(String statut, List<PassageJson> historique, List<LigneJson> lignes) {
    }

    record ElementJson(String type, Long conventionId, String convention, Long ficheId, String fiche, Integer avenant,
            String intitule, String statut, LocalDateTime depuis, String lien) {
    }

    record RefusJson(String erreur, String code, List<ConstatJson> constats) {
    }

    @GetMapping(FICHE + "/revue")
    @Operation(summary = "La revue d'une fiche : statut, historique (de, vers, par, le, commentaire) et lignes avant / "
            + "après avec leur statut NON_REVUE, ACCEPTEE ou CONTESTEE et leurs commentaires ; « avant » est la valeur "
            + "de la version en vigueur (ou de la dernière validation). Sans option : le projet en cours ; "
            + "?avenant=N : dans le projet de l'avenant N")
    RevueJson revue(@PathVariable Long id, @PathVariable Long ficheId, SelecteurVersion selecteur) {
        ConventionLue c = selecteur.courante() ? conventions.lireVersionDEcriture(id) : conventions.lire(id, selecteur);
        FicheLue fiche = c.fiche(ficheId).orElseThrow(RessourceIntrouvableException::new);
        RevueService.RevueLue r = revues.revue(c, fiche);
        return new RevueJson(r.statut().name(),
                r.historique().stream().map(p -> new PassageJson(p.de().name(), p.vers().name(), p.par(), p.le(),
                        p.commentaire())).toList(),
                r.lignes().stream().map(l -> new LigneJson(l.id(), l.axe(), l.exercice(), l.financeur().name(),
                        l.organisme(), l.nature().name(), l.avant(), l.apres(), l.statut().name(),
                        l.commentaires().stream().filter(k -> !"STATUT".equals(k.type()))
                                .map(k -> new CommentaireJson(k.type(), k.par(), k.le(), k.texte(), k.avant(),
                                        k.apres())).toList())).toList());
    }

    @PostMapping(FICHE + "/transitions")
    @Operation(summary = "Fait passer la revue de la fiche à « vers » (contracts/avenant.md) : 200 {statut} ; 422 "
            + "{erreur, constats} si une condition manque (rien n'est changé) ; 403 pour un rôle qui ne fait jamais ce "
            + "mouvement")
    StatutJson transition(@PathVariable Long id, @PathVariable Long ficheId, SelecteurVersion selecteur,
            @RequestBody TransitionDemandee demande) {
        exigerProjetEnCours(id, selecteur);
        return new StatutJson(revoir.passer(id, ficheId, demande.vers(), demande.commentaire()).name());
    }

    @PostMapping(FICHE + "/revue/lignes/{ligneId}")
    @Operation(summary = "La préfecture accepte ou conteste une ligne (commentaire obligatoire pour CONTESTEE) "
            + "pendant la revue")
    StatutJson ligne(@PathVariable Long id, @PathVariable Long ficheId, @PathVariable Long ligneId,
            @RequestBody LigneDemandee demande) {
        return new StatutJson(revoir.revoirLigne(id, ficheId, ligneId, demande.statut(), demande.commentaire()).name());
    }

    @PostMapping(FICHE + "/revue/lignes/{ligneId}/reponse")
    @Operation(summary = "Le Département répond à une ligne contestée d'une fiche à corriger")
    ResponseEntity<Void> reponse(@PathVariable Long id, @PathVariable Long ficheId, @PathVariable Long ligneId,
            @RequestBody ReponseDemandee demande) {
        revoir.repondre(id, ficheId, ligneId, demande.commentaire());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/revues")
    @Operation(summary = "Ce qui attend l'utilisateur, le plus ancien d'abord : préfecture, fiches SOUMISE ou "
            + "EN_REVUE et avenants EN_REVUE ; Département, fiches A_CORRIGER ; finances du Département, avenants à "
            + "délibérer ou à signer")
    List<ElementJson> aTraiter() {
        return aTraiter.elements().stream().map(e -> new ElementJson(e.type(), e.conventionId(), e.convention(),
                e.ficheId(), e.fiche(), e.avenant(), e.intitule(), e.statut(), e.depuis(), e.lien())).toList();
    }

    @ExceptionHandler(TransitionRefuseeException.class)
    ResponseEntity<RefusJson> refus(TransitionRefuseeException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new RefusJson(e.getMessage(),
                "TRANSITION_REFUSEE", e.constats().stream().map(ConstatJson::situe).toList()));
    }

    /** A move asked "inside avenant N" must be about the draft under way. */
    private void exigerProjetEnCours(Long id, SelecteurVersion selecteur) {
        if (selecteur.courante()) {
            return;
        }
        ConventionLue demandee = conventions.lire(id, selecteur);
        ConventionLue ecriture = conventions.lireVersionDEcriture(id);
        if (!demandee.memeVersion(ecriture) || !ecriture.version().brouillon()) {
            throw new TransitionRefuseeException(fr.pacte.shared.Messages.texte("revue.pasLeProjet",
                    demandee.version().numero()));
        }
    }
}

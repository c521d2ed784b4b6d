package fr.pacte.rapport.api;

import fr.pacte.execution.BilanFinancierJson;
import fr.pacte.rapport.ChangerStatutRapport;
import fr.pacte.rapport.CreerRapport;
import fr.pacte.rapport.EcrireRecits;
import fr.pacte.rapport.FormatRapport;
import fr.pacte.rapport.ModeleRapport;
import fr.pacte.rapport.RapportExecution;
import fr.pacte.rapport.RapportService;
import fr.pacte.rapport.StatutRapport;
import fr.pacte.rapport.TransitionRefuseeException;
import fr.pacte.rapport.TypeRapport;
import fr.pacte.shared.web.RessourceIntrouvableException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rapports d'exécution (contracts/execution-rapport.md § Rapport d'exécution). */
@RestController
@RequestMapping("/api/v1/conventions/{id}/rapports")
class RapportApiController {

    private final RapportService rapports;
    private final CreerRapport creer;
    private final EcrireRecits recits;
    private final ChangerStatutRapport changer;

    RapportApiController(RapportService rapports, CreerRapport creer, EcrireRecits recits,
            ChangerStatutRapport changer) {
        this.rapports = rapports;
        this.creer = creer;
        this.recits = recits;
        this.changer = changer;
    }

    record CreationJson(TypeRapport type, String champ, LocalDate debut, LocalDate fin) {
    }

    record CreeJson(int numero, StatutRapport statut) {
    }

    record RecitJson(String fiche, String texte) {
    }

    record RecitsJson(String synthese, List<RecitJson> fiches) {
    }

    record DeliberationJson(String organe, LocalDate date, String numero) {
    }

    record TransitionJson(StatutRapport vers, LocalDate date, DeliberationJson deliberation,
            List<String> destinataires, String commentaire) {
    }

    record FichierJson(String format, String sha256, long taille) {
    }

    record RefusJson(String erreur, String code, List<String> details) {
    }

    record IndicateurJson(String axe, String fiche, String libelle, String unite, String t0,
            List<ModeleRapport.ValeurAnnee> valeurs) {
    }

    record RapportJson(int numero, TypeRapport type, String champ, LocalDate debut, LocalDate fin,
            StatutRapport statut, int version, BilanFinancierJson bilanFinancier, List<IndicateurJson> indicateurs,
            List<String> resultatsManquants, RecitsJson recits, DeliberationJson deliberation,
            LocalDate dateTransmission, List<String> destinataires, List<FichierJson> fichiers) {
    }

    record ResumeJson(int numero, TypeRapport type, String champ, LocalDate debut, LocalDate fin,
            StatutRapport statut) {
    }

    @PostMapping
    @Operation(summary = "Crée un rapport (FINANCES_DEPARTEMENT) : 201 {numero, statut: BROUILLON}")
    ResponseEntity<CreeJson> creer(@PathVariable Long id, @RequestBody CreationJson corps) {
        RapportExecution r = creer.executer(new CreerRapport.Commande(id, corps.type(), corps.champ(), corps.debut(),
                corps.fin()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreeJson(r.getNumero(), r.getStatut()));
    }

    @GetMapping
    @Operation(summary = "Les rapports de la convention")
    List<ResumeJson> liste(@PathVariable Long id) {
        return rapports.rapports(id).stream().map(r -> new ResumeJson(r.getNumero(), r.getType(),
                null, r.getDebut(), r.getFin(), r.getStatut())).toList();
    }

    @GetMapping("/{numero}")
    @Operation(summary = "Le rapport : bilan financier de la période, matrice des indicateurs, récits, statut, "
            + "fichiers figés (format, sha256, taille)")
    RapportJson rapport(@PathVariable Long id, @PathVariable int numero) {
        RapportService.RapportLu lu = rapports.rapport(id, numero);
        RapportExecution r = lu.rapport();
        ModeleRapport m = lu.modele();
        List<RecitJson> textes = m.axes().stream().flatMap(a -> a.fiches().stream())
                .filter(f -> f.recit() != null).map(f -> new RecitJson(f.ligne().fiche(), f.recit()))
                .distinct().toList();
        return new RapportJson(r.getNumero(), r.getType(), m.entete().champ(), r.getDebut(), r.getFin(),
                r.getStatut(), m.entete().version(), BilanFinancierJson.de(m.bilan(), false),
                m.indicateurs().stream().map(i -> new IndicateurJson(i.axe(), i.fiche(), i.libelle(), i.unite(),
                        i.t0(), i.valeurs())).toList(),
                m.resultatsManquants(), new RecitsJson(m.synthese(), textes),
                r.getDeliberationDate() == null ? null : new DeliberationJson(r.getDeliberationOrgane(),
                        r.getDeliberationDate(), r.getDeliberationNumero()),
                r.getDateTransmission(), r.getDestinataires() == null ? List.of()
                        : List.of(r.getDestinataires().split(",")),
                lu.fichiers().stream().map(f -> new FichierJson(f.format(), f.sha256(), f.taille())).toList());
    }

    @PutMapping("/{numero}/recits")
    @Operation(summary = "La synthèse et le récit de chaque action (agents du Département, tant que BROUILLON)")
    ResponseEntity<Void> recits(@PathVariable Long id, @PathVariable int numero, @RequestBody RecitsJson corps) {
        recits.executer(id, numero, corps.synthese(), corps.fiches() == null ? List.of() : corps.fiches().stream()
                .map(f -> new EcrireRecits.Recit(f.fiche(), f.texte())).toList());
        return ResponseEntity.ok().build();
    }

    @GetMapping("/{numero}/fichier.{format}")
    @Operation(summary = "Le fichier du rapport (xlsx, docx, pdf, ods, odt) : les octets figés une fois TRANSMIS")
    ResponseEntity<byte[]> fichier(@PathVariable Long id, @PathVariable int numero, @PathVariable String format) {
        FormatRapport f = FormatRapport.de(format).orElseThrow(RessourceIntrouvableException::new);
        RapportService.Fichier fichier = rapports.fichier(id, numero, f);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(fichier.typeMime()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fichier.nom())
                        .build().toString())
                .body(fichier.contenu());
    }

    @PostMapping("/{numero}/transitions")
    @Operation(summary = "Une étape : PRET (R-IND-13), DELIBERE (délibération), TRANSMIS (deux destinataires et "
            + "la date ; fichiers figés, versements débloqués)")
    ResumeJson transition(@PathVariable Long id, @PathVariable int numero, @RequestBody TransitionJson t) {
        RapportExecution r = changer.executer(new ChangerStatutRapport.Commande(id, numero, t.vers(), t.date(),
                t.deliberation() == null ? null : new ChangerStatutRapport.Deliberation(t.deliberation().organe(),
                        t.deliberation().date(), t.deliberation().numero()), t.destinataires(), t.commentaire()));
        return new ResumeJson(r.getNumero(), r.getType(), null, r.getDebut(), r.getFin(), r.getStatut());
    }

    @ExceptionHandler(TransitionRefuseeException.class)
    ResponseEntity<RefusJson> refusee(TransitionRefuseeException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new RefusJson(e.getMessage(), e.code(),
                e.details()));
    }
}

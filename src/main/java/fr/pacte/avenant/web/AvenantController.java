package fr.pacte.avenant.web;

import fr.pacte.avenant.Avenant;
import fr.pacte.avenant.AvenantRefuseException;
import fr.pacte.avenant.AvenantService;
import fr.pacte.avenant.ComparaisonAvenant;
import fr.pacte.avenant.ConstatAvenant;
import fr.pacte.avenant.DocumentAvenant;
import fr.pacte.avenant.PreparerAvenant;
import fr.pacte.avenant.Reconduction;
import fr.pacte.avenant.StatutAvenant;
import fr.pacte.avenant.TransitionAvenant;
import fr.pacte.avenant.TransitionnerAvenant;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.financement.Financeur;
import fr.pacte.financement.Nature;
import fr.pacte.securite.Permission;
import fr.pacte.shared.Messages;
import fr.pacte.shared.web.Flash;
import fr.pacte.shared.web.Formats;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The avenant pages (contracts/avenant.md): the list of a convention's avenants, « Préparer un avenant » (from
 * "reconduire les montants de l'exercice N-1" or empty), the page « Avant / après avenant » with the moves the user
 * may make (submit, agree or return, délibération, signature, abandon), and « Modifier le projet ».
 */
@Controller
@RequestMapping("/conventions/{conventionId}/avenants")
class AvenantController {

    private static final int LIGNES_VIDES = 3;

    private final ConventionService conventions;
    private final AvenantService avenants;
    private final ComparaisonAvenant comparaison;
    private final PreparerAvenant preparer;
    private final TransitionnerAvenant transitions;
    private final Reconduction reconduction;
    private final Formats fmt;

    AvenantController(ConventionService conventions, AvenantService avenants, ComparaisonAvenant comparaison,
            PreparerAvenant preparer, TransitionnerAvenant transitions, Reconduction reconduction, Formats fmt) {
        this.conventions = conventions;
        this.avenants = avenants;
        this.comparaison = comparaison;
        this.preparer = preparer;
        this.transitions = transitions;
        this.reconduction = reconduction;
        this.fmt = fmt;
    }

    @GetMapping
    String liste(@PathVariable Long conventionId, Model model) {
        ConventionLue convention = conventions.lire(conventionId);
        model.addAttribute("convention", convention);
        model.addAttribute("avenants", avenants.liste(conventionId));
        model.addAttribute("peutPreparer", preparer.permis(convention) && convention.signee()
                && avenants.enCours(conventionId).isEmpty());
        return "avenant/avenants";
    }

    @GetMapping("/nouveau")
    String nouveau(@PathVariable Long conventionId, Model model) {
        ConventionLue convention = conventions.lireVersionDEcriture(conventionId);
        int numero = avenants.liste(conventionId).stream().mapToInt(AvenantService.AvenantResume::numero).max()
                .orElse(0) + 1;
        model.addAttribute("numero", numero);
        model.addAttribute("exercices", convention.exercices().stream().skip(1).toList());
        return nouveau(convention, model);
    }

    private String nouveau(ConventionLue convention, Model model) {
        model.addAttribute("convention", convention);
        model.addAttribute("sansChoixVersion", true);
        return "avenant/avenant-nouveau";
    }

    @PostMapping("/nouveau")
    String creer(@PathVariable Long conventionId, @RequestParam int numero, @RequestParam(required = false) String objet,
            @RequestParam(required = false) Integer reconduire, Model model, HttpServletResponse reponse,
            RedirectAttributes redirection) {
        DocumentAvenant document = reconduire != null ? reconduction.reconduire(conventionId, reconduire, numero)
                : new DocumentAvenant(numero, objet, null, null, null, null, null, null, null);
        if (objet != null && !objet.isBlank()) {
            document = new DocumentAvenant(numero, objet, document.complements(), document.montantsConventionnels(),
                    document.lignes(), document.fiches(), document.reports(), null, null);
        }
        try {
            PreparerAvenant.Resultat r = preparer.creer(conventionId, document);
            Flash.succes(redirection, "avenant.cree", r.numero());
            return "redirect:/conventions/{conventionId}/avenants/" + r.numero();
        } catch (AvenantRefuseException e) {
            reponse.setStatus(422);
            model.addAttribute("refus", e.getMessage());
            model.addAttribute("refusConstats", e.constats());
            model.addAttribute("numero", numero);
            model.addAttribute("objet", objet);
            ConventionLue convention = conventions.lireVersionDEcriture(conventionId);
            model.addAttribute("exercices", convention.exercices().stream().skip(1).toList());
            return nouveau(convention, model);
        }
    }

    @GetMapping("/{numero}")
    String afficher(@PathVariable Long conventionId, @PathVariable int numero, Model model) {
        DeliberationForm form = new DeliberationForm();
        Avenant a = avenants.avenant(conventionId, numero);
        if (a.getDeliberation() != null) {
            form.setOrgane(a.getDeliberation().organe());
            form.setDateSeance(a.getDeliberation().dateSeance());
        }
        model.addAttribute("deliberationForm", form);
        return page(conventionId, numero, model);
    }

    @PostMapping("/{numero}/transition")
    String passer(@PathVariable Long conventionId, @PathVariable int numero, @RequestParam StatutAvenant vers,
            @RequestParam(required = false) String commentaire,
            @Valid @ModelAttribute("deliberationForm") DeliberationForm form, BindingResult resultat, Model model,
            HttpServletResponse reponse, RedirectAttributes redirection) {
        if (resultat.hasErrors()) {
            reponse.setStatus(400);
            model.addAttribute("commentaireSaisi", commentaire);
            return page(conventionId, numero, model);
        }
        try {
            StatutAvenant statut = transitions.passer(conventionId, numero, new TransitionnerAvenant.Demande(vers,
                    commentaire, form.getDateSignature(), vers == StatutAvenant.DELIBERE ? form.deliberation() : null));
            Flash.succes(redirection, "avenant.transition.faite", numero, Messages.texte(statut.cle()));
            return "redirect:/conventions/{conventionId}/avenants/{numero}";
        } catch (AvenantRefuseException e) {
            reponse.setStatus(422);
            model.addAttribute("refus", e.getMessage());
            model.addAttribute("refusConstats", e.constats());
            model.addAttribute("commentaireSaisi", commentaire);
            return page(conventionId, numero, model);
        }
    }

    @GetMapping("/{numero}/modifier")
    String initialiserModification(@PathVariable Long conventionId, @PathVariable int numero, Model model) {
        model.addAttribute("form", AvenantForm.de(avenants.document(conventionId, numero), fmt, LIGNES_VIDES));
        return formulaire(conventionId, numero, model);
    }

    @PostMapping("/{numero}/modifier")
    String modifier(@PathVariable Long conventionId, @PathVariable int numero,
            @Valid @ModelAttribute("form") AvenantForm form, BindingResult resultat, Model model,
            HttpServletResponse reponse, RedirectAttributes redirection) {
        DocumentAvenant document = form.document(numero, resultat);
        if (resultat.hasErrors()) {
            reponse.setStatus(400);
            return formulaire(conventionId, numero, model);
        }
        try {
            PreparerAvenant.Resultat r = preparer.remplacer(conventionId, numero, document);
            Flash.succes(redirection, r.constats().isEmpty() ? "avenant.enregistre" : "avenant.enregistre.constats",
                    numero, r.constats().size());
            return "redirect:/conventions/{conventionId}/avenants/{numero}";
        } catch (AvenantRefuseException e) {
            reponse.setStatus(422);
            e.constats().forEach(c -> resultat.reject("avenant.refus", new Object[] {libelle(c)}, libelle(c)));
            if (e.constats().isEmpty()) {
                resultat.reject("avenant.refus", new Object[] {e.getMessage()}, e.getMessage());
            }
            form.completer(LIGNES_VIDES);
            return formulaire(conventionId, numero, model);
        }
    }

    private static String libelle(ConstatAvenant c) {
        return c.chemin() == null ? c.message() : c.message() + " (" + c.chemin() + ")";
    }

    private String formulaire(Long conventionId, int numero, Model model) {
        ConventionLue convention = conventions.lire(conventionId, fr.pacte.convention.SelecteurVersion.avenant(numero));
        model.addAttribute("convention", convention);
        model.addAttribute("numero", numero);
        model.addAttribute("financeurs", Financeur.values());
        model.addAttribute("natures", Nature.values());
        model.addAttribute("sansChoixVersion", true);
        return "avenant/avenant-form";
    }

    private String page(Long conventionId, int numero, Model model) {
        ComparaisonAvenant.Comparaison c = comparaison.comparer(conventionId, numero);
        ConventionLue convention = c.apres();
        model.addAttribute("convention", convention);
        model.addAttribute("comparaison", c);
        model.addAttribute("avenant", c.avenant());
        model.addAttribute("sansChoixVersion", true);
        StatutAvenant statut = c.avenant().getStatut();
        List<TransitionAvenant> mouvements = Arrays.stream(TransitionAvenant.values())
                .filter(t -> t.de() == statut && transitions.peut(convention, t.permission())).toList();
        model.addAttribute("mouvements", mouvements);
        model.addAttribute("peutModifier", statut == StatutAvenant.PROJET && preparer.permis(convention));
        model.addAttribute("organes", List.of("CONSEIL_DEPARTEMENTAL", "COMMISSION_PERMANENTE"));
        return "avenant/avenant";
    }

    static boolean permis(TransitionnerAvenant t, ConventionLue c, Permission p) {
        return t.peut(c, p);
    }
}

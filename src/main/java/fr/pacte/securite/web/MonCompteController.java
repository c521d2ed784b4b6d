package fr.pacte.securite.web;

import fr.pacte.securite.CompteRefuseException;
import fr.pacte.securite.JetonsApi;
import fr.pacte.securite.MonCompte;
import fr.pacte.securite.UtilisateurConnecte;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user's own account: change the password, personal API tokens (issue 12 items 2 and 6). */
@Controller
@RequestMapping("/compte")
class MonCompteController {

    private static final String MOT_DE_PASSE = "securite/mot-de-passe";
    private static final String JETONS = "securite/jetons";

    private final MonCompte monCompte;
    private final JetonsApi jetons;
    private final SecurityContextRepository contextes = new HttpSessionSecurityContextRepository();

    MonCompteController(MonCompte monCompte, JetonsApi jetons) {
        this.monCompte = monCompte;
        this.jetons = jetons;
    }

    @GetMapping("/mot-de-passe")
    String motDePasse(Model model) {
        model.addAttribute("form", new MotDePasseForm());
        return MOT_DE_PASSE;
    }

    @PostMapping("/mot-de-passe")
    String changerMotDePasse(@ModelAttribute("form") MotDePasseForm form, BindingResult erreurs,
            HttpServletRequest requete, HttpServletResponse reponse) {
        if (form.nouveau() == null || !form.nouveau().equals(form.confirmation())) {
            erreurs.rejectValue("confirmation", "motDePasse.confirmation");
            return MOT_DE_PASSE;
        }
        try {
            UtilisateurConnecte apres = monCompte.changerMotDePasse(form.actuel(), form.nouveau(),
                    requete.getSession().getId());
            // The session now holds the user without the provisional flag; its other sessions are closed.
            SecurityContext contexte = SecurityContextHolder.createEmptyContext();
            contexte.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(apres, null,
                    apres.getAuthorities()));
            SecurityContextHolder.setContext(contexte);
            contextes.saveContext(contexte, requete, reponse);
            return "redirect:/conventions";
        } catch (CompteRefuseException refus) {
            ErreursFormulaire.reporter(refus, erreurs);
            return MOT_DE_PASSE;
        }
    }

    @GetMapping("/jetons")
    String jetons(Model model) {
        model.addAttribute("form", new JetonForm());
        return pageJetons(model);
    }

    /** The new token is shown in this answer only: not in a redirect, not in the session. */
    @PostMapping("/jetons")
    String creerJeton(@ModelAttribute("form") JetonForm form, BindingResult erreurs, Model model) {
        try {
            JetonsApi.JetonCree cree = jetons.creer(form.getLibelle(), form.getJours() == null ? 0 : form.getJours());
            model.addAttribute("jetonCree", cree);
            model.addAttribute("form", new JetonForm());
        } catch (CompteRefuseException refus) {
            ErreursFormulaire.reporter(refus, erreurs);
        }
        return pageJetons(model);
    }

    @PostMapping("/jetons/{id}/revoquer")
    String revoquer(@PathVariable Long id, RedirectAttributes redirection) {
        jetons.revoquer(id);
        redirection.addFlashAttribute("succes", "jeton.revoque");
        return "redirect:/compte/jetons";
    }

    private String pageJetons(Model model) {
        model.addAttribute("jetons", jetons.mesJetons());
        model.addAttribute("durees", JetonsApi.DUREES_JOURS);
        return JETONS;
    }
}

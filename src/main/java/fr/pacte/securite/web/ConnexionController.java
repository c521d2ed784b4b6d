package fr.pacte.securite.web;

import fr.pacte.securite.EchecConnexion;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page: says why the last try failed (wrong password, suspended until when, disabled account). */
@Controller
class ConnexionController {

    @GetMapping("/connexion")
    String connexion(HttpSession session, Model model) {
        if (session.getAttribute(EchecConnexion.ATTRIBUT) instanceof EchecConnexion echec) {
            model.addAttribute("echec", echec);
        }
        return "securite/connexion";
    }
}

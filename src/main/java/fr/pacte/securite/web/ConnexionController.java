package fr.pacte.securite.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ConnexionController {

    @GetMapping("/connexion")
    String connexion(HttpSession session, Model model) {
        Object erreur = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("compteBloque", erreur instanceof LockedException);
        return "securite/connexion";
    }
}

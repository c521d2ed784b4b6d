package fr.pacte.securite.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ConnexionController {

    @GetMapping("/connexion")
    String connexion() {
        return "securite/connexion";
    }
}

package fr.pacte.revue.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.financement.rules.MessagesConstats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * R-WF-3 Submission guard (Jems "check & submit"): a fiche goes to the préfecture only with no ERREUR finding, its
 * mandatory fields filled (intitulé, axe, description, statut, lines or a justification) and no template marker left
 * in its texts ("[à compléter]", "XXX", "TODO"). Fiche 13 of the Vienne passes: its 2024 line is a justified 0
 * ("Financement prévu en 2025").
 */
public final class SoumissionRule {

    public static final String CODE_CHAMP = "CHAMP_OBLIGATOIRE";
    public static final String CODE_MARQUEUR = "MARQUEUR_MODELE";
    public static final String REGLE = "R-WF-3";

    private static final Pattern MARQUEUR = Pattern.compile(
            "(?iu)(\\[\\s*(à|a) compléter\\s*\\]|\\bà compléter\\b|\\bXXX+\\b|\\bTODO\\b|\\[\\s*(…|\\.\\.\\.)\\s*\\])");

    /**
     * @param aDesLignes  the fiche has at least one financing line (a justified 0 counts, R-FIN-18)
     * @param erreurs     the ERREUR findings of the controls that point to this fiche
     */
    public List<Constat> verifier(FicheLue fiche, boolean aDesLignes, List<Constat> erreurs) {
        List<Constat> constats = new ArrayList<>(erreurs);
        Map<String, String> obligatoires = new LinkedHashMap<>();
        obligatoires.put("intitule", fiche.intitule());
        obligatoires.put("description", fiche.description());
        obligatoires.put("statut", fiche.statut() == null ? null : fiche.statut().name());
        obligatoires.put("axes", fiche.axes().isEmpty() ? null : "ok");
        obligatoires.put("lignes", aDesLignes ? "ok" : null);
        obligatoires.forEach((champ, valeur) -> {
            if (valeur == null || valeur.isBlank()) {
                constats.add(constat(CODE_CHAMP, fiche, MessagesConstats.texte("revue.soumission.obligatoire." + champ,
                        fiche.numero())));
            }
        });
        Map<String, String> textes = new LinkedHashMap<>();
        textes.put("intitule", fiche.intitule());
        textes.put("description", fiche.description());
        textes.put("publicCible", fiche.publicCible());
        textes.put("pilote", fiche.pilote());
        textes.put("partenaires", fiche.partenaires());
        textes.put("operateur", fiche.operateur());
        textes.forEach((champ, texte) -> {
            if (texte != null && MARQUEUR.matcher(texte).find()) {
                constats.add(constat(CODE_MARQUEUR, fiche, MessagesConstats.texte("revue.soumission.marqueur",
                        fiche.numero(), MessagesConstats.texte("fiche.valeur." + champ))));
            }
        });
        return constats;
    }

    private static Constat constat(String code, FicheLue fiche, String message) {
        return new Constat(code, REGLE, Gravite.ERREUR, null, null, fiche.champ().code(), null, fiche.numero(), null,
                null, null, message);
    }
}

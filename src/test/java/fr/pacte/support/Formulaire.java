package fr.pacte.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A form of a rendered page, read as a browser reads it (inputs, checked boxes, selected options, text areas), so
 * that a test changes one field and posts back everything else exactly as the page gave it.
 */
public final class Formulaire {

    private final String action;
    private final LinkedHashMap<String, List<String>> champs = new LinkedHashMap<>();

    private Formulaire(String action) {
        this.action = action;
    }

    /** The form matching {@code selecteur} (CSS) in the page. */
    public static Formulaire de(String html, String selecteur) {
        Document page = Jsoup.parse(html);
        Element form = page.selectFirst(selecteur);
        if (form == null) {
            throw new IllegalArgumentException("Pas de formulaire « " + selecteur + " » dans la page");
        }
        Formulaire f = new Formulaire(form.attr("action"));
        for (Element e : form.select("input[name], textarea[name], select[name]")) {
            String nom = e.attr("name");
            switch (e.tagName()) {
                case "textarea" -> f.ajouter(nom, e.wholeText());
                case "select" -> {
                    Element choisi = e.selectFirst("option[selected]");
                    if (choisi == null) {
                        choisi = e.selectFirst("option");
                    }
                    f.ajouter(nom, choisi == null ? "" : choisi.attr("value"));
                }
                default -> {
                    String type = e.attr("type");
                    if ((type.equals("checkbox") || type.equals("radio")) && !e.hasAttr("checked")) {
                        continue;
                    }
                    if (type.equals("submit") || type.equals("file")) {
                        continue;
                    }
                    f.ajouter(nom, e.attr("value"));
                }
            }
        }
        return f;
    }

    private void ajouter(String nom, String valeur) {
        champs.computeIfAbsent(nom, k -> new ArrayList<>()).add(valeur);
    }

    public Formulaire avec(String nom, String valeur) {
        champs.put(nom, new ArrayList<>(List.of(valeur)));
        return this;
    }

    public String valeur(String nom) {
        List<String> v = champs.get(nom);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    public String action() {
        return action;
    }

    public Map<String, List<String>> champs() {
        return champs;
    }

    /** application/x-www-form-urlencoded body. */
    public String corps() {
        StringBuilder corps = new StringBuilder();
        champs.forEach((nom, valeurs) -> valeurs.forEach(v -> {
            if (!corps.isEmpty()) {
                corps.append('&');
            }
            corps.append(java.net.URLEncoder.encode(nom, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
        }));
        return corps.toString();
    }

    /** The same fields on a MockMvc request. */
    public org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder sur(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder requete) {
        champs.forEach((nom, valeurs) -> requete.param(nom, valeurs.toArray(String[]::new)));
        return requete;
    }
}

package fr.pacte.execution.web;

import fr.pacte.execution.ColonneExecution;
import fr.pacte.execution.EnregistrerExecution;
import fr.pacte.shared.Messages;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The execution grid as posted: fields {@code rang} (one per row, "ficheId-axeId"), {@code m_<rang>_<COLONNE>}
 * (amounts typed in French), {@code date_<rang>} (dd/MM/yyyy) and {@code piece_<rang>}. Keeps what was typed so that
 * a refused form comes back intact; a malformed amount or date is a French error quoting it.
 */
public record GrilleExecutionForm(Map<String, String> valeurs, List<EnregistrerExecution.RangSaisi> rangs,
        List<String> erreurs) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static GrilleExecutionForm lire(Map<String, String> saisie) {
        List<EnregistrerExecution.RangSaisi> rangs = new ArrayList<>();
        List<String> erreurs = new ArrayList<>();
        for (String cle : saisie.keySet().stream().filter(k -> k.startsWith("rang_")).toList()) {
            String rang = cle.substring("rang_".length());
            String[] ids = rang.split("-");
            if (ids.length != 2) {
                continue;
            }
            Map<ColonneExecution, BigDecimal> montants = new EnumMap<>(ColonneExecution.class);
            for (ColonneExecution c : ColonneExecution.values()) {
                String texte = saisie.get("m_" + rang + "_" + c.name());
                try {
                    Montants.parse(texte).ifPresent(m -> montants.put(c, m));
                } catch (Montants.MontantInvalideException e) {
                    erreurs.add(Messages.texte("execution.montant.invalide", texte.strip()));
                }
            }
            LocalDate date = null;
            String texteDate = saisie.get("date_" + rang);
            if (texteDate != null && !texteDate.isBlank()) {
                try {
                    date = LocalDate.parse(texteDate.strip(), DATE);
                } catch (DateTimeParseException e) {
                    erreurs.add(Messages.texte("execution.date.invalide", texteDate.strip()));
                }
            }
            try {
                rangs.add(new EnregistrerExecution.RangSaisi(Long.valueOf(ids[0]), Long.valueOf(ids[1]), montants,
                        date, saisie.get("piece_" + rang)));
            } catch (NumberFormatException e) {
                // a tampered row name: ignored, nothing is written for it
            }
        }
        return new GrilleExecutionForm(new LinkedHashMap<>(saisie), rangs, erreurs);
    }

    /** What the user typed in a field, to show it again. */
    public String valeur(String nom) {
        return valeurs.get(nom);
    }
}

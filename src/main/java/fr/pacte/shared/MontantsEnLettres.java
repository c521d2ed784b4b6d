package fr.pacte.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an amount written in French words, as in the articles of a convention (R-FIN-13):
 * "deux-cent trente-huit mille deux-cent cinq euros" → 238 205,00. Hyphens or spaces, "et un", "soixante-dix",
 * "quatre-vingt(s)", "cent(s)", "mille", "million(s)", "milliard(s)", and "… euros et trente centimes".
 * A text that is not a number in words gives an empty Optional, never a guess.
 */
public final class MontantsEnLettres {

    private static final Map<String, Integer> UNITES = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
            Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7), Map.entry("huit", 8),
            Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11), Map.entry("douze", 12),
            Map.entry("treize", 13), Map.entry("quatorze", 14), Map.entry("quinze", 15), Map.entry("seize", 16),
            Map.entry("vingt", 20), Map.entry("vingts", 20), Map.entry("trente", 30), Map.entry("quarante", 40),
            Map.entry("cinquante", 50), Map.entry("soixante", 60), Map.entry("septante", 70), Map.entry("huitante", 80),
            Map.entry("octante", 80), Map.entry("nonante", 90));

    private static final Map<String, Long> ECHELLES = Map.of(
            "mille", 1_000L, "mil", 1_000L, "million", 1_000_000L, "millions", 1_000_000L,
            "milliard", 1_000_000_000L, "milliards", 1_000_000_000L);

    private MontantsEnLettres() {
    }

    public static Optional<BigDecimal> parse(String texte) {
        if (Libelles.vide(texte)) {
            return Optional.empty();
        }
        String t = Libelles.normaliser(texte).replace("€", " euros ").replace("d'euros", "euros")
                .replace("d’euros", "euros").replaceAll("[.,;:()]", " ");
        List<String> mots = new ArrayList<>(Arrays.asList(t.split("[\\s\\-]+")));
        mots.removeIf(String::isEmpty);
        int euro = indexOfEuro(mots);
        List<String> entiers = euro < 0 ? mots : mots.subList(0, euro);
        List<String> reste = euro < 0 ? new ArrayList<>() : new ArrayList<>(mots.subList(euro + 1, mots.size()));
        reste.removeIf(m -> m.equals("et") || m.startsWith("centime"));
        Optional<Long> partieEntiere = nombre(entiers);
        if (partieEntiere.isEmpty()) {
            return Optional.empty();
        }
        long centimes = 0;
        if (!reste.isEmpty()) {
            Optional<Long> c = nombre(reste);
            if (c.isEmpty() || c.get() > 99) {
                return Optional.empty();
            }
            centimes = c.get();
        }
        return Optional.of(BigDecimal.valueOf(partieEntiere.get()).add(BigDecimal.valueOf(centimes, 2)).setScale(2));
    }

    private static int indexOfEuro(List<String> mots) {
        for (int i = 0; i < mots.size(); i++) {
            if (mots.get(i).equals("euro") || mots.get(i).equals("euros")) {
                return i;
            }
        }
        return -1;
    }

    /** Sums groups below one thousand, each closed by a scale word (mille, million, milliard). */
    private static Optional<Long> nombre(List<String> mots) {
        long total = 0;
        long groupe = 0;
        boolean vu = false;
        String precedent = "";
        for (String mot : mots) {
            if (mot.equals("et")) {
                precedent = mot;
                continue;
            }
            Integer unite = UNITES.get(mot);
            Long echelle = ECHELLES.get(mot);
            if (unite != null) {
                if (unite == 20 && precedent.equals("quatre")) {
                    groupe += 76; // quatre-vingt: the 4 already counted becomes 80
                } else {
                    groupe += unite;
                }
            } else if (mot.equals("cent") || mot.equals("cents")) {
                if (groupe > 9) {
                    return Optional.empty();
                }
                groupe = Math.max(1, groupe) * 100;
            } else if (echelle != null) {
                if (groupe == 0 && echelle > 1_000L) {
                    return Optional.empty();
                }
                total += Math.max(1, groupe) * echelle;
                groupe = 0;
            } else {
                return Optional.empty();
            }
            vu = true;
            precedent = mot;
        }
        return vu ? Optional.of(total + groupe) : Optional.empty();
    }
}

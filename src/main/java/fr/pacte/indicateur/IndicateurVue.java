package fr.pacte.indicateur;

import java.math.BigDecimal;
import java.util.List;

/** One indicator of one fiche with all its values, as the API gives it. */
public record IndicateurVue(Long id, String champ, String axe, String fiche, String libelle, Portee portee,
        TypeValeur type, String unite, Sens sens, String territoire, String exemption, List<ValeurVue> valeurs) {

    /** The value as printed for a year and nature, "" when none is entered (empty cells stay empty). */
    public String texte(int annee, NatureValeur nature) {
        return valeurs.stream().filter(v -> v.annee() == annee && v.nature() == nature).map(ValeurVue::texte)
                .findFirst().orElse("");
    }

    /** The baseline as printed, whatever its reference year. */
    public String texteT0() {
        return valeurs.stream().filter(v -> v.nature() == NatureValeur.T0).map(ValeurVue::texte).findFirst().orElse("");
    }

    /**
     * One value: {@code texte} as printed ("18 %"), {@code nombre} its number or null (18), {@code code} the special
     * code or null; {@code taux} the rate computed from numerator and denominator (R-IND-5).
     */
    public record ValeurVue(int annee, NatureValeur nature, String texte, BigDecimal nombre, CodeValeur code,
            TypeValeur type, String qualificatif, String renvoi, String commentaire, BigDecimal numerateur,
            BigDecimal denominateur, BigDecimal taux, StatutValeur statut, boolean demo) {

        static ValeurVue de(ValeurIndicateur v) {
            Valeur valeur = v.getValeur();
            return new ValeurVue(v.getAnnee(), v.getNature(), valeur.affichage(), valeur.nombre(), valeur.code(),
                    valeur.type(), valeur.qualificatif(), valeur.renvoi(), v.getCommentaire(),
                    Nombres.normaliser(v.getNumerateur()), Nombres.normaliser(v.getDenominateur()),
                    v.getTauxCalcule().orElse(null), v.getStatut(), v.isDemo());
        }

        /** The typed value back (a text value prints as itself). */
        public Valeur valeur() {
            return new Valeur(type, nombre, code, nombre == null && code == null ? texte : null, qualificatif, renvoi);
        }
    }
}

package fr.pacte.document.web;

import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.document.DocumentConvention;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A champ as typed: period, start of exercice (MM-JJ, R-DATE-2), programme, parity rule (R-FIN-5) and payment rule
 * (one instalment per "; ", e.g. "ACOMPTE 60 % SIGNATURE ; SOLDE BILAN_FINAL_RECU", R-PAY-1). Field names are the paths
 * of a champ in the convention document, so that its structural errors land on their fields.
 */
public class ChampForm {

    private String code;
    private String libelle;
    private String debut;
    private String fin;
    private String debutExercice = "01-01";
    private String programme;
    private PariteForm parite = new PariteForm();
    private String seuilSousConsommation = "80";
    private String versement = "UNIQUE 100 % SIGNATURE";

    static ChampForm de(ChampLu c) {
        ChampForm f = new ChampForm();
        f.code = c.code();
        f.libelle = c.libelle();
        f.debut = c.dateDebut().toString();
        f.fin = c.dateFin().toString();
        f.debutExercice = c.debutExercice().format(DateTimeFormatter.ofPattern("MM-dd"));
        f.programme = c.programme();
        f.parite.setPortee(c.paritePortee());
        f.parite.setBase(c.pariteBase());
        f.parite.setSeuil(nombre(c.pariteSeuil()));
        f.seuilSousConsommation = nombre(c.seuilSousConsommation());
        f.versement = c.reglesVersement().stream().map(r -> (r.exercice() == null ? "" : r.exercice() + " : ")
                + r.type() + (r.pourcentage() == null ? "" : " " + nombre(r.pourcentage()) + " %") + " " + r.condition())
                .collect(Collectors.joining(" ; "));
        return f;
    }

    private static String nombre(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** The fields that are not numbers, named as the form names them. */
    List<String> nombresIllisibles() {
        List<String> illisibles = new ArrayList<>();
        if (decimal(parite.getSeuil()) == null && IdentiteForm.vide(parite.getSeuil()) != null) {
            illisibles.add("parite.seuil");
        }
        if (decimal(seuilSousConsommation) == null && IdentiteForm.vide(seuilSousConsommation) != null) {
            illisibles.add("seuilSousConsommation");
        }
        return illisibles;
    }

    /** The instalments that cannot be read, as typed. */
    List<String> versementsIllisibles() {
        return parties().stream().filter(p -> versement(p) == null).toList();
    }

    private List<String> parties() {
        String v = IdentiteForm.vide(versement);
        return v == null ? List.of() : List.of(v.split(";")).stream().map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    private static final java.util.regex.Pattern VERSEMENT = java.util.regex.Pattern.compile(
            "^(?:(\\d{4})\\s*:\\s*)?([A-Za-z_]+)(?:\\s+(\\d+(?:[.,]\\d+)?)\\s*%)?\\s+([A-Za-z_]+)$");

    private static DocumentConvention.Versement versement(String partie) {
        java.util.regex.Matcher m = VERSEMENT.matcher(partie);
        if (!m.matches()) {
            return null;
        }
        return new DocumentConvention.Versement(m.group(2).toUpperCase(java.util.Locale.ROOT),
                m.group(3) == null ? null : new BigDecimal(m.group(3).replace(',', '.')),
                m.group(4).toUpperCase(java.util.Locale.ROOT), m.group(1) == null ? null : Integer.valueOf(m.group(1)));
    }

    DocumentConvention.Champ document(List<DocumentConvention.Axe> axes) {
        List<DocumentConvention.Versement> versements = parties().stream().map(ChampForm::versement)
                .filter(java.util.Objects::nonNull).toList();
        return new DocumentConvention.Champ(IdentiteForm.vide(code), IdentiteForm.vide(libelle), IdentiteForm.vide(debut),
                IdentiteForm.vide(fin), IdentiteForm.vide(debutExercice), IdentiteForm.vide(programme),
                new DocumentConvention.Parite(IdentiteForm.vide(parite.getPortee()), IdentiteForm.vide(parite.getBase()),
                        decimal(parite.getSeuil())), versements, axes, decimal(seuilSousConsommation), null);
    }

    private static BigDecimal decimal(String texte) {
        String t = IdentiteForm.vide(texte);
        if (t == null) {
            return null;
        }
        t = t.replace(',', '.').replace("%", "").strip();
        return t.matches("\\d{1,3}(\\.\\d{1,4})?") ? new BigDecimal(t) : null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLibelle() {
        return libelle;
    }

    public void setLibelle(String libelle) {
        this.libelle = libelle;
    }

    public String getDebut() {
        return debut;
    }

    public void setDebut(String debut) {
        this.debut = debut;
    }

    public String getFin() {
        return fin;
    }

    public void setFin(String fin) {
        this.fin = fin;
    }

    public String getDebutExercice() {
        return debutExercice;
    }

    public void setDebutExercice(String debutExercice) {
        this.debutExercice = debutExercice;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public PariteForm getParite() {
        return parite;
    }

    public void setParite(PariteForm parite) {
        this.parite = parite;
    }

    public String getSeuilSousConsommation() {
        return seuilSousConsommation;
    }

    public void setSeuilSousConsommation(String seuilSousConsommation) {
        this.seuilSousConsommation = seuilSousConsommation;
    }

    public String getVersement() {
        return versement;
    }

    public void setVersement(String versement) {
        this.versement = versement;
    }

    /** R-FIN-5: LIGNE, GLOBAL or AUCUNE; ETAT_DEPARTEMENT or TOTAL; the threshold in %. */
    public static class PariteForm {
        private String portee = "LIGNE";
        private String base = "ETAT_DEPARTEMENT";
        private String seuil = "50";

        public String getPortee() {
            return portee;
        }

        public void setPortee(String portee) {
            this.portee = portee;
        }

        public String getBase() {
            return base;
        }

        public void setBase(String base) {
            this.base = base;
        }

        public String getSeuil() {
            return seuil;
        }

        public void setSeuil(String seuil) {
            this.seuil = seuil;
        }
    }
}

package fr.pacte.avenant.web;

import fr.pacte.avenant.DocumentAvenant;
import fr.pacte.financement.Financeur;
import fr.pacte.financement.Nature;
import fr.pacte.shared.Montants;
import fr.pacte.shared.web.Formats;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * The avenant's document as a form (page « Modifier le projet d'avenant »): its object, complements, montants
 * conventionnels, lines and reports, one row each, plus blank rows to add some. Amounts are typed in French
 * ("15 000,00"); a blank row is ignored; a row with an amount of 0 removes the entry (contracts/avenant.md).
 */
public class AvenantForm {

    @Size(max = 2000, message = "{fiche.texte.long}")
    private String objet;
    private List<Rang> complements = new ArrayList<>();
    private List<Rang> montants = new ArrayList<>();
    private List<Rang> lignes = new ArrayList<>();
    private List<Rang> reports = new ArrayList<>();

    /** One row of any of the tables; each table uses the columns it needs. */
    public static class Rang {
        private String champ;
        private String fiche;
        private String axe;
        private Integer exercice;
        private Integer exerciceDestination;
        private Financeur financeur;
        private Nature nature;
        private String organisme;
        @Size(max = 64)
        private String montant;

        boolean vide() {
            return (montant == null || montant.isBlank()) && (champ == null || champ.isBlank())
                    && (fiche == null || fiche.isBlank()) && exercice == null;
        }

        public String getChamp() {
            return champ;
        }

        public void setChamp(String champ) {
            this.champ = champ;
        }

        public String getFiche() {
            return fiche;
        }

        public void setFiche(String fiche) {
            this.fiche = fiche;
        }

        public String getAxe() {
            return axe;
        }

        public void setAxe(String axe) {
            this.axe = axe;
        }

        public Integer getExercice() {
            return exercice;
        }

        public void setExercice(Integer exercice) {
            this.exercice = exercice;
        }

        public Integer getExerciceDestination() {
            return exerciceDestination;
        }

        public void setExerciceDestination(Integer exerciceDestination) {
            this.exerciceDestination = exerciceDestination;
        }

        public Financeur getFinanceur() {
            return financeur;
        }

        public void setFinanceur(Financeur financeur) {
            this.financeur = financeur;
        }

        public Nature getNature() {
            return nature;
        }

        public void setNature(Nature nature) {
            this.nature = nature;
        }

        public String getOrganisme() {
            return organisme;
        }

        public void setOrganisme(String organisme) {
            this.organisme = organisme;
        }

        public String getMontant() {
            return montant;
        }

        public void setMontant(String montant) {
            this.montant = montant;
        }
    }

    public static AvenantForm de(DocumentAvenant doc, Formats fmt, int blancs) {
        AvenantForm f = new AvenantForm();
        f.objet = doc.objet();
        doc.complements().forEach(c -> f.complements.add(rang(c.champ(), null, null, c.exercice(), null,
                c.financeur(), null, null, signe(c.montant(), fmt))));
        doc.montantsConventionnels().forEach(m -> f.montants.add(rang(m.champ(), null, m.axe(), m.exercice(), null,
                m.financeur(), null, null, fmt.saisie(m.montant()))));
        doc.lignes().forEach(l -> f.lignes.add(rang(l.champ(), l.fiche(), l.axe(), l.exercice(), null, l.financeur(),
                l.nature(), l.organisme(), fmt.saisie(l.montant()))));
        doc.reports().forEach(r -> f.reports.add(rang(r.champ(), r.fiche(), null, r.exerciceOrigine(),
                r.exerciceDestination(), r.financeur(), null, null, fmt.saisie(r.montant()))));
        f.completer(blancs);
        return f;
    }

    /** Adds blank rows to every table, so that an entry can be added (also after a refusal). */
    void completer(int blancs) {
        for (List<Rang> table : List.of(complements, montants, lignes, reports)) {
            long vides = table.stream().filter(Rang::vide).count();
            for (long i = vides; i < blancs; i++) {
                table.add(new Rang());
            }
        }
    }

    private static Rang rang(String champ, String fiche, String axe, Integer exercice, Integer destination,
            Financeur financeur, Nature nature, String organisme, String montant) {
        Rang r = new Rang();
        r.champ = champ;
        r.fiche = fiche;
        r.axe = axe;
        r.exercice = exercice;
        r.exerciceDestination = destination;
        r.financeur = financeur;
        r.nature = nature;
        r.organisme = organisme;
        r.montant = montant;
        return r;
    }

    private static String signe(BigDecimal montant, Formats fmt) {
        return montant.signum() < 0 ? "-" + fmt.saisie(montant.negate()) : fmt.saisie(montant);
    }

    /** The document the form describes; an amount that is not one is a field error (nothing is sent then). */
    DocumentAvenant document(int numero, Errors erreurs) {
        List<DocumentAvenant.Complement> c = new ArrayList<>();
        List<DocumentAvenant.Montant> m = new ArrayList<>();
        List<DocumentAvenant.Ligne> l = new ArrayList<>();
        List<DocumentAvenant.Report> r = new ArrayList<>();
        for (int i = 0; i < complements.size(); i++) {
            Rang x = complements.get(i);
            if (!x.vide()) {
                c.add(new DocumentAvenant.Complement(x.champ, x.exercice, x.financeur,
                        montant("complements[" + i + "].montant", x.montant, true, erreurs)));
            }
        }
        for (int i = 0; i < montants.size(); i++) {
            Rang x = montants.get(i);
            if (!x.vide()) {
                m.add(new DocumentAvenant.Montant(x.champ, blanc(x.axe), x.exercice, x.financeur,
                        montant("montants[" + i + "].montant", x.montant, false, erreurs), null));
            }
        }
        for (int i = 0; i < lignes.size(); i++) {
            Rang x = lignes.get(i);
            if (!x.vide()) {
                l.add(new DocumentAvenant.Ligne(blanc(x.fiche), blanc(x.champ), x.axe, x.exercice, x.financeur,
                        blanc(x.organisme), x.nature, montant("lignes[" + i + "].montant", x.montant, false, erreurs)));
            }
        }
        for (int i = 0; i < reports.size(); i++) {
            Rang x = reports.get(i);
            if (!x.vide()) {
                r.add(new DocumentAvenant.Report(x.champ, blanc(x.fiche), x.financeur, x.exercice,
                        x.exerciceDestination, montant("reports[" + i + "].montant", x.montant, false, erreurs)));
            }
        }
        return new DocumentAvenant(numero, objet, c, m, l, List.of(), r, null, null);
    }

    private static BigDecimal montant(String champ, String texte, boolean signe, Errors erreurs) {
        if (texte == null || texte.isBlank()) {
            erreurs.rejectValue(champ, "avenant.form.montantAbsent");
            return null;
        }
        String t = texte.strip();
        boolean negatif = signe && t.startsWith("-");
        try {
            Optional<BigDecimal> lu = Montants.parse(negatif ? t.substring(1) : t);
            if (lu.isEmpty()) {
                erreurs.rejectValue(champ, "avenant.form.montantAbsent");
                return null;
            }
            return negatif ? lu.get().negate() : lu.get();
        } catch (Montants.MontantInvalideException e) {
            erreurs.rejectValue(champ, "avenant.form.montantInvalide", new Object[] {texte}, null);
            return null;
        }
    }

    private static String blanc(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getObjet() {
        return objet;
    }

    public void setObjet(String objet) {
        this.objet = objet;
    }

    public List<Rang> getComplements() {
        return complements;
    }

    public void setComplements(List<Rang> complements) {
        this.complements = complements;
    }

    public List<Rang> getMontants() {
        return montants;
    }

    public void setMontants(List<Rang> montants) {
        this.montants = montants;
    }

    public List<Rang> getLignes() {
        return lignes;
    }

    public void setLignes(List<Rang> lignes) {
        this.lignes = lignes;
    }

    public List<Rang> getReports() {
        return reports;
    }

    public void setReports(List<Rang> reports) {
        this.reports = reports;
    }
}

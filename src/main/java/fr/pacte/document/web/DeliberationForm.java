package fr.pacte.document.web;

import fr.pacte.document.DocumentConvention;

/** The délibération of step 1, as typed: votes and attendance stay text until they read as whole numbers. */
public class DeliberationForm {

    private String organe;
    private String numero;
    private String dateSeance;
    private String pour;
    private String contre;
    private String abstentions;
    private String presents;
    private String representes;
    private String nePrennentPasPart;

    boolean vide() {
        return IdentiteForm.vide(organe) == null && IdentiteForm.vide(dateSeance) == null
                && IdentiteForm.vide(numero) == null && IdentiteForm.vide(pour) == null;
    }

    /** The names of the fields that are not whole numbers. */
    java.util.List<String> nombresIllisibles() {
        java.util.List<String> illisibles = new java.util.ArrayList<>();
        String[][] champs = {{"pour", pour}, {"contre", contre}, {"abstentions", abstentions}, {"presents", presents},
            {"representes", representes}, {"nePrennentPasPart", nePrennentPasPart}};
        for (String[] c : champs) {
            if (IdentiteForm.vide(c[1]) != null && !c[1].strip().matches("\\d{1,6}")) {
                illisibles.add(c[0]);
            }
        }
        return illisibles;
    }

    DocumentConvention.Deliberation document() {
        return new DocumentConvention.Deliberation(IdentiteForm.vide(organe), IdentiteForm.vide(numero),
                IdentiteForm.vide(dateSeance), entier(pour), entier(contre), entier(abstentions), entier(presents),
                entier(representes), entier(nePrennentPasPart), null, null, null, null, null, null, null, null, null);
    }

    private static Integer entier(String texte) {
        String t = IdentiteForm.vide(texte);
        return t == null || !t.matches("\\d{1,6}") ? null : Integer.valueOf(t);
    }

    public String getOrgane() {
        return organe;
    }

    public void setOrgane(String organe) {
        this.organe = organe;
    }

    public String getNumero() {
        return numero;
    }

    public void setNumero(String numero) {
        this.numero = numero;
    }

    public String getDateSeance() {
        return dateSeance;
    }

    public void setDateSeance(String dateSeance) {
        this.dateSeance = dateSeance;
    }

    public String getPour() {
        return pour;
    }

    public void setPour(String pour) {
        this.pour = pour;
    }

    public String getContre() {
        return contre;
    }

    public void setContre(String contre) {
        this.contre = contre;
    }

    public String getAbstentions() {
        return abstentions;
    }

    public void setAbstentions(String abstentions) {
        this.abstentions = abstentions;
    }

    public String getPresents() {
        return presents;
    }

    public void setPresents(String presents) {
        this.presents = presents;
    }

    public String getRepresentes() {
        return representes;
    }

    public void setRepresentes(String representes) {
        this.representes = representes;
    }

    public String getNePrennentPasPart() {
        return nePrennentPasPart;
    }

    public void setNePrennentPasPart(String nePrennentPasPart) {
        this.nePrennentPasPart = nePrennentPasPart;
    }
}

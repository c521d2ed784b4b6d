package fr.pacte.securite.web;

/** The change-password form; no value is ever sent back to the page. */
public class MotDePasseForm {

    private String actuel;
    private String nouveau;
    private String confirmation;

    String actuel() {
        return actuel;
    }

    String nouveau() {
        return nouveau;
    }

    String confirmation() {
        return confirmation;
    }

    public String getActuel() {
        return null;
    }

    public void setActuel(String actuel) {
        this.actuel = actuel;
    }

    public String getNouveau() {
        return null;
    }

    public void setNouveau(String nouveau) {
        this.nouveau = nouveau;
    }

    public String getConfirmation() {
        return null;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}

package fr.pacte.revue;

/** R-WF-2: the review of one financing line of a fiche under review. */
public enum StatutLigne {
    NON_REVUE, ACCEPTEE, CONTESTEE;

    public String cle() {
        return "revue.ligne.statut." + name();
    }
}

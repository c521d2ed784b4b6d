package fr.pacte.document;

import java.util.List;

/** Structural errors of a document (contracts/convention.md): answered 422, nothing saved. */
public class DocumentInvalideException extends RuntimeException {

    private final transient List<ValidationDocument.Erreur> erreurs;

    public DocumentInvalideException(List<ValidationDocument.Erreur> erreurs) {
        super("Le document contient " + erreurs.size() + " erreur(s) de structure : rien n'est enregistré");
        this.erreurs = List.copyOf(erreurs);
    }

    public List<ValidationDocument.Erreur> erreurs() {
        return erreurs;
    }
}

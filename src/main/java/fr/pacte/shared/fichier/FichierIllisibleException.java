package fr.pacte.shared.fichier;

/**
 * A file that cannot be read, or that goes over one of the {@link LimitesFichier}: the message is French, ready for a
 * {@code 400 {"erreur": "…"}}; {@link #motif()} lets a caller word a limit in its own terms (the tableau financier
 * says "5 000 lignes").
 */
public class FichierIllisibleException extends RuntimeException {

    /** Why the file was refused. */
    public enum Motif {
        ILLISIBLE, TROP_GROS, TROP_DECOMPRESSE, TROP_DE_FEUILLES, TROP_DE_LIGNES, TROP_DE_COLONNES, TROP_DE_CELLULES,
        TROP_DE_FUSIONS, TROP_DE_TEXTE, TROP_LONG
    }

    private final Motif motif;

    public FichierIllisibleException(Motif motif, String message) {
        super(message);
        this.motif = motif;
    }

    public FichierIllisibleException(Motif motif, String message, Throwable cause) {
        super(message, cause);
        this.motif = motif;
    }

    public Motif motif() {
        return motif;
    }
}

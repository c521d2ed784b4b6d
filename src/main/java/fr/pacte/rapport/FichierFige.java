package fr.pacte.rapport;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** R-WF-7: a file of a transmitted report, stored as bytes with its SHA-256, served identical forever. */
@Entity
@Table(name = "rapport_fichier")
public class FichierFige {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long rapportId;

    private String format;

    private byte[] contenu;

    private String sha256;

    private long taille;

    private LocalDateTime genereLe;

    protected FichierFige() {
    }

    FichierFige(Long rapportId, FormatRapport format, byte[] contenu, String sha256, LocalDateTime genereLe) {
        this.rapportId = rapportId;
        this.format = format.extension();
        this.contenu = contenu.clone();
        this.sha256 = sha256;
        this.taille = contenu.length;
        this.genereLe = genereLe;
    }

    public String getFormat() {
        return format;
    }

    public byte[] getContenu() {
        return contenu.clone();
    }

    public String getSha256() {
        return sha256;
    }

    public long getTaille() {
        return taille;
    }

    public LocalDateTime getGenereLe() {
        return genereLe;
    }
}

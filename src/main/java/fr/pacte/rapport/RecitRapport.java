package fr.pacte.rapport;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The narrative of one action in a report: results obtained, social impact (DOMAIN.md §7.5 item 2). */
@Entity
@Table(name = "rapport_recit")
public class RecitRapport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long rapportId;

    private Long ficheId;

    private String texte;

    protected RecitRapport() {
    }

    RecitRapport(Long rapportId, Long ficheId, String texte) {
        this.rapportId = rapportId;
        this.ficheId = ficheId;
        this.texte = texte;
    }

    void changer(String nouveau) {
        this.texte = nouveau;
    }

    public Long getFicheId() {
        return ficheId;
    }

    public String getTexte() {
        return texte;
    }
}

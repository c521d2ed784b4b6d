package fr.pacte.execution;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/**
 * R-PAY-7: why a fiche spent less than the champ's threshold in an exercice (e.g. "trajectoire de montée en charge":
 * fiche 12 starts its first group in September 2024). Recorded once per fiche and exercice, it silences
 * SOUS_CONSOMMATION.
 */
@Entity
public class JustificationExecution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long conventionId;

    private Long ficheId;

    private int exercice;

    private String texte;

    private String saisiPar;

    private LocalDateTime saisiLe;

    protected JustificationExecution() {
    }

    JustificationExecution(Long conventionId, Long ficheId, int exercice) {
        this.conventionId = conventionId;
        this.ficheId = ficheId;
        this.exercice = exercice;
    }

    void ecrire(String nouveau, String par, LocalDateTime le) {
        this.texte = nouveau;
        this.saisiPar = par;
        this.saisiLe = le;
    }

    public Long getId() {
        return id;
    }

    public Long getFicheId() {
        return ficheId;
    }

    public int getExercice() {
        return exercice;
    }

    public String getTexte() {
        return texte;
    }

    public String getSaisiPar() {
        return saisiPar;
    }

    public LocalDateTime getSaisiLe() {
        return saisiLe;
    }
}

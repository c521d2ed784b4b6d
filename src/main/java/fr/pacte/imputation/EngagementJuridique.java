package fr.pacte.imputation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The engagement juridique (EJ) of a champ for one exercice, needed before ordering (R-PAY-5). */
@Entity
public class EngagementJuridique {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long conventionId;

    private Long champId;

    private int exercice;

    private String numero;

    protected EngagementJuridique() {
    }

    EngagementJuridique(Long conventionId, Long champId, int exercice, String numero) {
        this.conventionId = conventionId;
        this.champId = champId;
        this.exercice = exercice;
        this.numero = numero;
    }

    void changer(String nouveau) {
        this.numero = nouveau;
    }

    public Long getId() {
        return id;
    }

    public Long getChampId() {
        return champId;
    }

    public int getExercice() {
        return exercice;
    }

    public String getNumero() {
        return numero;
    }
}

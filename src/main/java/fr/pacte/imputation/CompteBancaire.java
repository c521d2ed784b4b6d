package fr.pacte.imputation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The payee account of a convention's State payments (DOMAIN.md §3.5 CompteBancaire, §9.7); checked by R-PAY-6. */
@Entity
public class CompteBancaire {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long conventionId;

    private String titulaire;

    private String siret;

    private String iban;

    private String bic;

    private String codeEtablissement;

    private String codeGuichet;

    private String numeroCompte;

    private String cleRib;

    protected CompteBancaire() {
    }

    CompteBancaire(Long conventionId) {
        this.conventionId = conventionId;
    }

    public record Champs(String titulaire, String siret, String iban, String bic, String codeEtablissement,
            String codeGuichet, String numeroCompte, String cleRib) {
    }

    public Champs champs() {
        return new Champs(titulaire, siret, iban, bic, codeEtablissement, codeGuichet, numeroCompte, cleRib);
    }

    void changer(Champs c) {
        this.titulaire = c.titulaire();
        this.siret = c.siret();
        this.iban = c.iban();
        this.bic = c.bic();
        this.codeEtablissement = c.codeEtablissement();
        this.codeGuichet = c.codeGuichet();
        this.numeroCompte = c.numeroCompte();
        this.cleRib = c.cleRib();
    }

    public Long getId() {
        return id;
    }

    public Long getConventionId() {
        return conventionId;
    }
}

package fr.pacte.rapport;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A rapport d'exécution of a champ and a period (DOMAIN.md §3.7). Its transitions guard their starting statut
 * (contracts/execution-rapport.md: one step at a time); once TRANSMIS it is frozen (R-SEC-8): its narrative can no
 * longer change and its files are the stored ones. A later report of the same period is a new numero.
 */
@Entity
@Table(name = "rapport_execution")
public class RapportExecution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long conventionId;

    private int numero;

    private Long champId;

    @Enumerated(EnumType.STRING)
    private TypeRapport type;

    private LocalDate debut;

    private LocalDate fin;

    @Enumerated(EnumType.STRING)
    private StatutRapport statut = StatutRapport.BROUILLON;

    private String synthese;

    private String creePar;

    private LocalDateTime creeLe;

    private String deliberationOrgane;

    private LocalDate deliberationDate;

    private String deliberationNumero;

    private LocalDate dateTransmission;

    private String destinataires;

    private String transmisPar;

    private LocalDateTime transmisLe;

    private Integer versionConvention;

    @Version
    private long version;

    protected RapportExecution() {
    }

    RapportExecution(Long conventionId, int numero, Long champId, TypeRapport type, LocalDate debut, LocalDate fin,
            String par, LocalDateTime le) {
        this.conventionId = conventionId;
        this.numero = numero;
        this.champId = champId;
        this.type = type;
        this.debut = debut;
        this.fin = fin;
        this.creePar = par;
        this.creeLe = le;
    }

    boolean modifiable() {
        return statut == StatutRapport.BROUILLON;
    }

    void ecrireSynthese(String texte) {
        exiger(StatutRapport.BROUILLON);
        this.synthese = texte;
    }

    void preparer() {
        exiger(StatutRapport.BROUILLON);
        this.statut = StatutRapport.PRET;
    }

    void deliberer(String organe, LocalDate date, String numeroDeliberation) {
        exiger(StatutRapport.PRET);
        this.deliberationOrgane = organe;
        this.deliberationDate = date;
        this.deliberationNumero = numeroDeliberation;
        this.statut = StatutRapport.DELIBERE;
    }

    void transmettre(LocalDate date, String aQui, String par, LocalDateTime le, int versionLue) {
        if (!(statut == StatutRapport.DELIBERE || (statut == StatutRapport.PRET && !type.deliberationRequise()))) {
            throw new TransitionRefuseeException("TRANSITION_INTERDITE",
                    fr.pacte.shared.Messages.texte("rapport.refus.transmission", statut.name()));
        }
        this.dateTransmission = date;
        this.destinataires = aQui;
        this.transmisPar = par;
        this.transmisLe = le;
        this.versionConvention = versionLue;
        this.statut = StatutRapport.TRANSMIS;
    }

    private void exiger(StatutRapport attendu) {
        if (statut != attendu) {
            throw new TransitionRefuseeException("TRANSITION_INTERDITE",
                    fr.pacte.shared.Messages.texte("rapport.refus.statut", statut.name(), attendu.name()));
        }
    }

    public Long getId() {
        return id;
    }

    public Long getConventionId() {
        return conventionId;
    }

    public int getNumero() {
        return numero;
    }

    public Long getChampId() {
        return champId;
    }

    public TypeRapport getType() {
        return type;
    }

    public LocalDate getDebut() {
        return debut;
    }

    public LocalDate getFin() {
        return fin;
    }

    public StatutRapport getStatut() {
        return statut;
    }

    public String getSynthese() {
        return synthese;
    }

    public String getCreePar() {
        return creePar;
    }

    public LocalDateTime getCreeLe() {
        return creeLe;
    }

    public String getDeliberationOrgane() {
        return deliberationOrgane;
    }

    public LocalDate getDeliberationDate() {
        return deliberationDate;
    }

    public String getDeliberationNumero() {
        return deliberationNumero;
    }

    public LocalDate getDateTransmission() {
        return dateTransmission;
    }

    public String getDestinataires() {
        return destinataires;
    }

    public String getTransmisPar() {
        return transmisPar;
    }

    public LocalDateTime getTransmisLe() {
        return transmisLe;
    }

    public Integer getVersionConvention() {
        return versionConvention;
    }

    public long getVersion() {
        return version;
    }
}

package fr.pacte.fiche.web;

import fr.pacte.convention.FicheAction;
import fr.pacte.convention.StatutFiche;
import fr.pacte.financement.BudgetFiche;
import fr.pacte.financement.ColonneBudget;
import fr.pacte.shared.web.Formats;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** What the fiche form carries: every field as typed (amounts stay text until they are valid). */
public class FicheActionForm {

    private long version;

    @NotBlank(message = "{fiche.intitule.obligatoire}")
    @Size(max = 2000, message = "{fiche.intitule.long}")
    private String intitule;

    @Size(max = 500, message = "{fiche.libelleAnnexe.long}")
    private String libelleAnnexe;

    @Size(max = 100, message = "{fiche.codeAlternatif.long}")
    private String codeAlternatif;

    @NotBlank(message = "{fiche.description.obligatoire}")
    private String description;

    private String publicCible;
    private String territoire;

    @Size(max = 300, message = "{fiche.pilote.long}")
    private String pilote;

    private String partenaires;

    @Size(max = 300, message = "{fiche.operateur.long}")
    private String operateur;

    private String dateMiseEnPlaceTexte;
    private String dureeTexte;

    @NotNull(message = "{fiche.statut.obligatoire}")
    private StatutFiche statut;

    @NotEmpty(message = "{fiche.axes.obligatoire}")
    private List<Long> axeIds = new ArrayList<>();

    @Valid
    private List<LigneBudgetForm> budget = new ArrayList<>();

    static FicheActionForm de(FicheAction fiche, BudgetFiche budget, Formats fmt) {
        FicheActionForm form = new FicheActionForm();
        form.version = fiche.getVersion();
        form.intitule = fiche.getIntitule();
        form.libelleAnnexe = fiche.getLibelleAnnexe();
        form.codeAlternatif = fiche.getCodeAlternatif();
        form.description = fiche.getDescription();
        form.publicCible = fiche.getPublicCible();
        form.territoire = fiche.getTerritoire();
        form.pilote = fiche.getPilote();
        form.partenaires = fiche.getPartenaires();
        form.operateur = fiche.getOperateur();
        form.dateMiseEnPlaceTexte = fiche.getDateMiseEnPlaceTexte();
        form.dureeTexte = fiche.getDureeTexte();
        form.statut = fiche.getStatut();
        form.axeIds = new ArrayList<>(fiche.getAxes().stream().map(a -> a.getId()).toList());
        for (BudgetFiche.Rangee rangee : budget.rangees()) {
            LigneBudgetForm ligne = new LigneBudgetForm();
            ligne.setAxeId(rangee.axeId());
            ligne.setAxe(rangee.axe());
            ligne.setExercice(rangee.exercice());
            ligne.setEtat(fmt.saisie(rangee.montant(ColonneBudget.ETAT_CREDITS)));
            ligne.setEtatReport(fmt.saisie(rangee.montant(ColonneBudget.ETAT_REPORT)));
            ligne.setDepartement(fmt.saisie(rangee.montant(ColonneBudget.DEPARTEMENT_CREDITS)));
            ligne.setValorisation(fmt.saisie(rangee.montant(ColonneBudget.DEPARTEMENT_VALORISATION)));
            ligne.setDepartementReport(fmt.saisie(rangee.montant(ColonneBudget.DEPARTEMENT_REPORT)));
            ligne.setAutres(fmt.saisie(rangee.montant(ColonneBudget.AUTRES)));
            ligne.setJustification(rangee.justification());
            form.budget.add(ligne);
        }
        return form;
    }

    FicheAction.Description description() {
        return new FicheAction.Description(intitule.strip(), vide(libelleAnnexe), vide(codeAlternatif), description.strip(),
                vide(publicCible), vide(territoire), vide(pilote), vide(partenaires), vide(operateur),
                vide(dateMiseEnPlaceTexte), vide(dureeTexte), statut);
    }

    private static String vide(String texte) {
        return texte == null || texte.isBlank() ? null : texte.strip();
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getIntitule() {
        return intitule;
    }

    public void setIntitule(String intitule) {
        this.intitule = intitule;
    }

    public String getLibelleAnnexe() {
        return libelleAnnexe;
    }

    public void setLibelleAnnexe(String libelleAnnexe) {
        this.libelleAnnexe = libelleAnnexe;
    }

    public String getCodeAlternatif() {
        return codeAlternatif;
    }

    public void setCodeAlternatif(String codeAlternatif) {
        this.codeAlternatif = codeAlternatif;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPublicCible() {
        return publicCible;
    }

    public void setPublicCible(String publicCible) {
        this.publicCible = publicCible;
    }

    public String getTerritoire() {
        return territoire;
    }

    public void setTerritoire(String territoire) {
        this.territoire = territoire;
    }

    public String getPilote() {
        return pilote;
    }

    public void setPilote(String pilote) {
        this.pilote = pilote;
    }

    public String getPartenaires() {
        return partenaires;
    }

    public void setPartenaires(String partenaires) {
        this.partenaires = partenaires;
    }

    public String getOperateur() {
        return operateur;
    }

    public void setOperateur(String operateur) {
        this.operateur = operateur;
    }

    public String getDateMiseEnPlaceTexte() {
        return dateMiseEnPlaceTexte;
    }

    public void setDateMiseEnPlaceTexte(String dateMiseEnPlaceTexte) {
        this.dateMiseEnPlaceTexte = dateMiseEnPlaceTexte;
    }

    public String getDureeTexte() {
        return dureeTexte;
    }

    public void setDureeTexte(String dureeTexte) {
        this.dureeTexte = dureeTexte;
    }

    public StatutFiche getStatut() {
        return statut;
    }

    public void setStatut(StatutFiche statut) {
        this.statut = statut;
    }

    public List<Long> getAxeIds() {
        return axeIds;
    }

    public void setAxeIds(List<Long> axeIds) {
        this.axeIds = axeIds;
    }

    public List<LigneBudgetForm> getBudget() {
        return budget;
    }

    public void setBudget(List<LigneBudgetForm> budget) {
        this.budget = budget;
    }
}

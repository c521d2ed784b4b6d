package fr.pacte.fiche.web;

import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.convention.FicheAction;
import fr.pacte.convention.StatutFiche;
import fr.pacte.fiche.ModifierFiche;
import fr.pacte.financement.BudgetFiche;
import fr.pacte.financement.ColonneBudget;
import fr.pacte.shared.Montants;
import fr.pacte.shared.web.Formats;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the fiche form carries: every field as typed (amounts stay text until they are valid), the version of the
 * fiche it was opened on (R-WF-9), and the columns of its budget grid beyond the six standard ones.
 */
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
    @Size(max = TEXTE_MAX, message = "{fiche.texte.long}")
    private String description;

    @Size(max = TEXTE_MAX, message = "{fiche.texte.long}")
    private String publicCible;

    @Size(max = TEXTE_MAX, message = "{fiche.texte.long}")
    private String territoire;

    @Size(max = 300, message = "{fiche.pilote.long}")
    private String pilote;

    @Size(max = TEXTE_MAX, message = "{fiche.texte.long}")
    private String partenaires;

    @Size(max = 300, message = "{fiche.operateur.long}")
    private String operateur;

    @Size(max = TEXTE_MAX, message = "{fiche.texte.long}")
    private String dateMiseEnPlaceTexte;

    @Size(max = TEXTE_MAX, message = "{fiche.texte.long}")
    private String dureeTexte;

    @NotNull(message = "{fiche.statut.obligatoire}")
    private StatutFiche statut;

    @NotEmpty(message = "{fiche.axes.obligatoire}")
    private List<Long> axeIds = new ArrayList<>();

    /** The organisme of the standard "Autres financeurs" column, when the fiche names it (CAF, familles…). */
    private String organismeAutres;

    private List<ColonneForm> colonnesSupplementaires = new ArrayList<>();

    @Valid
    private List<LigneBudgetForm> budget = new ArrayList<>();

    /** Long texts (description, partners…) are bounded so that a field error, not a refused request, says so. */
    static final int TEXTE_MAX = 20_000;

    /** A column of the grid beyond the standard ones: a financeur × nature (and organisme) that a line needs. */
    public static class ColonneForm {
        private String colonne;
        private String organisme;

        public String getColonne() {
            return colonne;
        }

        public void setColonne(String colonne) {
            this.colonne = colonne;
        }

        public String getOrganisme() {
            return organisme;
        }

        public void setOrganisme(String organisme) {
            this.organisme = organisme;
        }
    }

    static FicheActionForm de(FicheLue fiche, BudgetFiche budget, Formats fmt) {
        FicheActionForm form = new FicheActionForm();
        form.version = fiche.version();
        FicheAction.Description d = fiche.contenu();
        form.intitule = d.intitule();
        form.libelleAnnexe = d.libelleAnnexe();
        form.codeAlternatif = d.codeAlternatif();
        form.description = d.description();
        form.publicCible = d.publicCible();
        form.territoire = d.territoire();
        form.pilote = d.pilote();
        form.partenaires = d.partenaires();
        form.operateur = d.operateur();
        form.dateMiseEnPlaceTexte = d.dateMiseEnPlaceTexte();
        form.dureeTexte = d.dureeTexte();
        form.statut = d.statut();
        form.axeIds = new ArrayList<>(fiche.axes().stream().map(a -> a.id()).toList());
        form.organismeAutres = budget.standards().stream().filter(c -> c.colonne() == ColonneBudget.AUTRES)
                .findFirst().map(BudgetFiche.Colonne::organisme).orElse(null);
        for (BudgetFiche.Colonne c : budget.supplementaires()) {
            ColonneForm colonne = new ColonneForm();
            colonne.colonne = c.colonne().name();
            colonne.organisme = c.organisme();
            form.colonnesSupplementaires.add(colonne);
        }
        for (BudgetFiche.Rangee rangee : budget.rangees()) {
            LigneBudgetForm ligne = new LigneBudgetForm();
            ligne.setAxeId(rangee.axeId());
            ligne.setAxe(rangee.axe());
            ligne.setExercice(rangee.exercice());
            for (BudgetFiche.Colonne c : budget.standards()) {
                ligne.set(c.colonne(), fmt.saisie(rangee.montant(c)));
            }
            for (BudgetFiche.Colonne c : budget.supplementaires()) {
                ligne.getSupplements().add(fmt.saisie(rangee.montant(c)));
            }
            ligne.setJustification(rangee.justification());
            form.budget.add(ligne);
        }
        return form;
    }

    /** What the use case receives: the amounts read once (the validator has checked every cell). */
    ModifierFiche.Commande commande(Long conventionId, Long ficheId) {
        List<ModifierFiche.Montant> montants = new ArrayList<>();
        List<ModifierFiche.Justification> justifications = new ArrayList<>();
        for (LigneBudgetForm ligne : budget) {
            for (Map.Entry<ColonneBudget, String> cellule : ligne.cellulesStandard().values()) {
                String organisme = cellule.getKey() == ColonneBudget.AUTRES ? organismeAutres : null;
                montants.add(new ModifierFiche.Montant(ligne.getAxeId(), ligne.getExercice(), cellule.getKey(),
                        organisme, Montants.parse(cellule.getValue()).orElse(Montants.ZERO)));
            }
            for (int j = 0; j < ligne.getSupplements().size(); j++) {
                ColonneForm colonne = colonnesSupplementaires.get(j);
                montants.add(new ModifierFiche.Montant(ligne.getAxeId(), ligne.getExercice(),
                        ColonneBudget.parNom(colonne.getColonne()).orElseThrow(), colonne.getOrganisme(),
                        Montants.parse(ligne.getSupplements().get(j)).orElse(Montants.ZERO)));
            }
            justifications.add(new ModifierFiche.Justification(ligne.getAxeId(), ligne.getExercice(),
                    ligne.getJustification()));
        }
        return new ModifierFiche.Commande(conventionId, ficheId, version, description(), axeIds, montants,
                justifications);
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

    public String getOrganismeAutres() {
        return organismeAutres;
    }

    public void setOrganismeAutres(String organismeAutres) {
        this.organismeAutres = organismeAutres;
    }

    public List<ColonneForm> getColonnesSupplementaires() {
        return colonnesSupplementaires;
    }

    public void setColonnesSupplementaires(List<ColonneForm> colonnesSupplementaires) {
        this.colonnesSupplementaires = colonnesSupplementaires;
    }

    public List<LigneBudgetForm> getBudget() {
        return budget;
    }

    public void setBudget(List<LigneBudgetForm> budget) {
        this.budget = budget;
    }
}

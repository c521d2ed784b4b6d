package fr.pacte.document.web;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.Deliberation;
import fr.pacte.document.DocumentConvention;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 1 of "Nouvelle convention" (and its later edit): identity, parties and délibération as typed. Field names are
 * the paths of the convention document ({@code parties[0].organisme}, {@code deliberation.dateSeance}), so that a
 * structural error of {@link fr.pacte.document.ValidationDocument} lands on its field. Numbers stay text until valid.
 */
public class IdentiteForm {

    static final int PARTIES = 6;

    private String numero;
    private String numeroEtat;
    private String intitule;
    private String type;
    private Long departementId;
    private String aliases;
    private List<PartieForm> parties = new ArrayList<>();
    private DeliberationForm deliberation = new DeliberationForm();

    public static IdentiteForm vide() {
        IdentiteForm f = new IdentiteForm();
        f.type = "PACTE_SOLIDARITES";
        f.completer();
        return f;
    }

    static IdentiteForm de(ConventionLue c) {
        IdentiteForm f = new IdentiteForm();
        f.numero = c.numeroInterne();
        f.numeroEtat = c.numeroEtat();
        f.intitule = c.intitule();
        f.type = c.type().name();
        f.aliases = c.aliases();
        c.parties().forEach(p -> {
            PartieForm pf = new PartieForm();
            pf.setRole(p.getRole());
            pf.setOrganisme(p.getOrganisme());
            pf.setRepresentant(p.getRepresentant());
            pf.setQualite(p.getQualite());
            f.parties.add(pf);
        });
        if (!c.deliberations().isEmpty()) {
            Deliberation.Saisie d = c.deliberations().get(0).saisie();
            DeliberationForm df = f.deliberation;
            df.setOrgane(d.organe());
            df.setNumero(d.numeroRapport());
            df.setDateSeance(d.dateSeance() == null ? null : d.dateSeance().toString());
            df.setPour(texte(d.pour()));
            df.setContre(texte(d.contre()));
            df.setAbstentions(texte(d.abstentions()));
            df.setPresents(texte(d.presents()));
            df.setRepresentes(texte(d.representes()));
            df.setNePrennentPasPart(texte(d.nePrennentPasPart()));
        }
        f.completer();
        return f;
    }

    /** Empty rows so that up to six parties can be typed. */
    void completer() {
        while (parties.size() < PARTIES) {
            parties.add(new PartieForm());
        }
    }

    private static String texte(Integer n) {
        return n == null ? null : n.toString();
    }

    /** The document's identity part; empty party rows are left out, a délibération without organe nor date too. */
    DocumentConvention document(String departement) {
        List<DocumentConvention.Partie> lesParties = parties.stream().filter(p -> !p.vide())
                .map(p -> new DocumentConvention.Partie(vide(p.getRole()), vide(p.getOrganisme()),
                        vide(p.getRepresentant()), vide(p.getQualite()), null))
                .toList();
        return new DocumentConvention(vide(numero), vide(numeroEtat), vide(intitule), vide(type), departement, null,
                null, lesParties, deliberation.vide() ? null : deliberation.document(), null, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), vide(aliases));
    }

    static String vide(String texte) {
        return texte == null || texte.isBlank() ? null : texte.strip();
    }

    public String getNumero() {
        return numero;
    }

    public void setNumero(String numero) {
        this.numero = numero;
    }

    public String getNumeroEtat() {
        return numeroEtat;
    }

    public void setNumeroEtat(String numeroEtat) {
        this.numeroEtat = numeroEtat;
    }

    public String getIntitule() {
        return intitule;
    }

    public void setIntitule(String intitule) {
        this.intitule = intitule;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Long getDepartementId() {
        return departementId;
    }

    public void setDepartementId(Long departementId) {
        this.departementId = departementId;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }

    public List<PartieForm> getParties() {
        return parties;
    }

    public void setParties(List<PartieForm> parties) {
        this.parties = parties;
    }

    public DeliberationForm getDeliberation() {
        return deliberation;
    }

    public void setDeliberation(DeliberationForm deliberation) {
        this.deliberation = deliberation;
    }

    /** One party: ETAT, DEPARTEMENT or PARTENAIRE, its organisme and who represents it. */
    public static class PartieForm {
        private String role;
        private String organisme;
        private String representant;
        private String qualite;

        boolean vide() {
            return IdentiteForm.vide(organisme) == null && IdentiteForm.vide(representant) == null
                    && IdentiteForm.vide(qualite) == null;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getOrganisme() {
            return organisme;
        }

        public void setOrganisme(String organisme) {
            this.organisme = organisme;
        }

        public String getRepresentant() {
            return representant;
        }

        public void setRepresentant(String representant) {
            this.representant = representant;
        }

        public String getQualite() {
            return qualite;
        }

        public void setQualite(String qualite) {
            this.qualite = qualite;
        }
    }
}

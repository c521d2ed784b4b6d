package fr.pacte.avenant;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.convention.FicheAction;
import fr.pacte.convention.StatutFiche;
import fr.pacte.financement.Financeur;
import fr.pacte.financement.Nature;
import fr.pacte.shared.Messages;
import fr.pacte.shared.Precision;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An avenant document checked against the convention it changes (contracts/avenant.md, structural rules of
 * contracts/convention.md): every champ, axe and fiche key known, exercices inside their champ, a line's axe one of
 * its fiche's axes, amounts to the cent, no key twice. A structural error is a {@code DOCUMENT_INVALIDE} finding with
 * its place ({@code lignes[3].axe}); the document is then not saved. Keys are resolved to ids, a new fiche by its
 * {@code cle} until it exists.
 */
final class DocumentLu {

    record ComplementLu(ChampLu champ, int exercice, Financeur financeur, BigDecimal montant) {
    }

    record MontantLu(ChampLu champ, AxeLu axe, int exercice, Financeur financeur, BigDecimal montant, String article) {
    }

    /** A line: {@code fiche} the key of its fiche (existing or new), null for an envelope line. */
    record LigneLue(String fiche, AxeLu axe, int exercice, Financeur financeur, String organisme, Nature nature,
            BigDecimal montant) {
    }

    /** A fiche to add ({@code existante} null) or whose named fields replace the current ones. */
    record FicheLueDoc(String cle, String numero, FicheLue existante, ChampLu champ, FicheAction.Description description,
            List<AxeLu> axes) {
    }

    record ReportLu(String chemin, ChampLu champ, String fiche, Financeur financeur, int exerciceOrigine,
            int exerciceDestination, BigDecimal montant) {
    }

    final List<ConstatAvenant> erreurs = new ArrayList<>();
    final List<ComplementLu> complements = new ArrayList<>();
    final List<MontantLu> montants = new ArrayList<>();
    final List<LigneLue> lignes = new ArrayList<>();
    final Map<String, FicheLueDoc> fiches = new LinkedHashMap<>();
    final List<ReportLu> reports = new ArrayList<>();
    String objet;

    private final ConventionLue convention;

    private DocumentLu(ConventionLue convention) {
        this.convention = convention;
    }

    static DocumentLu lire(DocumentAvenant doc, ConventionLue convention) {
        DocumentLu lu = new DocumentLu(convention);
        lu.objet = doc.objet() == null ? null : doc.objet().strip();
        if (lu.objet == null || lu.objet.isEmpty()) {
            lu.erreur("objet", "avenant.document.objet");
        }
        lu.lireFiches(doc.fiches());
        lu.lireComplements(doc.complements());
        lu.lireMontants(doc.montantsConventionnels());
        lu.lireLignes(doc.lignes());
        lu.lireReports(doc.reports());
        return lu;
    }

    boolean valide() {
        return erreurs.isEmpty();
    }

    private void lireFiches(List<DocumentAvenant.Fiche> docs) {
        for (int i = 0; i < docs.size(); i++) {
            DocumentAvenant.Fiche f = docs.get(i);
            String chemin = "fiches[" + i + "]";
            String cle = texte(f.cle()) != null ? texte(f.cle()) : texte(f.numero());
            if (cle == null) {
                erreur(chemin + ".cle", "avenant.document.ficheCle");
                continue;
            }
            if (fiches.containsKey(cle)) {
                erreur(chemin + ".cle", "avenant.document.doublon", cle);
                continue;
            }
            Optional<FicheLue> existante = convention.fiches().stream().filter(x -> x.cle().equals(cle)).findFirst();
            ChampLu champ = existante.map(FicheLue::champ).orElse(null);
            if (f.champ() != null) {
                Optional<ChampLu> nomme = champ(f.champ());
                if (nomme.isEmpty()) {
                    erreur(chemin + ".champ", "avenant.document.champInconnu", f.champ());
                    continue;
                }
                if (champ != null && !champ.id().equals(nomme.get().id())) {
                    erreur(chemin + ".champ", "avenant.document.ficheChamp", cle);
                    continue;
                }
                champ = nomme.get();
            }
            if (champ == null) {
                erreur(chemin + ".champ", "avenant.document.ficheSansChamp", cle);
                continue;
            }
            List<AxeLu> axes = new ArrayList<>();
            if (f.axes() != null && !f.axes().isEmpty()) {
                for (int j = 0; j < f.axes().size(); j++) {
                    String numero = f.axes().get(j);
                    Optional<AxeLu> axe = axe(champ, numero);
                    if (axe.isEmpty()) {
                        erreur(chemin + ".axes[" + j + "]", "avenant.document.axeInconnu", numero, champ.code());
                    } else if (!axes.contains(axe.get())) {
                        axes.add(axe.get());
                    }
                }
            } else if (existante.isPresent()) {
                axes.addAll(existante.get().axes());
            }
            if (axes.isEmpty()) {
                erreur(chemin + ".axes", "avenant.document.ficheSansAxe", cle);
                continue;
            }
            FicheAction.Description base = existante.map(FicheLue::contenu).orElse(null);
            String intitule = choisir(f.intitule(), base == null ? null : base.intitule());
            if (intitule == null) {
                erreur(chemin + ".intitule", "avenant.document.ficheIntitule", cle);
                continue;
            }
            StatutFiche statut = f.statut() != null ? f.statut()
                    : base != null ? base.statut() : StatutFiche.NOUVELLE;
            FicheAction.Description description = new FicheAction.Description(intitule,
                    choisir(f.libelleAnnexe(), base == null ? null : base.libelleAnnexe()),
                    choisir(f.codeAlternatif(), base == null ? null : base.codeAlternatif()),
                    choisir(f.description(), base == null ? null : base.description()),
                    choisir(f.publicCible(), base == null ? null : base.publicCible()),
                    choisir(f.territoire(), base == null ? null : base.territoire()),
                    choisir(f.pilote(), base == null ? null : base.pilote()),
                    choisir(f.partenaires(), base == null ? null : base.partenaires()),
                    choisir(f.operateur(), base == null ? null : base.operateur()),
                    choisir(f.dateMiseEnPlace(), base == null ? null : base.dateMiseEnPlaceTexte()),
                    choisir(f.duree(), base == null ? null : base.dureeTexte()), statut);
            String numero = texte(f.numero()) != null ? texte(f.numero())
                    : existante.map(FicheLue::numero).orElse(cle);
            fiches.put(cle, new FicheLueDoc(cle, numero, existante.orElse(null), champ, description, axes));
        }
    }

    private void lireComplements(List<DocumentAvenant.Complement> docs) {
        Set<List<Object>> vus = new HashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            DocumentAvenant.Complement c = docs.get(i);
            String chemin = "complements[" + i + "]";
            Optional<ChampLu> champ = champ(chemin, c.champ());
            BigDecimal montant = montant(chemin + ".montant", c.montant(), true);
            if (champ.isEmpty() || montant == null || !exercice(chemin, champ.get(), c.exercice())
                    || !financeur(chemin, c.financeur())) {
                continue;
            }
            if (!vus.add(List.of(champ.get().id(), c.exercice(), c.financeur()))) {
                erreur(chemin, "avenant.document.doublon", champ.get().code() + " " + c.exercice() + " "
                        + c.financeur());
                continue;
            }
            complements.add(new ComplementLu(champ.get(), c.exercice(), c.financeur(), montant));
        }
    }

    private void lireMontants(List<DocumentAvenant.Montant> docs) {
        Set<List<Object>> vus = new HashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            DocumentAvenant.Montant m = docs.get(i);
            String chemin = "montantsConventionnels[" + i + "]";
            Optional<ChampLu> champ = champ(chemin, m.champ());
            BigDecimal montant = montant(chemin + ".montant", m.montant(), false);
            if (champ.isEmpty() || montant == null || !exercice(chemin, champ.get(), m.exercice())
                    || !financeur(chemin, m.financeur())) {
                continue;
            }
            AxeLu axe = null;
            if (texte(m.axe()) != null) {
                Optional<AxeLu> trouve = axe(champ.get(), m.axe());
                if (trouve.isEmpty()) {
                    erreur(chemin + ".axe", "avenant.document.axeInconnu", m.axe(), champ.get().code());
                    continue;
                }
                axe = trouve.get();
            }
            List<Object> cle = new ArrayList<>(List.of(champ.get().id(), m.exercice(), m.financeur()));
            cle.add(axe == null ? "" : axe.id());
            if (!vus.add(cle)) {
                erreur(chemin, "avenant.document.doublon", champ.get().code() + " " + m.exercice());
                continue;
            }
            montants.add(new MontantLu(champ.get(), axe, m.exercice(), m.financeur(), montant, texte(m.article())));
        }
    }

    private void lireLignes(List<DocumentAvenant.Ligne> docs) {
        Set<List<Object>> vus = new HashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            DocumentAvenant.Ligne l = docs.get(i);
            String chemin = "lignes[" + i + "]";
            String cle = texte(l.fiche());
            ChampLu champ;
            List<AxeLu> axesPermis;
            if (cle != null) {
                FicheLueDoc nommee = fiches.get(cle);
                Optional<FicheLue> existante = convention.fiches().stream().filter(f -> f.cle().equals(cle))
                        .findFirst();
                if (nommee == null && existante.isEmpty()) {
                    erreur(chemin + ".fiche", "avenant.document.ficheInconnue", cle);
                    continue;
                }
                champ = nommee != null ? nommee.champ() : existante.get().champ();
                axesPermis = nommee != null ? nommee.axes() : existante.get().axes();
            } else {
                Optional<ChampLu> nomme = champ(chemin, l.champ());
                if (nomme.isEmpty()) {
                    continue;
                }
                champ = nomme.get();
                axesPermis = champ.axes();
            }
            BigDecimal montant = montant(chemin + ".montant", l.montant(), false);
            if (montant == null || !exercice(chemin, champ, l.exercice()) || !financeur(chemin, l.financeur())) {
                continue;
            }
            if (l.nature() == null) {
                erreur(chemin + ".nature", "avenant.document.nature");
                continue;
            }
            Optional<AxeLu> axe = axe(champ, l.axe());
            if (axe.isEmpty()) {
                erreur(chemin + ".axe", "avenant.document.axeInconnu", l.axe(), champ.code());
                continue;
            }
            if (montant.signum() != 0 && !axesPermis.contains(axe.get())) {
                erreur(chemin + ".axe", "avenant.document.axeDeLaFiche", l.axe(), cle);
                continue;
            }
            String organisme = l.financeur() == Financeur.AUTRE ? texte(l.organisme()) : null;
            if (!vus.add(java.util.Arrays.asList(cle, axe.get().id(), l.exercice(), l.financeur(), organisme,
                    l.nature()))) {
                erreur(chemin, "avenant.document.doublon", (cle == null ? "" : "fiche " + cle + ", ") + "axe "
                        + l.axe() + ", " + l.exercice() + ", " + l.financeur() + ", " + l.nature());
                continue;
            }
            lignes.add(new LigneLue(cle, axe.get(), l.exercice(), l.financeur(), organisme, l.nature(), montant));
        }
    }

    private void lireReports(List<DocumentAvenant.Report> docs) {
        for (int i = 0; i < docs.size(); i++) {
            DocumentAvenant.Report r = docs.get(i);
            String chemin = "reports[" + i + "]";
            Optional<ChampLu> champ = champ(chemin, r.champ());
            BigDecimal montant = montant(chemin + ".montant", r.montant(), false);
            if (champ.isEmpty() || montant == null || !financeur(chemin, r.financeur())) {
                continue;
            }
            String fiche = texte(r.fiche());
            if (fiche != null && !fiches.containsKey(fiche)
                    && convention.fiches().stream().noneMatch(f -> f.cle().equals(fiche))) {
                erreur(chemin + ".fiche", "avenant.document.ficheInconnue", fiche);
                continue;
            }
            if (r.exerciceOrigine() == null || !champ.get().couvre(r.exerciceOrigine())) {
                erreur(chemin + ".exerciceOrigine", "avenant.document.exercice", String.valueOf(r.exerciceOrigine()),
                        champ.get().code());
                continue;
            }
            if (r.exerciceDestination() == null || r.exerciceDestination() <= r.exerciceOrigine()) {
                erreur(chemin + ".exerciceDestination", "avenant.document.reportDestination");
                continue;
            }
            reports.add(new ReportLu(chemin, champ.get(), fiche, r.financeur(), r.exerciceOrigine(),
                    r.exerciceDestination(), montant));
        }
    }

    private Optional<ChampLu> champ(String chemin, String code) {
        Optional<ChampLu> champ = champ(code);
        if (champ.isEmpty()) {
            erreur(chemin + ".champ", "avenant.document.champInconnu", String.valueOf(code));
        }
        return champ;
    }

    private Optional<ChampLu> champ(String code) {
        return convention.champs().stream().filter(c -> c.code().equals(texte(code))).findFirst();
    }

    private static Optional<AxeLu> axe(ChampLu champ, String numero) {
        return champ.axes().stream().filter(a -> a.numero().equals(texte(numero))).findFirst();
    }

    private boolean exercice(String chemin, ChampLu champ, Integer exercice) {
        if (exercice == null || !champ.couvre(exercice)) {
            erreur(chemin + ".exercice", "avenant.document.exercice", String.valueOf(exercice), champ.code());
            return false;
        }
        return true;
    }

    private boolean financeur(String chemin, Financeur financeur) {
        if (financeur == null) {
            erreur(chemin + ".financeur", "avenant.document.financeur");
            return false;
        }
        return true;
    }

    /** An amount to the cent; {@code signe}: a complement may be negative (a reduction). */
    private BigDecimal montant(String chemin, BigDecimal montant, boolean signe) {
        if (montant == null) {
            erreur(chemin, "avenant.document.montantAbsent");
            return null;
        }
        try {
            if (signe) {
                Precision.verifier(montant, Precision.MONTANT);
                return montant.setScale(2, RoundingMode.UNNECESSARY);
            }
            return Precision.montant(montant);
        } catch (RuntimeException e) {
            erreurs.add(ConstatAvenant.document(chemin, e.getMessage()));
            return null;
        }
    }

    private void erreur(String chemin, String cle, Object... arguments) {
        erreurs.add(ConstatAvenant.document(chemin, Messages.texte(cle, arguments)));
    }

    private static String texte(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String choisir(String nomme, String actuel) {
        return texte(nomme) != null ? nomme.strip() : actuel;
    }

    /** The ids of the fiches the document names or whose lines it names (null: envelope lines). */
    Set<String> clesTouchees() {
        Set<String> cles = new HashSet<>(fiches.keySet());
        lignes.forEach(l -> cles.add(l.fiche()));
        return cles;
    }

    static Map<String, Long> idsExistants(ConventionLue convention) {
        Map<String, Long> ids = new HashMap<>();
        convention.fiches().forEach(f -> ids.put(f.cle(), f.id()));
        return ids;
    }

    static boolean memeTexte(String a, String b) {
        return Objects.equals(texte(a), texte(b));
    }
}

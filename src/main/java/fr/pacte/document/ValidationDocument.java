package fr.pacte.document;

import fr.pacte.convention.ConditionVersement;
import fr.pacte.convention.StatutFiche;
import fr.pacte.convention.TypeAxe;
import fr.pacte.convention.TypeConvention;
import fr.pacte.convention.TypeVersement;
import fr.pacte.financement.Financeur;
import fr.pacte.financement.Nature;
import fr.pacte.indicateur.Annexe;
import fr.pacte.indicateur.DocumentIndicateurs;
import fr.pacte.indicateur.IndicateurDocument;
import fr.pacte.indicateur.NatureMesure;
import fr.pacte.indicateur.NatureValeur;
import fr.pacte.indicateur.Portee;
import fr.pacte.indicateur.Sens;
import fr.pacte.indicateur.TypeValeur;
import fr.pacte.indicateur.ValeurInvalideException;
import fr.pacte.indicateur.ValeurParser;
import fr.pacte.shared.Libelles;
import fr.pacte.shared.Messages;
import fr.pacte.shared.Precision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The structural checks of a convention document (contracts/convention.md): a missing required field, an unknown
 * champ / axe / fiche key, a duplicate key (R-IMP-8), an axe of a line that is not one of its fiche's axes (R-FIN-6),
 * an exercice outside its champ (R-DATE-1, R-DATE-2), an invalid amount (R-FIN-14, R-FIN-18), a délibération whose
 * votes do not balance (R-ADM-4) or a signature before its séance. Each is a {@link Erreur} with its place
 * ({@code fiches[3].axes[0]}) and a French message; any of them means nothing is saved. Money findings (sub-totals,
 * envelopes, parity) are not checked here: they never block. Plain Java; each part is public so that another
 * document (an avenant) checks its fiches, lines and amounts the same way.
 */
public final class ValidationDocument {

    public static final String CODE = "DOCUMENT_INVALIDE";

    private static final Pattern DEBUT_EXERCICE = Pattern.compile("(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])");

    /** A structural error: where ({@code chemin}) and what, in French. */
    public record Erreur(String chemin, String message) {
    }

    /** What the checks of lines, amounts and indicators need to know of the structure (the document's own). */
    public record Structure(Map<String, ChampConnu> champs, Map<String, FicheConnue> fiches) {

        public Optional<ChampConnu> champ(String code) {
            return Optional.ofNullable(code == null ? null : champs.get(code));
        }

        public Optional<FicheConnue> fiche(String cle) {
            return Optional.ofNullable(cle == null ? null : fiches.get(cle));
        }
    }

    /** A champ: its period and exercice start (R-DATE-2) and its axe numbers. */
    public record ChampConnu(String code, LocalDate debut, LocalDate fin, MonthDay debutExercice, Set<String> axes) {

        int exerciceDe(LocalDate jour) {
            return jour.isBefore(debutExercice.atYear(jour.getYear())) ? jour.getYear() - 1 : jour.getYear();
        }

        /** R-DATE-1: the exercice overlaps the champ's period. */
        public boolean couvre(int exercice) {
            return exercice >= exerciceDe(debut) && exercice <= exerciceDe(fin);
        }

        /** The baseline year of the champ's indicators: a T0 "situation au 31/12" of the year before it starts. */
        public int anneeT0() {
            return debut.getYear() - 1;
        }

        String periode() {
            int premier = exerciceDe(debut);
            int dernier = exerciceDe(fin);
            return libelle(premier) + " – " + libelle(dernier);
        }

        String libelle(int exercice) {
            return debutExercice.equals(MonthDay.of(1, 1)) ? String.valueOf(exercice) : exercice + "-" + (exercice + 1);
        }
    }

    public record FicheConnue(String cle, String numero, String champ, List<String> axes) {
    }

    private final List<Erreur> erreurs = new ArrayList<>();

    private ValidationDocument() {
    }

    /** Every structural error of the document, in document order; empty when it may be saved. */
    public static List<Erreur> verifier(DocumentConvention document) {
        ValidationDocument v = new ValidationDocument();
        v.identite(document);
        Structure structure = v.structure(document);
        v.lignes(document.lignes(), structure, "lignes");
        v.montants(document.montantsConventionnels(), structure, "montantsConventionnels");
        v.declares(document.declares(), structure);
        v.indicateurs(document.indicateurs(), structure);
        return List.copyOf(v.erreurs);
    }

    /** The structure a valid document describes (champs and fiches), for the checks of other documents' parts. */
    public static Structure structureDe(DocumentConvention document) {
        return new ValidationDocument().structure(document);
    }

    /** The lines of a document against a structure, e.g. an avenant's lines against its convention. */
    public static List<Erreur> verifierLignes(List<DocumentConvention.Ligne> lignes, Structure structure,
            String chemin) {
        ValidationDocument v = new ValidationDocument();
        v.lignes(lignes, structure, chemin);
        return List.copyOf(v.erreurs);
    }

    /** The montants conventionnels of a document against a structure. */
    public static List<Erreur> verifierMontants(List<DocumentConvention.Montant> montants, Structure structure,
            String chemin) {
        ValidationDocument v = new ValidationDocument();
        v.montants(montants, structure, chemin);
        return List.copyOf(v.erreurs);
    }

    /** The fiches of a document against the champs of a structure (their axes and keys). */
    public static List<Erreur> verifierFiches(List<DocumentConvention.Fiche> fiches, Map<String, ChampConnu> champs,
            String chemin) {
        ValidationDocument v = new ValidationDocument();
        v.fiches(fiches, champs, chemin);
        return List.copyOf(v.erreurs);
    }

    // ---- identity, parties, délibération, signature ----

    private void identite(DocumentConvention d) {
        texte("numero", d.numero(), true, 100);
        texte("numeroEtat", d.numeroEtat(), false, 100);
        texte("intitule", d.intitule(), true, 10_000);
        enumeration("type", d.type(), TypeConvention.class, true);
        texte("departement", d.departement(), false, 10);
        LocalDate debut = date("debut", d.debut(), false);
        LocalDate fin = date("fin", d.fin(), false);
        if (debut != null && fin != null && fin.isBefore(debut)) {
            erreur("fin", "document.periode", d.fin(), d.debut());
        }
        for (int i = 0; i < d.parties().size(); i++) {
            String chemin = "parties[" + i + "]";
            DocumentConvention.Partie p = d.parties().get(i);
            if (p == null) {
                erreur(chemin, "document.vide");
                continue;
            }
            if (obligatoire(chemin + ".role", p.role()) && !Set.of("ETAT", "DEPARTEMENT", "PARTENAIRE")
                    .contains(p.role())) {
                erreur(chemin + ".role", "document.enumeration", p.role(), "ETAT, DEPARTEMENT, PARTENAIRE");
            }
            texte(chemin + ".organisme", p.organisme(), true, 300);
            texte(chemin + ".representant", p.representant(), false, 200);
            texte(chemin + ".acteNomination", p.acteNomination(), false, 300);
        }
        LocalDate seance = null;
        DocumentConvention.Deliberation del = d.deliberation();
        if (del != null) {
            if (obligatoire("deliberation.organe", del.organe())
                    && !Set.of("CONSEIL_DEPARTEMENTAL", "COMMISSION_PERMANENTE").contains(del.organe())) {
                erreur("deliberation.organe", "document.enumeration", del.organe(),
                        "CONSEIL_DEPARTEMENTAL, COMMISSION_PERMANENTE");
            }
            seance = date("deliberation.dateSeance", del.dateSeance(), true);
            date("deliberation.dateTransmission", del.dateTransmission(), false);
            date("deliberation.datePublication", del.datePublication(), false);
            date("deliberation.dateConvocation", del.dateConvocation(), false);
            texte("deliberation.numero", del.numero(), false, 50);
            texte("deliberation.president", del.president(), false, 200);
            texte("deliberation.secretaire", del.secretaire(), false, 200);
            texte("deliberation.identifiantTransmission", del.identifiantTransmission(), false, 100);
            Map<String, Integer> votes = new LinkedHashMap<>();
            votes.put("pour", del.pour());
            votes.put("contre", del.contre());
            votes.put("abstentions", del.abstentions());
            votes.put("presents", del.presents());
            votes.put("representes", del.representes());
            votes.put("nePrennentPasPart", del.nePrennentPasPart());
            votes.put("absents", del.absents());
            votes.forEach((nom, n) -> {
                if (n != null && n < 0) {
                    erreur("deliberation." + nom, "document.negatif", n);
                }
            });
            if (del.pour() != null && del.contre() != null && del.abstentions() != null && del.presents() != null
                    && del.representes() != null) {
                int exprimes = del.pour() + del.contre() + del.abstentions();
                int votants = del.presents() + del.representes() - Objects.requireNonNullElse(del.nePrennentPasPart(), 0);
                if (exprimes != votants) {
                    erreur("deliberation", "document.deliberation.votes", del.pour(), del.contre(), del.abstentions(),
                            exprimes, del.presents(), del.representes(),
                            Objects.requireNonNullElse(del.nePrennentPasPart(), 0), votants);
                }
            }
        }
        if (d.signature() != null) {
            LocalDate signee = date("signature.date", d.signature().date(), false);
            if (signee != null && seance != null && signee.isBefore(seance)) {
                erreur("signature.date", "document.signature.avantSeance", d.signature().date(), del.dateSeance());
            }
        }
    }

    // ---- champs, axes, fiches ----

    private Structure structure(DocumentConvention d) {
        Map<String, ChampConnu> champs = new LinkedHashMap<>();
        for (int i = 0; i < d.champs().size(); i++) {
            String chemin = "champs[" + i + "]";
            DocumentConvention.Champ c = d.champs().get(i);
            if (c == null) {
                erreur(chemin, "document.vide");
                continue;
            }
            boolean codeLu = texte(chemin + ".code", c.code(), true, 20);
            texte(chemin + ".libelle", c.libelle(), true, 300);
            texte(chemin + ".programme", c.programme(), false, 100);
            LocalDate debut = date(chemin + ".debut", c.debut(), true);
            LocalDate fin = date(chemin + ".fin", c.fin(), true);
            if (debut != null && fin != null && fin.isBefore(debut)) {
                erreur(chemin + ".fin", "document.periode", c.fin(), c.debut());
                fin = null;
            }
            MonthDay debutExercice = MonthDay.of(1, 1);
            if (c.debutExercice() != null) {
                if (!DEBUT_EXERCICE.matcher(c.debutExercice()).matches()) {
                    erreur(chemin + ".debutExercice", "document.debutExercice", c.debutExercice());
                } else {
                    try {
                        debutExercice = MonthDay.parse("--" + c.debutExercice());
                    } catch (DateTimeParseException e) {
                        erreur(chemin + ".debutExercice", "document.debutExercice", c.debutExercice());
                    }
                }
            }
            if (c.parite() != null) {
                if (c.parite().portee() != null && !Set.of("LIGNE", "GLOBAL", "AUCUNE").contains(c.parite().portee())) {
                    erreur(chemin + ".parite.portee", "document.enumeration", c.parite().portee(),
                            "LIGNE, GLOBAL, AUCUNE");
                }
                if (c.parite().base() != null && !Set.of("ETAT_DEPARTEMENT", "TOTAL").contains(c.parite().base())) {
                    erreur(chemin + ".parite.base", "document.enumeration", c.parite().base(),
                            "ETAT_DEPARTEMENT, TOTAL");
                }
                pourcentage(chemin + ".parite.seuil", c.parite().seuil(), true);
            }
            pourcentage(chemin + ".seuilSousConsommation", c.seuilSousConsommation(), true);
            Set<String> axes = axes(c, chemin);
            ChampConnu connu = debut == null || fin == null ? null
                    : new ChampConnu(c.code(), debut, fin, debutExercice, axes);
            versements(c, chemin, connu);
            if (codeLu) {
                if (champs.containsKey(c.code())) {
                    erreur(chemin + ".code", "document.doublon.champ", c.code());
                } else if (connu != null) {
                    champs.put(c.code(), connu);
                } else {
                    champs.put(c.code(), new ChampConnu(c.code(), LocalDate.MIN, LocalDate.MAX, MonthDay.of(1, 1),
                            axes));
                }
            }
        }
        Map<String, FicheConnue> fiches = fiches(d.fiches(), champs, "fiches");
        return new Structure(champs, fiches);
    }

    private Set<String> axes(DocumentConvention.Champ c, String chemin) {
        Map<String, String> parents = new LinkedHashMap<>();
        Map<String, Integer> places = new HashMap<>();
        for (int k = 0; k < c.axes().size(); k++) {
            String cheminAxe = chemin + ".axes[" + k + "]";
            DocumentConvention.Axe a = c.axes().get(k);
            if (a == null) {
                erreur(cheminAxe, "document.vide");
                continue;
            }
            boolean numeroLu = texte(cheminAxe + ".numero", a.numero(), true, 20);
            texte(cheminAxe + ".libelle", a.libelle(), true, 10_000);
            texte(cheminAxe + ".libelleCourt", a.libelleCourt(), false, 300);
            texte(cheminAxe + ".numeroPilier", a.numeroPilier(), false, 20);
            texte(cheminAxe + ".activiteChorus", a.activiteChorus(), false, 30);
            enumeration(cheminAxe + ".type", a.type(), TypeAxe.class, false);
            if (numeroLu) {
                if (parents.containsKey(a.numero())) {
                    erreur(cheminAxe + ".numero", "document.doublon.axe", a.numero(), c.code());
                } else {
                    parents.put(a.numero(), a.parent());
                    places.put(a.numero(), k);
                }
            }
        }
        parents.forEach((numero, parent) -> {
            if (parent == null) {
                return;
            }
            String cheminParent = chemin + ".axes[" + places.get(numero) + "].parent";
            if (!parents.containsKey(parent)) {
                erreur(cheminParent, "document.inconnu.parent", parent, c.code());
                return;
            }
            Set<String> vus = new HashSet<>(Set.of(numero));
            for (String p = parent; p != null; p = parents.get(p)) {
                if (!vus.add(p)) {
                    erreur(cheminParent, "document.cycle", numero, parent);
                    return;
                }
            }
        });
        return parents.keySet();
    }

    private void versements(DocumentConvention.Champ c, String chemin, ChampConnu champ) {
        Map<Integer, List<DocumentConvention.Versement>> parExercice = new LinkedHashMap<>();
        for (int j = 0; j < c.versement().size(); j++) {
            String cheminV = chemin + ".versement[" + j + "]";
            DocumentConvention.Versement v = c.versement().get(j);
            if (v == null) {
                erreur(cheminV, "document.vide");
                continue;
            }
            boolean typeLu = enumeration(cheminV + ".type", v.type(), TypeVersement.class, true);
            enumeration(cheminV + ".condition", v.condition(), ConditionVersement.class, true);
            if (typeLu && "SOLDE".equals(v.type()) && v.pourcentage() != null) {
                erreur(cheminV + ".pourcentage", "document.versement.solde");
            } else if (typeLu && !"SOLDE".equals(v.type())) {
                if (v.pourcentage() == null) {
                    erreur(cheminV + ".pourcentage", "document.obligatoire");
                } else if (pourcentage(cheminV + ".pourcentage", v.pourcentage(), false)
                        && v.pourcentage().signum() == 0) {
                    erreur(cheminV + ".pourcentage", "document.pourcentage", v.pourcentage().toPlainString());
                }
            }
            if (v.exercice() != null && champ != null && !champ.couvre(v.exercice())) {
                erreur(cheminV + ".exercice", "document.exercice", v.exercice(), c.code(), champ.periode());
            }
            parExercice.computeIfAbsent(v.exercice(), k -> new ArrayList<>()).add(v);
        }
        parExercice.forEach((exercice, liste) -> {
            boolean solde = liste.stream().anyMatch(v -> "SOLDE".equals(v.type()));
            BigDecimal somme = liste.stream().map(DocumentConvention.Versement::pourcentage).filter(Objects::nonNull)
                    .filter(p -> p.signum() > 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            String libelle = exercice == null ? Messages.texte("document.versement.tousExercices")
                    : String.valueOf(exercice);
            if (solde ? somme.compareTo(BigDecimal.valueOf(100)) >= 0 : somme.compareTo(BigDecimal.valueOf(100)) != 0) {
                erreur(chemin + ".versement", solde ? "document.versement.avantSolde" : "document.versement.cent",
                        libelle, somme.stripTrailingZeros().toPlainString());
            }
        });
    }

    private Map<String, FicheConnue> fiches(List<DocumentConvention.Fiche> liste, Map<String, ChampConnu> champs,
            String racine) {
        Map<String, FicheConnue> fiches = new LinkedHashMap<>();
        for (int i = 0; i < liste.size(); i++) {
            String chemin = racine + "[" + i + "]";
            DocumentConvention.Fiche f = liste.get(i);
            if (f == null) {
                erreur(chemin, "document.vide");
                continue;
            }
            boolean numeroLu = texte(chemin + ".numero", f.numero(), true, 30);
            texte(chemin + ".cle", f.cle(), false, 50);
            texte(chemin + ".intitule", f.intitule(), true, 10_000);
            texte(chemin + ".pilote", f.pilote(), false, 300);
            texte(chemin + ".operateur", f.operateur(), false, 300);
            texte(chemin + ".libelleAnnexe", f.libelleAnnexe(), false, 500);
            texte(chemin + ".codeAlternatif", f.codeAlternatif(), false, 100);
            enumeration(chemin + ".statut", f.statut(), StatutFiche.class, false);
            ChampConnu champ = null;
            if (obligatoire(chemin + ".champ", f.champ())) {
                champ = champs.get(f.champ());
                if (champ == null) {
                    erreur(chemin + ".champ", "document.inconnu.champ", f.champ());
                }
            }
            List<String> axes = new ArrayList<>();
            if (f.axes().isEmpty()) {
                erreur(chemin + ".axes", "document.fiche.sansAxe");
            }
            for (int k = 0; k < f.axes().size(); k++) {
                String axe = f.axes().get(k);
                if (Libelles.vide(axe)) {
                    erreur(chemin + ".axes[" + k + "]", "document.obligatoire");
                } else if (axes.contains(axe)) {
                    erreur(chemin + ".axes[" + k + "]", "document.doublon.axeFiche", axe);
                } else if (champ != null && !champ.axes().contains(axe)) {
                    erreur(chemin + ".axes[" + k + "]", "document.inconnu.axe", axe, f.champ());
                } else {
                    axes.add(axe);
                }
            }
            f.partsAxes().forEach((axe, part) -> {
                if (!f.axes().contains(axe)) {
                    erreur(chemin + ".partsAxes." + axe, "document.part.horsAxes", axe);
                } else {
                    pourcentage(chemin + ".partsAxes." + axe, part, false);
                }
            });
            String cle = f.cle() == null ? f.numero() : f.cle();
            if (numeroLu && !Libelles.vide(cle)) {
                if (fiches.containsKey(cle)) {
                    erreur(chemin + (f.cle() == null ? ".numero" : ".cle"), "document.doublon.fiche", cle);
                } else {
                    fiches.put(cle, new FicheConnue(cle, f.numero(), f.champ(), axes));
                }
            }
        }
        return fiches;
    }

    // ---- money ----

    private void lignes(List<DocumentConvention.Ligne> lignes, Structure s, String racine) {
        Set<List<Object>> cles = new HashSet<>();
        for (int i = 0; i < lignes.size(); i++) {
            String chemin = racine + "[" + i + "]";
            DocumentConvention.Ligne l = lignes.get(i);
            if (l == null) {
                erreur(chemin, "document.vide");
                continue;
            }
            FicheConnue fiche = null;
            if (l.fiche() != null) {
                fiche = s.fiche(l.fiche()).orElse(null);
                if (fiche == null) {
                    erreur(chemin + ".fiche", "document.inconnu.fiche", l.fiche());
                    continue;
                }
            }
            String codeChamp = fiche != null ? fiche.champ() : l.champ();
            if (fiche == null && !obligatoire(chemin + ".champ", l.champ())) {
                continue;
            }
            if (fiche != null && l.champ() != null && !l.champ().equals(fiche.champ())) {
                erreur(chemin + ".champ", "document.ligne.champ", l.champ(), fiche.cle(), fiche.champ());
            }
            ChampConnu champ = s.champ(codeChamp).orElse(null);
            if (champ == null) {
                if (fiche == null) {
                    erreur(chemin + ".champ", "document.inconnu.champ", l.champ());
                }
                continue;
            }
            String axe = l.axe();
            if (axe == null && fiche != null && fiche.axes().size() == 1) {
                axe = fiche.axes().get(0);
            } else if (axe == null) {
                erreur(chemin + ".axe", fiche == null ? "document.obligatoire" : "document.ligne.axeAPreciser",
                        fiche == null ? null : fiche.cle());
            } else if (!champ.axes().contains(axe)) {
                erreur(chemin + ".axe", "document.inconnu.axe", axe, champ.code());
                axe = null;
            } else if (fiche != null && !fiche.axes().contains(axe)) {
                erreur(chemin + ".axe", "document.ligne.axeNonAlloue", axe, fiche.cle(), String.join(", ", fiche.axes()));
                axe = null;
            }
            exercice(chemin + ".exercice", l.exercice(), champ);
            boolean financeurLu = enumeration(chemin + ".financeur", l.financeur(), Financeur.class, true);
            boolean natureLue = enumeration(chemin + ".nature", l.nature(), Nature.class, false);
            String nature = l.nature() == null ? Nature.CREDITS_NOUVEAUX.name() : l.nature();
            if (financeurLu && !Financeur.AUTRE.name().equals(l.financeur()) && !Libelles.vide(l.organisme())) {
                erreur(chemin + ".organisme", "document.ligne.organisme", l.organisme(), l.financeur());
            }
            texte(chemin + ".organisme", l.organisme(), false, 200);
            if (l.exerciceOrigine() != null && natureLue) {
                if (!Nature.REPORT.name().equals(nature)) {
                    erreur(chemin + ".exerciceOrigine", "document.ligne.origineSansReport", l.exerciceOrigine());
                } else if (l.exercice() != null && l.exerciceOrigine() >= l.exercice()) {
                    erreur(chemin + ".exerciceOrigine", "document.ligne.origine", l.exerciceOrigine(), l.exercice());
                }
            }
            montant(chemin + ".montant", l.montant(), true);
            String organisme = Libelles.vide(l.organisme()) ? null : l.organisme().strip();
            if (axe != null && l.exercice() != null && financeurLu && natureLue
                    && !cles.add(Arrays.asList(fiche == null ? null : fiche.cle(), champ.code(), axe, l.exercice(),
                    l.financeur(), organisme, nature))) {
                erreur(chemin, "document.doublon.ligne", fiche == null ? "—" : fiche.cle(), axe, l.exercice(),
                        l.financeur(), nature);
            }
        }
    }

    private void montants(List<DocumentConvention.Montant> montants, Structure s, String racine) {
        Set<List<Object>> cles = new HashSet<>();
        for (int i = 0; i < montants.size(); i++) {
            String chemin = racine + "[" + i + "]";
            DocumentConvention.Montant m = montants.get(i);
            if (m == null) {
                erreur(chemin, "document.vide");
                continue;
            }
            if (!obligatoire(chemin + ".champ", m.champ())) {
                continue;
            }
            ChampConnu champ = s.champ(m.champ()).orElse(null);
            if (champ == null) {
                erreur(chemin + ".champ", "document.inconnu.champ", m.champ());
                continue;
            }
            if (m.axe() != null && !champ.axes().contains(m.axe())) {
                erreur(chemin + ".axe", "document.inconnu.axe", m.axe(), m.champ());
            }
            exercice(chemin + ".exercice", m.exercice(), champ);
            boolean financeurLu = enumeration(chemin + ".financeur", m.financeur(), Financeur.class, true);
            montant(chemin + ".montant", m.montant(), true);
            texte(chemin + ".article", m.article(), false, 200);
            if (m.statut() != null && !Set.of("NOTIFIE", "PREVISIONNEL").contains(m.statut())) {
                erreur(chemin + ".statut", "document.enumeration", m.statut(), "NOTIFIE, PREVISIONNEL");
            }
            if (financeurLu && m.exercice() != null
                    && !cles.add(Arrays.asList(m.champ(), m.axe(), m.exercice(), m.financeur()))) {
                erreur(chemin, "document.doublon.montant", m.champ(), m.axe() == null ? "—" : m.axe(), m.exercice(),
                        m.financeur());
            }
        }
    }

    private void declares(List<DocumentConvention.Declare> declares, Structure s) {
        for (int i = 0; i < declares.size(); i++) {
            String chemin = "declares[" + i + "]";
            DocumentConvention.Declare d = declares.get(i);
            if (d == null) {
                erreur(chemin, "document.vide");
                continue;
            }
            boolean objetLu = obligatoire(chemin + ".objet", d.objet());
            if (objetLu && !Set.of("CONVENTION", "CHAMP", "AXE", "FICHE").contains(d.objet())) {
                erreur(chemin + ".objet", "document.enumeration", d.objet(), "CONVENTION, CHAMP, AXE, FICHE");
                objetLu = false;
            }
            if (d.colonne() != null && !Set.of("etat", "departement", "autres", "report", "total").contains(d.colonne())) {
                erreur(chemin + ".colonne", "document.enumeration", d.colonne(), "etat, departement, autres, report, total");
            }
            montant(chemin + ".montant", d.montant(), true);
            ChampConnu champ = null;
            if (d.champ() != null) {
                champ = s.champ(d.champ()).orElse(null);
                if (champ == null) {
                    erreur(chemin + ".champ", "document.inconnu.champ", d.champ());
                }
            }
            if (!objetLu) {
                continue;
            }
            switch (d.objet()) {
                case "CHAMP" -> obligatoire(chemin + ".champ", d.champ());
                case "AXE" -> {
                    if (obligatoire(chemin + ".champ", d.champ()) && champ != null) {
                        List<String> axes = d.axes().isEmpty() ? (d.axe() == null ? List.of() : List.of(d.axe()))
                                : d.axes();
                        if (axes.isEmpty()) {
                            erreur(chemin + ".axe", "document.obligatoire");
                        }
                        for (String axe : axes) {
                            if (!champ.axes().contains(axe)) {
                                erreur(chemin + (d.axes().isEmpty() ? ".axe" : ".axes"), "document.inconnu.axe", axe,
                                        d.champ());
                            }
                        }
                    }
                }
                case "FICHE" -> {
                    if (obligatoire(chemin + ".fiche", d.fiche()) && s.fiche(d.fiche()).isEmpty()) {
                        erreur(chemin + ".fiche", "document.inconnu.fiche", d.fiche());
                    }
                }
                default -> { }
            }
            if (d.exercice() != null) {
                ChampConnu portee = champ != null ? champ
                        : s.fiche(d.fiche()).flatMap(f -> s.champ(f.champ())).orElse(null);
                boolean couvert = portee != null ? portee.couvre(d.exercice())
                        : s.champs().values().stream().anyMatch(c -> c.couvre(d.exercice()));
                if (!couvert) {
                    erreur(chemin + ".exercice", "document.exercice.convention", d.exercice());
                }
            }
        }
    }

    // ---- indicators ----

    private void indicateurs(List<IndicateurDocument> indicateurs, Structure s) {
        Map<String, Set<String>> codesParFiche = new HashMap<>();
        indicateurs.stream().filter(Objects::nonNull).filter(i -> i.code() != null)
                .forEach(i -> codesParFiche.computeIfAbsent(String.valueOf(i.fiche()), k -> new HashSet<>()).add(i.code()));
        for (int i = 0; i < indicateurs.size(); i++) {
            String chemin = "indicateurs[" + i + "]";
            IndicateurDocument d = indicateurs.get(i);
            if (d == null) {
                erreur(chemin, "document.vide");
                continue;
            }
            texte(chemin + ".libelle", d.libelle(), true, 10_000);
            texte(chemin + ".code", d.code(), false, 50);
            texte(chemin + ".codeNational", d.codeNational(), false, 50);
            texte(chemin + ".unite", d.unite(), false, 100);
            boolean porteeLue = enumeration(chemin + ".portee", d.portee(), Portee.class, false);
            boolean typeLu = enumeration(chemin + ".type", d.type(), TypeValeur.class, false);
            enumeration(chemin + ".sens", d.sens(), Sens.class, false);
            enumeration(chemin + ".nature", d.nature(), NatureMesure.class, false);
            if (d.annexes() != null) {
                for (int k = 0; k < d.annexes().size(); k++) {
                    enumeration(chemin + ".annexes[" + k + "]", d.annexes().get(k), Annexe.class, true);
                }
            }
            FicheConnue fiche = null;
            if (d.fiche() != null) {
                fiche = s.fiche(d.fiche()).orElse(null);
                if (fiche == null) {
                    erreur(chemin + ".fiche", "document.inconnu.fiche", d.fiche());
                    continue;
                }
            } else if (porteeLue && !Portee.NATIONAL.name().equals(d.portee())) {
                erreur(chemin + ".fiche", "document.indicateur.localSansFiche");
            }
            if (d.champ() != null && s.champ(d.champ()).isEmpty()) {
                erreur(chemin + ".champ", "document.inconnu.champ", d.champ());
            }
            if (d.axe() != null && (fiche == null || !fiche.axes().contains(d.axe()))) {
                erreur(chemin + ".axe", "document.indicateur.axe", d.axe(), d.fiche());
            }
            if (d.parent() != null && !codesParFiche.getOrDefault(String.valueOf(d.fiche()), Set.of()).contains(d.parent())) {
                erreur(chemin + ".parent", "document.indicateur.parent", d.parent(), d.fiche());
            }
            ChampConnu champ = fiche == null ? null : s.champ(fiche.champ()).orElse(null);
            TypeValeur type = null;
            if (typeLu) {
                try {
                    type = DocumentIndicateurs.typeDeduit(d);
                } catch (ValeurInvalideException e) {
                    type = null;
                }
            }
            Set<List<Object>> periodes = new HashSet<>();
            for (int j = 0; j < d.valeurs().size(); j++) {
                String cheminV = chemin + ".valeurs[" + j + "]";
                IndicateurDocument.ValeurDocument v = d.valeurs().get(j);
                if (v == null) {
                    erreur(cheminV, "document.vide");
                    continue;
                }
                if (fiche == null) {
                    erreur(cheminV, "document.indicateur.valeurSansFiche");
                    continue;
                }
                boolean natureLue = enumeration(cheminV + ".nature", v.nature(), NatureValeur.class, true);
                if (v.annee() == null) {
                    erreur(cheminV + ".annee", "document.obligatoire");
                } else if (natureLue && champ != null) {
                    if (NatureValeur.T0.name().equals(v.nature()) && v.annee() != champ.anneeT0()) {
                        erreur(cheminV + ".annee", "document.indicateur.anneeT0", v.annee(), champ.anneeT0(),
                                champ.code());
                    } else if (!NatureValeur.T0.name().equals(v.nature()) && !champ.couvre(v.annee())) {
                        erreur(cheminV + ".annee", "document.exercice", v.annee(), champ.code(), champ.periode());
                    }
                }
                if (natureLue && v.annee() != null && !periodes.add(List.of(v.nature(), v.annee()))) {
                    erreur(cheminV, "document.doublon.valeur", v.nature(), v.annee());
                }
                if (Libelles.vide(v.texte())) {
                    erreur(cheminV + ".texte", "document.obligatoire");
                } else {
                    try {
                        ValeurParser.lire(v.texte(), type);
                    } catch (ValeurInvalideException e) {
                        erreur(cheminV + ".texte", "document.indicateur.valeur", e.getMessage());
                    }
                }
                nombre(cheminV + ".numerateur", v.numerateur());
                if (nombre(cheminV + ".denominateur", v.denominateur()) && v.denominateur() != null
                        && v.denominateur().signum() == 0) {
                    erreur(cheminV + ".denominateur", "document.indicateur.denominateur");
                }
            }
            for (int j = 0; j < d.declarees().size(); j++) {
                String cheminD = chemin + ".declarees[" + j + "]";
                IndicateurDocument.DeclareeDocument dd = d.declarees().get(j);
                if (dd == null) {
                    erreur(cheminD, "document.vide");
                    continue;
                }
                if (fiche == null) {
                    erreur(cheminD, "document.indicateur.valeurSansFiche");
                    continue;
                }
                enumeration(cheminD + ".annexe", dd.annexe(), Annexe.class, true);
                enumeration(cheminD + ".nature", dd.nature(), NatureValeur.class, true);
                if (dd.annee() == null) {
                    erreur(cheminD + ".annee", "document.obligatoire");
                }
                if (dd.texte() != null) {
                    try {
                        ValeurParser.lire(dd.texte());
                    } catch (ValeurInvalideException e) {
                        erreur(cheminD + ".texte", "document.indicateur.valeur", e.getMessage());
                    }
                }
            }
        }
    }

    // ---- fields ----

    private void erreur(String chemin, String cle, Object... arguments) {
        erreurs.add(new Erreur(chemin, Messages.texte(cle, arguments)));
    }

    private boolean obligatoire(String chemin, String valeur) {
        if (Libelles.vide(valeur)) {
            erreur(chemin, "document.obligatoire");
            return false;
        }
        return true;
    }

    /** A text field: required or not, at most {@code longueur} characters. Answers whether a value is there. */
    private boolean texte(String chemin, String valeur, boolean requis, int longueur) {
        if (Libelles.vide(valeur)) {
            if (requis) {
                erreur(chemin, "document.obligatoire");
            }
            return false;
        }
        if (valeur.length() > longueur) {
            erreur(chemin, "document.long", longueur);
            return false;
        }
        return true;
    }

    private <E extends Enum<E>> boolean enumeration(String chemin, String valeur, Class<E> type, boolean requis) {
        if (valeur == null) {
            if (requis) {
                erreur(chemin, "document.obligatoire");
            }
            return !requis;
        }
        try {
            Enum.valueOf(type, valeur);
            return true;
        } catch (IllegalArgumentException e) {
            erreur(chemin, "document.enumeration", valeur, Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return false;
        }
    }

    private LocalDate date(String chemin, String valeur, boolean requise) {
        if (Libelles.vide(valeur)) {
            if (requise) {
                erreur(chemin, "document.obligatoire");
            }
            return null;
        }
        try {
            return LocalDate.parse(valeur);
        } catch (DateTimeParseException e) {
            erreur(chemin, "document.date", valeur);
            return null;
        }
    }

    private void exercice(String chemin, Integer exercice, ChampConnu champ) {
        if (exercice == null) {
            erreur(chemin, "document.obligatoire");
        } else if (!champ.couvre(exercice)) {
            erreur(chemin, "document.exercice", exercice, champ.code(), champ.periode());
        }
    }

    /** R-FIN-14, R-FIN-18: two decimals at most, 0 ≤ amount < 10^13 (Precision.montant, like every JSON amount). */
    private boolean montant(String chemin, BigDecimal montant, boolean requis) {
        if (montant == null) {
            if (requis) {
                erreur(chemin, "document.obligatoire");
            }
            return false;
        }
        try {
            Precision.montant(montant);
            return true;
        } catch (Precision.NombreHorsLimitesException e) {
            erreur(chemin, "document.montant", e.getMessage());
            return false;
        }
    }

    private boolean nombre(String chemin, BigDecimal nombre) {
        if (nombre == null) {
            return true;
        }
        try {
            Precision.verifier(nombre, Precision.INDICATEUR);
            if (nombre.signum() < 0) {
                erreur(chemin, "document.negatif", nombre.toPlainString());
                return false;
            }
            return true;
        } catch (Precision.NombreHorsLimitesException e) {
            erreur(chemin, "document.montant", e.getMessage());
            return false;
        }
    }

    private boolean pourcentage(String chemin, BigDecimal valeur, boolean zeroPermis) {
        if (valeur == null) {
            return true;
        }
        boolean ok = valeur.signum() >= 0 && valeur.compareTo(BigDecimal.valueOf(100)) <= 0
                && valeur.stripTrailingZeros().scale() <= 4;
        if (!ok) {
            erreur(chemin, "document.pourcentage", valeur.toPlainString());
        }
        return ok;
    }
}

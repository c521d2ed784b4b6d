package fr.pacte.document;

import static fr.pacte.document.ColonnesClasseur.*;

import fr.pacte.controle.Gravite;
import fr.pacte.indicateur.DocumentIndicateurs;
import fr.pacte.indicateur.IndicateurDocument;
import fr.pacte.indicateur.RapprochementIndicateurs;
import fr.pacte.shared.Libelles;
import fr.pacte.shared.Messages;
import fr.pacte.shared.Montants;
import fr.pacte.shared.Precision;
import fr.pacte.shared.fichier.CelluleClasseur;
import fr.pacte.shared.fichier.Classeur;
import fr.pacte.shared.fichier.ClasseurXlsx;
import fr.pacte.shared.fichier.Feuille;
import fr.pacte.shared.fichier.LimitesFichier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the convention workbook into its document (contracts/convention.md), through the bounded reader
 * ({@link ClasseurXlsx}, {@link LimitesFichier#CLASSEUR_CONVENTION}): headers matched without case, accents or spaces,
 * amounts read as people write them ({@link Montants#parse}, R-IMP-1: "110 00 €" is an error, never guessed), every
 * part noted with its sheet and row so that a structural error says where it is. Indicator rows printed in an annexe
 * (column "Imprimé dans": Annexe 1, Annexe 4, Fiche) are matched with the indicators of the sheet by their label,
 * never by position (R-IMP-5, FX-18); a value column without header is ignored with a warning.
 */
final class LectureClasseur {

    private static final DateTimeFormatter FRANCAISE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Pattern FORME_VERSEMENT = Pattern.compile(
            "^(?:(\\d{4})\\s*:\\s*)?([A-Za-z_]+)(?:\\s+(\\d+(?:[.,]\\d+)?)\\s*%)?\\s+([A-Za-z_]+)$");
    private static final Pattern ANNEE = Pattern.compile("(\\d{4})");

    /** What was read: the document, where each part came from, and the findings of the reading itself. */
    record Resultat(DocumentConvention document, PlacesClasseur places, List<ConstatDocument> constats) {

        boolean bloquant() {
            return constats.stream().anyMatch(ConstatDocument::bloquant);
        }
    }

    private final PlacesClasseur places = new PlacesClasseur();
    private final List<ConstatDocument> constats = new ArrayList<>();

    private LectureClasseur() {
    }

    static Resultat lire(byte[] contenu) {
        Classeur classeur = ClasseurXlsx.lire(contenu, LimitesFichier.CLASSEUR_CONVENTION,
                nom -> FEUILLES.stream().anyMatch(f -> Libelles.normaliser(f).equals(Libelles.normaliser(nom))));
        return new LectureClasseur().document(classeur);
    }

    /** A sheet as a table: its header row and the columns it holds. */
    private final class Table {
        final String nom;
        final List<Feuille.Rang> rangs;
        final Map<Colonne, Integer> colonnes = new LinkedHashMap<>();
        int entete;

        Table(String nom, List<Feuille.Rang> rangs, List<Colonne> attendues, int debut) {
            this.nom = nom;
            this.rangs = rangs;
            if (debut >= rangs.size()) {
                return;
            }
            Feuille.Rang titre = rangs.get(debut);
            entete = titre.numero();
            for (int i = 0; i < titre.cellules().size(); i++) {
                String texte = titre.cellule(i).texte();
                for (Colonne c : attendues) {
                    if (!colonnes.containsKey(c) && c.reconnait(texte)) {
                        colonnes.put(c, i);
                        break;
                    }
                }
            }
            for (Colonne c : attendues) {
                if (c.obligatoire() && !colonnes.containsKey(c)) {
                    constats.add(ConstatDocument.lecture(ValidationDocument.CODE, Gravite.ERREUR, nom, entete,
                            Messages.texte("document.classeur.colonneAbsente", c.entete(), nom)));
                }
            }
        }

        CelluleClasseur cellule(Feuille.Rang rang, Colonne c) {
            Integer i = colonnes.get(c);
            return i == null ? CelluleClasseur.VIDE : rang.cellule(i);
        }

        String texte(Feuille.Rang rang, Colonne c) {
            CelluleClasseur cellule = cellule(rang, c);
            if (cellule.vide()) {
                return null;
            }
            if (cellule.type() == CelluleClasseur.Type.NOMBRE && cellule.brut() != null) {
                BigDecimal n = new BigDecimal(cellule.brut()).stripTrailingZeros();
                return n.scale() < 0 ? n.setScale(0).toPlainString() : n.toPlainString();
            }
            if (cellule.type() == CelluleClasseur.Type.DATE) {
                return cellule.date().map(d -> d.toLocalDate().toString()).orElse(cellule.texte());
            }
            return cellule.texteOuHerite();
        }

        Integer entier(Feuille.Rang rang, Colonne c) {
            String t = texte(rang, c);
            if (t == null) {
                return null;
            }
            String s = t.replace('\u00A0', ' ').replace('\u202F', ' ').replace(" ", "").strip();
            if (!s.matches("\\d{1,9}")) {
                invalide(rang, c, "document.classeur.entier", t);
                return null;
            }
            return Integer.valueOf(s);
        }

        BigDecimal montant(Feuille.Rang rang, Colonne c) {
            CelluleClasseur cellule = cellule(rang, c);
            if (cellule.vide()) {
                return null;
            }
            try {
                if (cellule.type() == CelluleClasseur.Type.NOMBRE && cellule.brut() != null) {
                    Precision.verifier(cellule.brut(), Precision.JSON);
                    BigDecimal brut = new BigDecimal(cellule.brut());
                    BigDecimal arrondi = brut.setScale(2, RoundingMode.HALF_UP);
                    // A double written by a spreadsheet may end in ...0000001: that is not a third decimal.
                    if (brut.subtract(arrondi).abs().compareTo(new BigDecimal("0.000001")) > 0) {
                        invalide(rang, c, "document.classeur.montant", cellule.texte());
                        return null;
                    }
                    return arrondi;
                }
                return Montants.parse(cellule.texteOuHerite()).orElse(null);
            } catch (IllegalArgumentException e) {
                invalide(rang, c, "document.classeur.montant", cellule.texteOuHerite());
                return null;
            }
        }

        BigDecimal nombre(Feuille.Rang rang, Colonne c) {
            String t = texte(rang, c);
            if (t == null) {
                return null;
            }
            String s = t.replace("%", "").replace('\u00A0', ' ').replace('\u202F', ' ').replace(" ", "")
                    .replace(',', '.').strip();
            if (!Precision.dansLesBornes(s, Precision.INDICATEUR) || !s.matches("\\d+(\\.\\d+)?")) {
                invalide(rang, c, "document.classeur.nombre", t);
                return null;
            }
            return ExportDocument.nombre(new BigDecimal(s));
        }

        String date(Feuille.Rang rang, Colonne c) {
            CelluleClasseur cellule = cellule(rang, c);
            if (cellule.vide()) {
                return null;
            }
            if (cellule.date().isPresent()) {
                return cellule.date().get().toLocalDate().toString();
            }
            String t = cellule.texteOuHerite().strip();
            try {
                return LocalDate.parse(t).toString();
            } catch (DateTimeParseException e) {
                try {
                    return LocalDate.parse(t, FRANCAISE).toString();
                } catch (DateTimeParseException e2) {
                    return t; // the validation says it is not a date, with its place
                }
            }
        }

        Boolean oui(Feuille.Rang rang, Colonne c) {
            String t = texte(rang, c);
            if (t == null) {
                return null;
            }
            String n = Libelles.normaliser(t);
            if (List.of("oui", "vrai", "true", "o", "x", "1").contains(n)) {
                return true;
            }
            if (List.of("non", "faux", "false", "n", "0").contains(n)) {
                return false;
            }
            invalide(rang, c, "document.classeur.ouiNon", t);
            return null;
        }

        List<String> liste(Feuille.Rang rang, Colonne c) {
            String t = texte(rang, c);
            if (t == null) {
                return List.of();
            }
            return java.util.Arrays.stream(t.split("[,;+]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        void invalide(Feuille.Rang rang, Colonne c, String cle, String texte) {
            constats.add(new ConstatDocument(ValidationDocument.CODE, Gravite.ERREUR, null, nom, rang.numero(),
                    c.entete(), null, null, null, Messages.texte(cle, texte, c.entete()), null, null));
        }

        List<Feuille.Rang> donnees() {
            return rangs.stream().filter(r -> r.numero() > entete).toList();
        }
    }

    private Resultat document(Classeur classeur) {
        Optional<Feuille> convention = classeur.feuille(CONVENTION);
        if (convention.isEmpty()) {
            constats.add(ConstatDocument.lecture(ValidationDocument.CODE, Gravite.ERREUR, CONVENTION, 1,
                    Messages.texte("document.classeur.feuilleAbsente", CONVENTION)));
        }
        Map<Colonne, String> rubriques = new HashMap<>();
        List<DocumentConvention.Partie> parties = new ArrayList<>();
        convention.ifPresent(f -> rubriques(f, rubriques, parties));
        List<DocumentConvention.Champ> champs = champs(classeur);
        List<DocumentConvention.Fiche> fiches = fiches(classeur);
        List<DocumentConvention.Montant> montants = montants(classeur);
        List<DocumentConvention.Ligne> lignes = lignes(classeur);
        List<DocumentConvention.Declare> declares = declares(classeur);
        DocumentConvention.Deliberation deliberation = deliberation(rubriques);
        DocumentConvention.Signature signature = "oui".equals(Libelles.normaliser(rubriques.get(SIGNEE)))
                || rubriques.get(DATE_SIGNATURE) != null ? new DocumentConvention.Signature(rubriques.get(DATE_SIGNATURE))
                : null;
        DocumentConvention sansIndicateurs = new DocumentConvention(rubriques.get(NUMERO), rubriques.get(NUMERO_ETAT),
                rubriques.get(INTITULE), rubriques.get(TYPE), rubriques.get(DEPARTEMENT), rubriques.get(DEBUT),
                rubriques.get(FIN), parties, deliberation, signature, champs, fiches, montants, lignes, declares,
                List.of(), rubriques.get(ALIAS_CONVENTION));
        List<IndicateurDocument> indicateurs = indicateurs(classeur, sansIndicateurs);
        return new Resultat(new DocumentConvention(sansIndicateurs.numero(), sansIndicateurs.numeroEtat(),
                sansIndicateurs.intitule(), sansIndicateurs.type(), sansIndicateurs.departement(),
                sansIndicateurs.debut(), sansIndicateurs.fin(), parties, deliberation, signature, champs, fiches,
                montants, lignes, declares, indicateurs, sansIndicateurs.aliases()), places, constats);
    }

    private void rubriques(Feuille feuille, Map<Colonne, String> rubriques, List<DocumentConvention.Partie> parties) {
        List<Feuille.Rang> rangs = feuille.rangs();
        int debutParties = -1;
        Table cles = new Table(CONVENTION, rangs, List.of(RUBRIQUE, VALEUR), 0);
        for (int i = 0; i < rangs.size(); i++) {
            Feuille.Rang r = rangs.get(i);
            String libelle = r.cellule(0).texte();
            if (ROLE.reconnait(libelle)) {
                debutParties = i;
                break;
            }
            for (Colonne c : RUBRIQUES) {
                if (c.reconnait(libelle)) {
                    Table t = cles;
                    Colonne valeur = VALEUR;
                    String texte;
                    if (c == DEBUT || c == FIN || c == DATE_SEANCE || c == DATE_TRANSMISSION || c == DATE_PUBLICATION
                            || c == DATE_CONVOCATION || c == DATE_SIGNATURE) {
                        texte = t.date(r, valeur);
                    } else {
                        texte = t.texte(r, valeur);
                    }
                    rubriques.put(c, texte);
                    places.noter(chemin(c), CONVENTION, r.numero());
                }
            }
        }
        if (debutParties >= 0) {
            Table t = new Table(CONVENTION, rangs, PARTIES, debutParties);
            int i = 0;
            for (Feuille.Rang r : t.donnees()) {
                places.noter("parties[" + i + "]", CONVENTION, r.numero());
                parties.add(new DocumentConvention.Partie(t.texte(r, ROLE), t.texte(r, ORGANISME),
                        t.texte(r, REPRESENTANT), t.texte(r, QUALITE), t.texte(r, ACTE)));
                i++;
            }
        }
    }

    private static String chemin(Colonne c) {
        if (c == NUMERO) {
            return "numero";
        } else if (c == NUMERO_ETAT) {
            return "numeroEtat";
        } else if (c == INTITULE) {
            return "intitule";
        } else if (c == TYPE) {
            return "type";
        } else if (c == DEPARTEMENT) {
            return "departement";
        } else if (c == DEBUT) {
            return "debut";
        } else if (c == FIN) {
            return "fin";
        } else if (c == DATE_SIGNATURE || c == SIGNEE) {
            return "signature";
        } else if (c == DATE_SEANCE) {
            return "deliberation.dateSeance";
        } else if (c == ORGANE) {
            return "deliberation.organe";
        }
        return "deliberation";
    }

    private DocumentConvention.Deliberation deliberation(Map<Colonne, String> r) {
        boolean presente = List.of(ORGANE, DATE_SEANCE, NUMERO_DELIBERATION, POUR).stream()
                .anyMatch(c -> r.get(c) != null);
        if (!presente) {
            return null;
        }
        return new DocumentConvention.Deliberation(r.get(ORGANE), r.get(NUMERO_DELIBERATION), r.get(DATE_SEANCE),
                entier(r, POUR), entier(r, CONTRE), entier(r, ABSTENTIONS), entier(r, PRESENTS),
                entier(r, REPRESENTES), entier(r, NE_PRENNENT_PAS_PART), r.get(DATE_TRANSMISSION),
                r.get(DATE_PUBLICATION), r.get(TITRE), r.get(DATE_CONVOCATION), r.get(PRESIDENT), r.get(SECRETAIRE),
                r.get(DECISION), entier(r, ABSENTS), r.get(IDENTIFIANT_TRANSMISSION));
    }

    private Integer entier(Map<Colonne, String> r, Colonne c) {
        String t = r.get(c);
        if (t == null) {
            return null;
        }
        if (!t.strip().matches("\\d{1,9}")) {
            constats.add(ConstatDocument.lecture(ValidationDocument.CODE, Gravite.ERREUR, CONVENTION, 0,
                    Messages.texte("document.classeur.entier", t, c.entete())));
            return null;
        }
        return Integer.valueOf(t.strip());
    }

    private Optional<Table> table(Classeur classeur, String nom, List<Colonne> colonnes) {
        return classeur.feuille(nom).map(f -> new Table(nom, f.rangs(), colonnes, 0));
    }

    private List<DocumentConvention.Champ> champs(Classeur classeur) {
        List<DocumentConvention.Champ> champs = new ArrayList<>();
        Map<String, List<DocumentConvention.Axe>> axes = axes(classeur);
        table(classeur, CHAMPS, CHAMP).ifPresent(t -> {
            int i = 0;
            for (Feuille.Rang r : t.donnees()) {
                String chemin = "champs[" + i++ + "]";
                places.noter(chemin, CHAMPS, r.numero());
                String code = t.texte(r, CODE);
                String portee = t.texte(r, PARITE_PORTEE);
                String base = t.texte(r, PARITE_BASE);
                BigDecimal seuil = t.nombre(r, PARITE_SEUIL);
                champs.add(new DocumentConvention.Champ(code, t.texte(r, LIBELLE), t.date(r, CH_DEBUT),
                        t.date(r, CH_FIN), t.texte(r, DEBUT_EXERCICE), t.texte(r, PROGRAMME),
                        portee == null && base == null && seuil == null ? null
                                : new DocumentConvention.Parite(portee, base, seuil),
                        versements(t, r), axes.getOrDefault(code, List.of()), t.nombre(r, SEUIL_SOUS_CONSOMMATION),
                        t.texte(r, REGLE_TEXTE)));
            }
            // Axes of a champ the sheet Champs does not hold: named in the errors of their rows.
            axes.keySet().stream().filter(code -> champs.stream().noneMatch(c -> code.equals(c.code())))
                    .forEach(code -> constats.add(ConstatDocument.lecture(ValidationDocument.CODE, Gravite.ERREUR,
                            AXES, 0, Messages.texte("document.classeur.axeSansChamp", code))));
        });
        // The place of each axe: champs[i].axes[k].
        for (int i = 0; i < champs.size(); i++) {
            List<Integer> lignes = lignesDesAxes.getOrDefault(champs.get(i).code(), List.of());
            for (int k = 0; k < lignes.size(); k++) {
                places.noter("champs[" + i + "].axes[" + k + "]", AXES, lignes.get(k));
            }
        }
        return champs;
    }

    private final Map<String, List<Integer>> lignesDesAxes = new HashMap<>();

    private List<DocumentConvention.Versement> versements(Table t, Feuille.Rang r) {
        String texte = t.texte(r, VERSEMENT);
        if (texte == null) {
            return List.of();
        }
        List<DocumentConvention.Versement> versements = new ArrayList<>();
        for (String partie : texte.split(";")) {
            Matcher m = FORME_VERSEMENT.matcher(partie.strip());
            if (!m.matches()) {
                t.invalide(r, VERSEMENT, "document.classeur.versement", partie.strip());
                continue;
            }
            versements.add(new DocumentConvention.Versement(m.group(2).toUpperCase(java.util.Locale.ROOT),
                    m.group(3) == null ? null : ExportDocument.nombre(new BigDecimal(m.group(3).replace(',', '.'))),
                    m.group(4).toUpperCase(java.util.Locale.ROOT), m.group(1) == null ? null : Integer.valueOf(m.group(1))));
        }
        return versements;
    }

    private Map<String, List<DocumentConvention.Axe>> axes(Classeur classeur) {
        Map<String, List<DocumentConvention.Axe>> axes = new LinkedHashMap<>();
        table(classeur, AXES, AXE).ifPresent(t -> {
            for (Feuille.Rang r : t.donnees()) {
                String champ = t.texte(r, AXE_CHAMP);
                if (champ == null) {
                    constats.add(ConstatDocument.lecture(ValidationDocument.CODE, Gravite.ERREUR, AXES, r.numero(),
                            Messages.texte("document.classeur.axeSansChamp", "")));
                    continue;
                }
                axes.computeIfAbsent(champ, k -> new ArrayList<>()).add(new DocumentConvention.Axe(t.texte(r, AXE_NUMERO),
                        t.texte(r, AXE_LIBELLE), t.texte(r, AXE_TYPE), t.texte(r, AXE_PARENT), t.oui(r, AXE_PARITE),
                        t.texte(r, AXE_COURT), t.texte(r, AXE_PILIER), t.texte(r, AXE_CHORUS)));
                lignesDesAxes.computeIfAbsent(champ, k -> new ArrayList<>()).add(r.numero());
            }
        });
        return axes;
    }

    private List<DocumentConvention.Fiche> fiches(Classeur classeur) {
        List<DocumentConvention.Fiche> fiches = new ArrayList<>();
        table(classeur, FICHES, FICHE).ifPresent(t -> {
            int i = 0;
            for (Feuille.Rang r : t.donnees()) {
                places.noter("fiches[" + i++ + "]", FICHES, r.numero());
                Map<String, BigDecimal> parts = new LinkedHashMap<>();
                String texteParts = t.texte(r, F_PARTS);
                if (texteParts != null) {
                    for (String p : texteParts.split(";")) {
                        String[] axeEtPart = p.split(":");
                        try {
                            parts.put(axeEtPart[0].strip(), ExportDocument.nombre(new BigDecimal(
                                    axeEtPart[1].replace("%", "").replace(',', '.').strip())));
                        } catch (RuntimeException e) {
                            t.invalide(r, F_PARTS, "document.classeur.parts", p.strip());
                        }
                    }
                }
                fiches.add(new DocumentConvention.Fiche(t.texte(r, F_CLE), t.texte(r, F_NUMERO),
                        t.texte(r, F_INTITULE), t.texte(r, F_CHAMP), t.liste(r, F_AXES), t.texte(r, F_STATUT),
                        t.texte(r, F_DESCRIPTION), t.texte(r, F_PUBLIC), t.texte(r, F_TERRITOIRE),
                        t.texte(r, F_PILOTE), t.texte(r, F_OPERATEUR), t.texte(r, F_PARTENAIRES),
                        t.texte(r, F_DATE), t.texte(r, F_DUREE), t.texte(r, F_LIBELLE_ANNEXE),
                        t.texte(r, F_CODE_ALTERNATIF), parts));
            }
        });
        return fiches;
    }

    private List<DocumentConvention.Montant> montants(Classeur classeur) {
        List<DocumentConvention.Montant> montants = new ArrayList<>();
        table(classeur, MONTANTS, MONTANT).ifPresent(t -> {
            int i = 0;
            for (Feuille.Rang r : t.donnees()) {
                places.noter("montantsConventionnels[" + i++ + "]", MONTANTS, r.numero());
                montants.add(new DocumentConvention.Montant(t.texte(r, M_CHAMP), t.texte(r, M_AXE),
                        t.entier(r, M_EXERCICE), t.texte(r, M_FINANCEUR), t.montant(r, M_MONTANT),
                        t.texte(r, M_LETTRES), t.texte(r, M_ARTICLE), t.texte(r, M_STATUT)));
            }
        });
        return montants;
    }

    private List<DocumentConvention.Ligne> lignes(Classeur classeur) {
        List<DocumentConvention.Ligne> lignes = new ArrayList<>();
        table(classeur, LIGNES, LIGNE).ifPresent(t -> {
            int i = 0;
            for (Feuille.Rang r : t.donnees()) {
                places.noter("lignes[" + i++ + "]", LIGNES, r.numero());
                lignes.add(new DocumentConvention.Ligne(t.texte(r, L_FICHE), t.texte(r, L_AXE),
                        t.entier(r, L_EXERCICE), t.texte(r, L_FINANCEUR), t.texte(r, L_ORGANISME),
                        t.texte(r, L_NATURE), t.montant(r, L_MONTANT), t.texte(r, L_JUSTIFICATION),
                        t.texte(r, L_CHAMP), t.entier(r, L_ORIGINE), t.texte(r, L_OBJET)));
            }
        });
        return lignes;
    }

    private List<DocumentConvention.Declare> declares(Classeur classeur) {
        List<DocumentConvention.Declare> declares = new ArrayList<>();
        table(classeur, DECLARES, DECLARE).ifPresent(t -> {
            int i = 0;
            for (Feuille.Rang r : t.donnees()) {
                places.noter("declares[" + i++ + "]", DECLARES, r.numero());
                declares.add(new DocumentConvention.Declare(t.texte(r, D_OBJET), t.texte(r, D_CHAMP),
                        t.texte(r, D_AXE), t.texte(r, D_FICHE), t.entier(r, D_EXERCICE), t.texte(r, D_COLONNE),
                        t.montant(r, D_MONTANT), t.texte(r, D_SOURCE), t.liste(r, D_AXES), t.texte(r, D_TEXTE)));
            }
        });
        return declares;
    }

    /** A value column of the Indicateurs sheet: T0, or the cible or résultat of a year. */
    private record ColonneValeur(int index, String nature, Integer annee, String entete) {
    }

    private List<IndicateurDocument> indicateurs(Classeur classeur, DocumentConvention document) {
        Optional<Feuille> feuille = classeur.feuille(INDICATEURS);
        if (feuille.isEmpty() || feuille.get().rangs().isEmpty()) {
            return List.of();
        }
        List<Colonne> nommees = new ArrayList<>(INDICATEUR_DEBUT);
        nommees.addAll(INDICATEUR_FIN);
        Table t = new Table(INDICATEURS, feuille.get().rangs(), nommees, 0);
        Feuille.Rang titre = feuille.get().rangs().get(0);
        List<ColonneValeur> valeurs = new ArrayList<>();
        int derniere = t.rangs.stream().mapToInt(r -> r.cellules().size()).max().orElse(0);
        boolean sansEnteteSignale = false;
        for (int i = 0; i < Math.max(derniere, titre.cellules().size()); i++) {
            if (t.colonnes.containsValue(i)) {
                continue;
            }
            String entete = titre.cellule(i).texte().strip();
            Optional<ColonneValeur> colonne = colonneValeur(i, entete);
            if (colonne.isPresent()) {
                valeurs.add(colonne.get());
            } else if (entete.isEmpty()) {
                int index = i;
                boolean remplie = t.donnees().stream().anyMatch(r -> !r.cellule(index).vide());
                if (remplie && !sansEnteteSignale) {
                    sansEnteteSignale = true;
                    constats.add(ConstatDocument.lecture("COLONNE_IGNOREE", Gravite.AVERTISSEMENT, INDICATEURS,
                            t.entete, Messages.texte("document.classeur.colonneSansEntete", colonneLettre(i))));
                }
            } else {
                constats.add(ConstatDocument.lecture("COLONNE_IGNOREE", Gravite.AVERTISSEMENT, INDICATEURS, t.entete,
                        Messages.texte("document.classeur.colonneInconnue", entete, INDICATEURS)));
            }
        }
        Map<String, ValidationDocument.ChampConnu> champs = ValidationDocument.structureDe(document).champs();
        Map<String, String> champDeLaFiche = new HashMap<>();
        document.fiches().forEach(f -> champDeLaFiche.put(f.cle() == null ? f.numero() : f.cle(), f.champ()));
        List<IndicateurDocument> definitions = new ArrayList<>();
        List<Integer> lignesDefinitions = new ArrayList<>();
        List<RapprochementIndicateurs.Rang> imprimes = new ArrayList<>();
        for (Feuille.Rang r : t.donnees()) {
            String annexe = t.texte(r, I_ANNEXE);
            Map<String, String> textes = new LinkedHashMap<>();
            for (ColonneValeur v : valeurs) {
                CelluleClasseur c = r.cellule(v.index());
                if (!c.vide()) {
                    textes.put(v.entete(), c.texteOuHerite());
                }
            }
            if (annexe != null) {
                imprimes.add(new RapprochementIndicateurs.Rang(r.numero(), t.texte(r, I_FICHE), t.texte(r, I_LIBELLE),
                        textes));
                continue;
            }
            String fiche = t.texte(r, I_FICHE);
            String champ = fiche == null ? t.texte(r, I_CHAMP) : champDeLaFiche.get(fiche);
            ValidationDocument.ChampConnu connu = champ == null ? null : champs.get(champ);
            List<IndicateurDocument.ValeurDocument> lues = new ArrayList<>();
            Map<String, String> commentaires = details(t.texte(r, I_COMMENTAIRES_VALEURS));
            Map<String, String> termes = details(t.texte(r, I_TERMES));
            for (ColonneValeur v : valeurs) {
                String texte = textes.get(v.entete());
                if (texte == null) {
                    continue;
                }
                Integer annee = "T0".equals(v.nature()) ? (connu == null ? null : connu.anneeT0()) : v.annee();
                String[] terme = termes.containsKey(normaliser(v.entete())) ? termes.get(normaliser(v.entete()))
                        .split("/") : null;
                lues.add(new IndicateurDocument.ValeurDocument(v.nature(), annee, texte,
                        commentaires.get(normaliser(v.entete())), terme == null ? null : decimal(terme[0]),
                        terme == null || terme.length < 2 ? null : decimal(terme[1])));
            }
            places.noter("indicateurs[" + definitions.size() + "]", INDICATEURS, r.numero());
            Boolean somme = t.oui(r, I_SOMME);
            definitions.add(new IndicateurDocument(fiche, t.texte(r, I_LIBELLE), t.texte(r, I_PORTEE),
                    t.texte(r, I_UNITE), lues, t.texte(r, I_CODE), t.texte(r, I_TYPE), t.texte(r, I_SENS),
                    t.texte(r, I_NATURE), t.texte(r, I_AXE), t.texte(r, I_PARENT), Boolean.TRUE.equals(somme) ? true : null,
                    t.texte(r, I_TERRITOIRE), annexes(t.texte(r, I_ANNEXES)), t.texte(r, I_FICHE_IMPRIMEE),
                    t.texte(r, I_COMMENTAIRE), t.texte(r, I_EXEMPTION), t.texte(r, I_THEMATIQUE),
                    fiche == null ? t.texte(r, I_CHAMP) : t.texte(r, I_CHAMP), t.texte(r, I_ALIAS),
                    t.texte(r, I_NUMERATEUR), t.texte(r, I_DENOMINATEUR), t.texte(r, I_DEFINITION),
                    t.texte(r, I_SOURCE), t.texte(r, I_CODE_NATIONAL), List.of()));
            lignesDefinitions.add(r.numero());
        }
        if (imprimes.isEmpty()) {
            return definitions;
        }
        // Printed rows: matched by label (R-IMP-5), never by the position of their "Action n" cell.
        Map<String, String> numeros = new HashMap<>();
        document.fiches().forEach(f -> numeros.put(f.cle() == null ? f.numero() : f.cle(), f.numero()));
        RapprochementIndicateurs.Resultat rapproche = RapprochementIndicateurs.rapprocher(imprimes,
                DocumentIndicateurs.connus(definitions), numeros);
        Map<Integer, List<IndicateurDocument.DeclareeDocument>> ajouts = new HashMap<>();
        Map<Integer, String> annexeDeLaLigne = new HashMap<>();
        for (Feuille.Rang r : t.donnees()) {
            String annexe = t.texte(r, I_ANNEXE);
            if (annexe != null) {
                annexeDeLaLigne.put(r.numero(), annexe);
            }
        }
        for (RapprochementIndicateurs.Rattachement rt : rapproche.rattachements()) {
            IndicateurDocument def = definitions.get(rt.indicateur().index());
            String champ = def.fiche() == null ? def.champ() : champDeLaFiche.get(def.fiche());
            ValidationDocument.ChampConnu connu = champ == null ? null : champs.get(champ);
            String annexe = codeAnnexe(annexeDeLaLigne.get(rt.rang().ligne()));
            Feuille.Rang rang = t.donnees().stream().filter(x -> x.numero() == rt.rang().ligne()).findFirst().orElseThrow();
            String source = t.texte(rang, I_SOURCE);
            for (ColonneValeur v : valeurs) {
                String texte = rt.rang().valeurs().get(v.entete());
                if (texte == null) {
                    continue;
                }
                Integer annee = "T0".equals(v.nature()) ? (connu == null ? null : connu.anneeT0()) : v.annee();
                ajouts.computeIfAbsent(rt.indicateur().index(), k -> new ArrayList<>())
                        .add(new IndicateurDocument.DeclareeDocument(annexe, v.nature(), annee, texte, source));
            }
        }
        for (RapprochementIndicateurs.Remarque remarque : rapproche.remarques()) {
            constats.add(ConstatDocument.lecture(remarque.code(),
                    remarque.avertissement() ? Gravite.AVERTISSEMENT : Gravite.INFO, INDICATEURS, remarque.ligne(),
                    Messages.texte(remarque.cle(), remarque.arguments().toArray())));
        }
        List<IndicateurDocument> resultat = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            IndicateurDocument def = definitions.get(i);
            List<IndicateurDocument.DeclareeDocument> toutes = new ArrayList<>(def.declarees());
            toutes.addAll(ajouts.getOrDefault(i, List.of()));
            resultat.add(toutes.isEmpty() ? def : def.avecDeclarees(dedoublonner(toutes)));
        }
        return resultat;
    }

    /** A later printed row of the same annexe and period replaces an earlier one: one value per place. */
    private static List<IndicateurDocument.DeclareeDocument> dedoublonner(List<IndicateurDocument.DeclareeDocument> d) {
        Map<List<Object>, IndicateurDocument.DeclareeDocument> uniques = new LinkedHashMap<>();
        d.forEach(x -> uniques.put(java.util.Arrays.asList(x.annexe(), x.nature(), x.annee()), x));
        return new ArrayList<>(uniques.values());
    }

    private static String codeAnnexe(String texte) {
        String n = Libelles.normaliser(texte).replace(" ", "");
        if (n.contains("4")) {
            return "ANNEXE_4";
        }
        if (n.contains("1")) {
            return "ANNEXE_1";
        }
        return "FICHE";
    }

    private static List<String> annexes(String texte) {
        if (texte == null) {
            return null;
        }
        List<String> annexes = new ArrayList<>();
        for (String a : texte.split("[,;]")) {
            String n = Libelles.normaliser(a).replace(" ", "_").toUpperCase(java.util.Locale.ROOT);
            if (!n.isEmpty()) {
                annexes.add(n);
            }
        }
        return annexes;
    }

    /** "T0", "Situation au 31 déc. 2023", "Cible 2024", "Résultat atteint en 2024", "Cible 2020-2021". */
    private static Optional<ColonneValeur> colonneValeur(int index, String entete) {
        String n = Libelles.normaliser(entete);
        if (n.equals("t0") || n.startsWith("t0 ") || n.startsWith("situation")) {
            return Optional.of(new ColonneValeur(index, "T0", null, entete));
        }
        Matcher annee = ANNEE.matcher(n);
        if (!annee.find()) {
            return Optional.empty();
        }
        Integer a = Integer.valueOf(annee.group(1));
        if (n.startsWith("cible") || n.startsWith("objectif")) {
            return Optional.of(new ColonneValeur(index, "CIBLE", a, entete));
        }
        if (n.startsWith("resultat") || n.startsWith("realise")) {
            return Optional.of(new ColonneValeur(index, "RESULTAT", a, entete));
        }
        return Optional.empty();
    }

    /** "T0 : 23 langues différentes" on each line of a cell → by normalised period. */
    private static Map<String, String> details(String texte) {
        Map<String, String> details = new HashMap<>();
        if (texte == null) {
            return details;
        }
        for (String ligne : texte.split("\\R")) {
            int deuxPoints = ligne.indexOf(" : ");
            if (deuxPoints > 0) {
                details.put(normaliser(ligne.substring(0, deuxPoints)), ligne.substring(deuxPoints + 3));
            }
        }
        return details;
    }

    private static String normaliser(String periode) {
        return Libelles.normaliser(periode);
    }

    private static BigDecimal decimal(String texte) {
        String t = texte.strip().replace(',', '.').replace(" ", "");
        return t.isEmpty() || !Precision.dansLesBornes(t, Precision.INDICATEUR) ? null : new BigDecimal(t);
    }

    private static String colonneLettre(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            s.insert(0, (char) ('A' + i % 26));
        }
        return s.toString();
    }
}

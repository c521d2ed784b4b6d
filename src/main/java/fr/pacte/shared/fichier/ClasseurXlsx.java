package fr.pacte.shared.fichier;

import fr.pacte.shared.Textes;
import fr.pacte.shared.fichier.FichierIllisibleException.Motif;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The one XLSX reader of Pacte (issue 13, item 1): the package is opened with POI's {@link ZipSecureFile} (its
 * ratio-bomb check holds), every XML part is streamed through SAX with DOCTYPE refused (no XXE, no billion laughs),
 * and every {@link LimitesFichier} bound is checked as the file is read: bytes, sheets, rows, columns, cells, merged
 * regions, shared strings, characters and time. A merged region is never expanded: only the cells of rows that hold
 * data inherit its text. Over a limit, a {@link FichierIllisibleException} with a French message.
 *
 * <p>Use: {@link #premiereFeuille} for a tableau financier or an execution file, {@link #lire(byte[], LimitesFichier,
 * Predicate)} for a workbook of named sheets (the convention workbook).
 */
public final class ClasseurXlsx {

    /** The media type of an XLSX workbook, for every download and upload of one. */
    public static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int LIGNES_EXCEL = 1_048_576;
    private static final int COLONNES_EXCEL = 16_384;
    private static final int LONGUEUR_NOMBRE_MAX = 64;
    private static final int FORMATS_MAX = 2_000;
    private static final int STYLES_MAX = 65_000;

    private ClasseurXlsx() {
    }

    /** The first sheet of the workbook (what POI calls sheet 0), whatever its name. */
    public static Feuille premiereFeuille(byte[] contenu, LimitesFichier limites) {
        return new Lecture(contenu, limites).lire(null, true).feuilles().get(0);
    }

    /** Every sheet whose name the filter accepts, in workbook order; the others are not even decompressed. */
    public static Classeur lire(byte[] contenu, LimitesFichier limites, Predicate<String> feuilles) {
        return new Lecture(contenu, limites).lire(feuilles, false);
    }

    /** Every sheet of the workbook. */
    public static Classeur lire(byte[] contenu, LimitesFichier limites) {
        return lire(contenu, limites, nom -> true);
    }

    static String texte(String cle, Object... arguments) {
        return Textes.texte(cle, arguments);
    }

    /** One read of one file, with its budget. */
    private static final class Lecture {

        private final byte[] contenu;
        private final LimitesFichier limites;
        private final long echeance;
        private long octetsLus;
        private long cellules;
        private long caracteres;
        private ZipSecureFile zip;

        Lecture(byte[] contenu, LimitesFichier limites) {
            this.contenu = contenu;
            this.limites = limites;
            this.echeance = System.nanoTime() + limites.duree().toNanos();
        }

        Classeur lire(Predicate<String> filtre, boolean premiere) {
            if (contenu == null || contenu.length == 0) {
                throw illisible(null);
            }
            if (contenu.length > limites.octetsMax()) {
                throw new FichierIllisibleException(Motif.TROP_GROS, texte("fichier.tropGros",
                        String.format(Locale.FRANCE, "%.1f", contenu.length / (1024.0 * 1024.0)),
                        Textes.entier(limites.octetsMax() / (1024 * 1024))));
            }
            Path temporaire = null;
            try {
                // ZipSecureFile reads a file lazily, entry by entry, and checks the inflate ratio of each stream.
                temporaire = Files.createTempFile("pacte-classeur-", ".xlsx");
                Files.write(temporaire, contenu);
                zip = new ZipSecureFile(temporaire.toFile());
                int entrees = 0;
                for (var e = zip.getEntries(); e.hasMoreElements(); e.nextElement()) {
                    if (++entrees > limites.entreesZipMax()) {
                        throw illisible(null);
                    }
                }
                return classeur(filtre, premiere);
            } catch (FichierIllisibleException e) {
                throw e;
            } catch (Exception e) {
                FichierIllisibleException cause = cause(e);
                if (cause != null) {
                    throw cause;
                }
                if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                    throw new FichierIllisibleException(Motif.TROP_DECOMPRESSE, texte("fichier.bombe"), e);
                }
                throw illisible(e);
            } finally {
                fermer(temporaire);
            }
        }

        private void fermer(Path temporaire) {
            try {
                if (zip != null) {
                    zip.close();
                }
            } catch (IOException e) {
                // nothing to keep
            }
            try {
                if (temporaire != null) {
                    Files.deleteIfExists(temporaire);
                }
            } catch (IOException e) {
                temporaire.toFile().deleteOnExit();
            }
        }

        private Classeur classeur(Predicate<String> filtre, boolean premiere) throws Exception {
            Map<String, Relation> racine = relations("");
            Relation document = racine.values().stream().filter(r -> r.type().endsWith("/officeDocument"))
                    .findFirst().orElseThrow(() -> illisible(null));
            String partieClasseur = document.cible();
            Map<String, Relation> relations = relations(partieClasseur);
            ClasseurXml classeur = new ClasseurXml();
            parser(partieClasseur, classeur);
            if (classeur.feuilles.isEmpty()) {
                throw new FichierIllisibleException(Motif.ILLISIBLE, texte("fichier.classeurVide"));
            }
            List<String[]> choisies = new ArrayList<>();
            for (String[] feuille : classeur.feuilles) {
                if (premiere ? choisies.isEmpty() : filtre.test(feuille[0])) {
                    choisies.add(feuille);
                }
            }
            List<String> chaines = List.of();
            Styles styles = new Styles();
            if (!choisies.isEmpty()) {
                for (Relation r : relations.values()) {
                    if (r.type().endsWith("/sharedStrings")) {
                        ChainesXml sst = new ChainesXml();
                        parser(r.cible(), sst);
                        chaines = sst.chaines;
                    } else if (r.type().endsWith("/styles")) {
                        parser(r.cible(), styles);
                    }
                }
            }
            List<Feuille> feuilles = new ArrayList<>();
            for (String[] choisie : choisies) {
                Relation r = relations.get(choisie[1]);
                if (r == null || !r.type().endsWith("/worksheet")) {
                    feuilles.add(new Feuille(choisie[0], List.of())); // a chart sheet holds no cells
                    continue;
                }
                FeuilleXml feuille = new FeuilleXml(choisie[0], chaines, styles, classeur.date1904);
                parser(r.cible(), feuille);
                feuilles.add(feuille.resultat());
            }
            return new Classeur(feuilles);
        }

        /** The relationships of a part ({@code ""} for the package), by id, their targets resolved to entry names. */
        private Map<String, Relation> relations(String partie) throws Exception {
            int barre = partie.lastIndexOf('/');
            String dossier = barre < 0 ? "" : partie.substring(0, barre + 1);
            String nom = partie.substring(barre + 1);
            String entree = dossier + "_rels/" + nom + ".rels";
            RelationsXml rels = new RelationsXml(dossier);
            if (zip.getEntry(entree) == null) {
                if (partie.isEmpty()) {
                    throw illisible(null);
                }
                return Map.of();
            }
            parser(entree, rels);
            return rels.relations;
        }

        private void parser(String entree, DefaultHandler gestionnaire) throws Exception {
            ZipArchiveEntry e = zip.getEntry(entree);
            if (e == null) {
                throw illisible(null);
            }
            XMLReader lecteur = XMLHelper.newXMLReader();
            // OOXML never needs a DOCTYPE: refusing it rules out external entities and entity expansion bombs.
            lecteur.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            lecteur.setContentHandler(gestionnaire);
            lecteur.setErrorHandler(new DefaultHandler()); // a fatal error still stops the parse; nothing is logged
            try (InputStream flux = new FluxBorne(zip.getInputStream(e))) {
                lecteur.parse(new InputSource(flux));
            }
        }

        void verifierTemps() {
            if (System.nanoTime() > echeance) {
                throw new FichierIllisibleException(Motif.TROP_LONG, texte("fichier.tropLong",
                        limites.duree().toSeconds()));
            }
        }

        void compterCaracteres(long n) {
            caracteres += n;
            if (caracteres > limites.caracteresMax()) {
                throw new FichierIllisibleException(Motif.TROP_DE_TEXTE, texte("fichier.tropDeTexte",
                        Textes.entier(limites.caracteresMax())));
            }
        }

        void compterCellule() {
            if (++cellules > limites.cellulesMax()) {
                throw new FichierIllisibleException(Motif.TROP_DE_CELLULES, texte("fichier.tropDeCellules",
                        Textes.entier(limites.cellulesMax())));
            }
        }

        /** An entry stream that refuses to inflate beyond the limits of one part and of the whole read. */
        private final class FluxBorne extends FilterInputStream {

            private long octets;

            FluxBorne(InputStream entree) {
                super(entree);
            }

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    compter(1);
                }
                return b;
            }

            @Override
            public int read(byte[] tampon, int debut, int longueur) throws IOException {
                int n = super.read(tampon, debut, longueur);
                if (n > 0) {
                    compter(n);
                }
                return n;
            }

            private void compter(int n) throws IOException {
                octets += n;
                octetsLus += n;
                if (octets > limites.octetsPartieMax() || octetsLus > limites.octetsDecompressesMax()) {
                    throw new DepassementIO(new FichierIllisibleException(Motif.TROP_DECOMPRESSE,
                            texte("fichier.tropDecompresse", Textes.entier(limites.octetsDecompressesMax() / (1024 * 1024)))));
                }
                try {
                    verifierTemps();
                } catch (FichierIllisibleException e) {
                    throw new DepassementIO(e);
                }
            }
        }

        /** workbook.xml: the sheets in order (name, relationship id) and the 1904 date system. */
        private final class ClasseurXml extends DefaultHandler {

            final List<String[]> feuilles = new ArrayList<>();
            boolean date1904;

            @Override
            public void startElement(String uri, String local, String qName, Attributes attributs) {
                verifierTemps();
                if ("sheet".equals(local)) {
                    if (feuilles.size() >= limites.feuillesMax()) {
                        throw new FichierIllisibleException(Motif.TROP_DE_FEUILLES, texte("fichier.tropDeFeuilles",
                                limites.feuillesMax()));
                    }
                    String nom = attribut(attributs, "name");
                    String id = attribut(attributs, "id");
                    feuilles.add(new String[] {nom == null ? "" : nom, id});
                } else if ("workbookPr".equals(local)) {
                    String v = attribut(attributs, "date1904");
                    date1904 = "1".equals(v) || "true".equals(v);
                }
            }
        }

        /** A .rels part: id → type and target, the target resolved against the source part's folder. */
        private final class RelationsXml extends DefaultHandler {

            final Map<String, Relation> relations = new LinkedHashMap<>();
            private final String dossier;

            RelationsXml(String dossier) {
                this.dossier = dossier;
            }

            @Override
            public void startElement(String uri, String local, String qName, Attributes attributs) {
                verifierTemps();
                if ("Relationship".equals(local) && relations.size() < limites.entreesZipMax()
                        && !"External".equals(attribut(attributs, "TargetMode"))) {
                    String id = attribut(attributs, "Id");
                    String type = attribut(attributs, "Type");
                    String cible = attribut(attributs, "Target");
                    if (id != null && type != null && cible != null) {
                        relations.put(id, new Relation(type, resoudre(dossier, cible)));
                    }
                }
            }
        }

        /** sharedStrings.xml: each {@code si} as its plain text (rich-text runs joined, phonetic runs left out). */
        private final class ChainesXml extends DefaultHandler {

            final List<String> chaines = new ArrayList<>();
            private StringBuilder courante;
            private boolean dansT;
            private int phonetique;
            private int evenements;

            @Override
            public void startElement(String uri, String local, String qName, Attributes attributs) {
                if ((++evenements & 1023) == 0) {
                    verifierTemps();
                }
                switch (local) {
                    case "si" -> {
                        if (chaines.size() >= limites.chainesPartageesMax()) {
                            throw new FichierIllisibleException(Motif.TROP_DE_TEXTE, texte("fichier.tropDeChaines",
                                    Textes.entier(limites.chainesPartageesMax())));
                        }
                        courante = new StringBuilder();
                    }
                    case "rPh" -> phonetique++;
                    case "t" -> dansT = courante != null && phonetique == 0;
                    default -> {
                    }
                }
            }

            @Override
            public void characters(char[] ch, int debut, int longueur) {
                if (dansT) {
                    ajouter(courante, ch, debut, longueur);
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                switch (local) {
                    case "si" -> {
                        chaines.add(decoder(courante.toString()));
                        courante = null;
                    }
                    case "rPh" -> phonetique--;
                    case "t" -> dansT = false;
                    default -> {
                    }
                }
            }
        }

        private void ajouter(StringBuilder texte, char[] ch, int debut, int longueur) {
            if (texte.length() + longueur > limites.caracteresCelluleMax()) {
                throw new FichierIllisibleException(Motif.TROP_DE_TEXTE, texte("fichier.celluleTropLongue",
                        Textes.entier(limites.caracteresCelluleMax())));
            }
            compterCaracteres(longueur);
            texte.append(ch, debut, longueur);
        }

        /** styles.xml: the number format of each cell style ({@code cellXfs}), for dates and the displayed text. */
        private final class Styles extends DefaultHandler {

            final Map<Integer, String> formats = new HashMap<>();
            final List<Integer> styles = new ArrayList<>();
            private boolean dansCellXfs;

            @Override
            public void startElement(String uri, String local, String qName, Attributes attributs) {
                verifierTemps();
                if ("numFmt".equals(local)) {
                    String code = attribut(attributs, "formatCode");
                    Integer id = entier(attribut(attributs, "numFmtId"));
                    // Excel's own limit is 255 characters: a longer format could print megabytes per cell.
                    if (code == null || code.length() > 255 || id == null || formats.size() >= FORMATS_MAX) {
                        throw illisible(null);
                    }
                    formats.put(id, code);
                } else if ("cellXfs".equals(local)) {
                    dansCellXfs = true;
                } else if ("xf".equals(local) && dansCellXfs) {
                    if (styles.size() >= STYLES_MAX) {
                        throw illisible(null);
                    }
                    Integer id = entier(attribut(attributs, "numFmtId"));
                    styles.add(id == null ? 0 : id);
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                if ("cellXfs".equals(local)) {
                    dansCellXfs = false;
                }
            }

            int format(int style) {
                return style >= 0 && style < styles.size() ? styles.get(style) : 0;
            }

            String code(int format) {
                String code = formats.get(format);
                if (code == null) {
                    code = org.apache.poi.ss.usermodel.BuiltinFormats.getBuiltinFormat(format);
                }
                return code == null ? "General" : code;
            }
        }

        /** One worksheet, streamed: rows and cells of sheetData, then the merged regions. */
        private final class FeuilleXml extends DefaultHandler {

            private final String nom;
            private final List<String> chaines;
            private final Styles styles;
            private final boolean date1904;
            private final org.apache.poi.ss.usermodel.DataFormatter format =
                    new org.apache.poi.ss.usermodel.DataFormatter(Locale.FRANCE);
            private final java.util.TreeMap<Integer, List<CelluleClasseur>> rangs = new java.util.TreeMap<>();
            private final List<int[]> fusions = new ArrayList<>();
            private int evenements;

            private int rang = -1;
            private List<CelluleClasseur> cellulesDuRang;
            private int colonne = -1;
            private String typeCellule;
            private int style;
            private boolean formule;
            private StringBuilder valeur;
            private StringBuilder enLigne;
            private boolean dansV;
            private boolean dansT;
            private int phonetique;

            FeuilleXml(String nom, List<String> chaines, Styles styles, boolean date1904) {
                this.nom = nom;
                this.chaines = chaines;
                this.styles = styles;
                this.date1904 = date1904;
            }

            @Override
            public void startElement(String uri, String local, String qName, Attributes attributs) {
                if ((++evenements & 1023) == 0) {
                    verifierTemps();
                }
                switch (local) {
                    case "row" -> {
                        Integer r = entier(attribut(attributs, "r"));
                        rang = r == null ? rang + 1 : r - 1;
                        if (rang < 0 || rang >= LIGNES_EXCEL) {
                            throw illisible(null);
                        }
                        cellulesDuRang = new ArrayList<>();
                        colonne = -1;
                    }
                    case "c" -> {
                        String reference = attribut(attributs, "r");
                        colonne = reference == null ? colonne + 1 : colonne(reference);
                        typeCellule = attribut(attributs, "t");
                        Integer s = entier(attribut(attributs, "s"));
                        style = s == null ? 0 : s;
                        formule = false;
                        valeur = null;
                        enLigne = null;
                    }
                    case "v" -> {
                        dansV = true;
                        valeur = new StringBuilder();
                    }
                    case "f" -> formule = true;
                    case "is" -> enLigne = new StringBuilder();
                    case "rPh" -> phonetique++;
                    case "t" -> dansT = enLigne != null && phonetique == 0;
                    case "mergeCell" -> fusion(attribut(attributs, "ref"));
                    default -> {
                    }
                }
            }

            @Override
            public void characters(char[] ch, int debut, int longueur) {
                if (dansV) {
                    ajouter(valeur, ch, debut, longueur);
                } else if (dansT) {
                    ajouter(enLigne, ch, debut, longueur);
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                switch (local) {
                    case "v" -> dansV = false;
                    case "t" -> dansT = false;
                    case "rPh" -> phonetique--;
                    case "c" -> cellule();
                    case "row" -> finirRang();
                    default -> {
                    }
                }
            }

            private void cellule() {
                if (cellulesDuRang == null) {
                    return;
                }
                CelluleClasseur cellule = valeur();
                if (cellule.type() == CelluleClasseur.Type.VIDE) {
                    if (colonne < limites.colonnesMax()) {
                        etendre(colonne);
                    }
                    return;
                }
                if (colonne >= limites.colonnesMax()) {
                    throw new FichierIllisibleException(Motif.TROP_DE_COLONNES, texte("fichier.tropDeColonnes",
                            nom, rang + 1, Textes.entier(limites.colonnesMax())));
                }
                compterCellule();
                etendre(colonne);
                cellulesDuRang.set(colonne, cellule);
            }

            private void etendre(int jusque) {
                while (cellulesDuRang.size() <= jusque) {
                    cellulesDuRang.add(CelluleClasseur.VIDE);
                }
            }

            private CelluleClasseur valeur() {
                String v = valeur == null ? null : valeur.toString();
                String t = typeCellule == null ? "n" : typeCellule;
                switch (t) {
                    case "s" -> {
                        Integer index = v == null ? null : entier(v.strip());
                        if (index == null) {
                            return CelluleClasseur.VIDE;
                        }
                        if (index < 0 || index >= chaines.size()) {
                            throw illisible(null);
                        }
                        return texteCellule(chaines.get(index));
                    }
                    case "inlineStr" -> {
                        return enLigne == null ? (v == null ? CelluleClasseur.VIDE : texteCellule(decoder(v)))
                                : texteCellule(decoder(enLigne.toString()));
                    }
                    case "str" -> {
                        return texteCellule(v == null ? "" : decoder(v));
                    }
                    case "b" -> {
                        return v == null || v.isBlank() ? CelluleClasseur.VIDE
                                : new CelluleClasseur(CelluleClasseur.Type.BOOLEEN,
                                        "1".equals(v.strip()) || "true".equals(v.strip()) ? "VRAI" : "FAUX", null,
                                        null, date1904);
                    }
                    case "e" -> {
                        return new CelluleClasseur(CelluleClasseur.Type.ERREUR, v == null ? "#N/A" : v.strip(), null,
                                null, date1904);
                    }
                    case "d" -> {
                        // An ISO 8601 date written as text (rare): a date, never an amount.
                        return v == null ? CelluleClasseur.VIDE
                                : new CelluleClasseur(CelluleClasseur.Type.DATE, v.strip(), null, null, date1904);
                    }
                    default -> {
                        return nombre(v);
                    }
                }
            }

            private CelluleClasseur texteCellule(String texte) {
                return texte.isEmpty() ? CelluleClasseur.VIDE
                        : new CelluleClasseur(CelluleClasseur.Type.TEXTE, texte, null, null, date1904);
            }

            private CelluleClasseur nombre(String v) {
                String brut = v == null ? "" : v.strip();
                if (brut.isEmpty()) {
                    if (!formule) {
                        return CelluleClasseur.VIDE;
                    }
                    brut = "0"; // as POI: a formula without cached value reads as 0
                }
                if (brut.length() > LONGUEUR_NOMBRE_MAX || !brut.matches("[-+0-9.eE]+")) {
                    throw new FichierIllisibleException(Motif.ILLISIBLE, texte("fichier.nombreIllisible", nom,
                            reference(rang, colonne)));
                }
                double d;
                try {
                    d = Double.parseDouble(brut);
                } catch (NumberFormatException e) {
                    throw new FichierIllisibleException(Motif.ILLISIBLE, texte("fichier.nombreIllisible", nom,
                            reference(rang, colonne)), e);
                }
                int idFormat = styles.format(style);
                String code = styles.code(idFormat);
                String affiche = format.formatRawCellContents(d, idFormat, code);
                compterCaracteres(affiche.length());
                boolean date = !Double.isNaN(d) && org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(d)
                        && org.apache.poi.ss.usermodel.DateUtil.isADateFormat(idFormat, code);
                return new CelluleClasseur(date ? CelluleClasseur.Type.DATE : CelluleClasseur.Type.NOMBRE, affiche,
                        brut, null, date1904);
            }

            private void finirRang() {
                if (cellulesDuRang != null && cellulesDuRang.stream().anyMatch(c -> !c.vide())) {
                    rangs.put(rang, cellulesDuRang);
                    if (rangs.size() > limites.lignesMax()) {
                        throw new FichierIllisibleException(Motif.TROP_DE_LIGNES, texte("fichier.tropDeLignes", nom,
                                Textes.entier(limites.lignesMax())));
                    }
                }
                cellulesDuRang = null;
            }

            private void fusion(String ref) {
                if (fusions.size() >= limites.fusionsMax()) {
                    throw new FichierIllisibleException(Motif.TROP_DE_FUSIONS, texte("fichier.tropDeFusions", nom,
                            Textes.entier(limites.fusionsMax())));
                }
                if (ref == null) {
                    return;
                }
                String[] bouts = ref.strip().split(":", -1);
                if (bouts.length > 2) {
                    throw illisible(null);
                }
                int[] debut = position(bouts[0]);
                int[] fin = bouts.length == 2 ? position(bouts[1]) : debut;
                int[] region = {Math.min(debut[0], fin[0]), Math.min(debut[1], fin[1]),
                    Math.max(debut[0], fin[0]), Math.max(debut[1], fin[1])};
                // A3:XFD1048576 claims 17 billion cells: no real table merges more cells than a workbook may hold.
                long aire = (long) (region[2] - region[0] + 1) * (region[3] - region[1] + 1);
                if (aire > limites.cellulesMax()) {
                    throw new FichierIllisibleException(Motif.TROP_DE_FUSIONS, texte("fichier.fusionDemesuree", nom,
                            ref.strip(), Textes.entier(limites.cellulesMax())));
                }
                fusions.add(region);
            }

            /**
             * The merged regions, applied to the rows that hold data only: {@code A3:XFD1048576} over 20 rows costs 20
             * rows' cells, not 17 billion. Each data cell inherits at most once.
             */
            Feuille resultat() {
                long visites = 0;
                long visitesMax = Math.max(1_000_000L, (long) limites.cellulesMax() * 4);
                for (int[] f : fusions) {
                    List<CelluleClasseur> premier = rangs.get(f[0]);
                    String texte = premier != null && f[1] < premier.size() ? premier.get(f[1]).texte() : "";
                    if (texte.isBlank()) {
                        continue;
                    }
                    for (var e : rangs.subMap(f[0], true, f[2], true).entrySet()) {
                        List<CelluleClasseur> cellules = e.getValue();
                        int derniere = Math.min(f[3], cellules.size() - 1);
                        for (int c = f[1]; c <= derniere; c++) {
                            if (++visites > visitesMax) {
                                throw new FichierIllisibleException(Motif.TROP_DE_FUSIONS, texte("fichier.tropDeFusions",
                                        nom, Textes.entier(limites.fusionsMax())));
                            }
                            if ((e.getKey() != f[0] || c != f[1]) && cellules.get(c).heritee() == null) {
                                cellules.set(c, cellules.get(c).heritant(texte));
                            }
                        }
                        verifierTemps();
                    }
                }
                List<Feuille.Rang> resultat = new ArrayList<>(rangs.size());
                rangs.forEach((r, cellules) -> resultat.add(new Feuille.Rang(r + 1, cellules)));
                return new Feuille(nom, resultat);
            }
        }
    }

    private record Relation(String type, String cible) {
    }

    private static String attribut(Attributes attributs, String local) {
        for (int i = 0; i < attributs.getLength(); i++) {
            if (local.equals(attributs.getLocalName(i)) || local.equals(attributs.getQName(i))) {
                return attributs.getValue(i);
            }
        }
        return null;
    }

    private static Integer entier(String texte) {
        if (texte == null || texte.isEmpty() || texte.length() > 9) {
            return null;
        }
        for (int i = 0; i < texte.length(); i++) {
            if (!Character.isDigit(texte.charAt(i)) || texte.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(texte);
    }

    /** "AB12" → column index 27; the row digits are ignored (the row comes from its element). */
    private static int colonne(String reference) {
        return position(reference)[1];
    }

    /** "AB12" → {row 11, column 27}; "$A$3" is accepted. */
    private static int[] position(String reference) {
        String r = reference.replace("$", "");
        int i = 0;
        int colonne = 0;
        while (i < r.length() && i < 4 && Character.isLetter(r.charAt(i))) {
            char c = Character.toUpperCase(r.charAt(i));
            if (c < 'A' || c > 'Z') {
                throw illisible(null);
            }
            colonne = colonne * 26 + (c - 'A' + 1);
            i++;
        }
        if (i == 0 || colonne > COLONNES_EXCEL) {
            throw illisible(null);
        }
        Integer ligne = i < r.length() ? entier(r.substring(i)) : Integer.valueOf(1);
        if (ligne == null || ligne < 1 || ligne > LIGNES_EXCEL) {
            throw illisible(null);
        }
        return new int[] {ligne - 1, colonne - 1};
    }

    private static String reference(int rang, int colonne) {
        StringBuilder lettres = new StringBuilder();
        for (int c = colonne + 1; c > 0; c = (c - 1) / 26) {
            lettres.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return lettres.toString() + (rang + 1);
    }

    /** "xl/" + "worksheets/sheet1.xml", or "/xl/…", or "../…", as an entry name. */
    private static String resoudre(String dossier, String cible) {
        String chemin = cible.startsWith("/") ? cible.substring(1) : dossier + cible;
        List<String> parties = new ArrayList<>();
        for (String p : chemin.split("/")) {
            if (p.equals("..")) {
                if (!parties.isEmpty()) {
                    parties.remove(parties.size() - 1);
                }
            } else if (!p.isEmpty() && !p.equals(".")) {
                parties.add(p);
            }
        }
        return String.join("/", parties);
    }

    /** OOXML escapes some characters as {@code _x000D_}. */
    private static String decoder(String texte) {
        if (texte.indexOf("_x") < 0) {
            return texte;
        }
        StringBuilder sortie = new StringBuilder(texte.length());
        int i = 0;
        while (i < texte.length()) {
            if (i + 7 <= texte.length() && texte.charAt(i) == '_' && texte.charAt(i + 1) == 'x'
                    && texte.charAt(i + 6) == '_' && texte.substring(i + 2, i + 6).matches("[0-9A-Fa-f]{4}")) {
                sortie.append((char) Integer.parseInt(texte.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                sortie.append(texte.charAt(i++));
            }
        }
        return sortie.toString();
    }

    private static FichierIllisibleException illisible(Throwable cause) {
        return new FichierIllisibleException(Motif.ILLISIBLE, texte("fichier.xlsxIllisible"), cause);
    }

    private static FichierIllisibleException cause(Throwable erreur) {
        for (Throwable t = erreur; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FichierIllisibleException f) {
                return f;
            }
            if (t instanceof DepassementIO d) {
                return d.refus;
            }
            if (t instanceof SAXException s && s.getException() instanceof FichierIllisibleException f) {
                return f;
            }
        }
        return null;
    }

    /** Carries a refusal through the XML parser, which only lets I/O exceptions out of a stream. */
    private static final class DepassementIO extends IOException {

        final transient FichierIllisibleException refus;

        DepassementIO(FichierIllisibleException refus) {
            super(refus.getMessage());
            this.refus = refus;
        }
    }
}

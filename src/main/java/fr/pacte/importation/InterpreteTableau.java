package fr.pacte.importation;

import fr.pacte.financement.rules.Colonne;
import fr.pacte.financement.rules.Groupes;
import fr.pacte.financement.rules.LigneDeclaree;
import fr.pacte.financement.rules.LigneDetail;
import fr.pacte.financement.rules.MessagesConstats;
import fr.pacte.financement.Sommes;
import fr.pacte.financement.rules.TableauSaisi;
import fr.pacte.shared.Libelles;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the rows of a file into a {@link TableauSaisi}, following contracts/tableau-financier.md: header matching,
 * detail and declared rows, and what each declared row covers (axes named in its Axe cell; since the previous
 * declared row of its section for a "Sous total"; its section for a "Total" with a Section cell; everything for
 * the grand total). A Section or Axe cell left empty on a detail row takes the value of the detail row above, as a
 * merged cell would (R-IMP-13); the Axe is not carried across a declared row or a change of section.
 */
final class InterpreteTableau {

    /** "Sous total", "Sous-total", "S/total", "Total", "Totaux", in any case and with any accents. */
    private static final Pattern MOT_CLE = Pattern.compile("^(sous[\\s-]*|s\\s*/\\s*)?tota(?:l|ux|ls|le|les)(?![a-z0-9])");
    private static final Pattern SEPARATEURS_AXES = Pattern.compile("\\s*(?:\\+|,|;|&|/|\\bet\\b)\\s*");

    private enum Entete {
        SECTION("section", "Section"), AXE("axe", "Axe"), FICHE("fiche", "Fiche"), INTITULE("intitule", "Intitulé"),
        ETAT("etat", "État"), DEPARTEMENT("departement", "Département"), ANNEE("annee", "Année"),
        AUTRES("autres", "Autres"), REPORT("report", "Report"), TOTAL("total", "Total");

        private final String normalise;
        private final String libelle;

        Entete(String normalise, String libelle) {
            this.normalise = normalise;
            this.libelle = libelle;
        }

        boolean obligatoire() {
            return this == FICHE || this == INTITULE || this == ETAT || this == DEPARTEMENT;
        }
    }

    private static final Map<Entete, Colonne> COLONNES = Map.of(Entete.ETAT, Colonne.ETAT,
            Entete.DEPARTEMENT, Colonne.DEPARTEMENT, Entete.AUTRES, Colonne.AUTRES, Entete.REPORT, Colonne.REPORT,
            Entete.TOTAL, Colonne.TOTAL);

    private final Map<Entete, Integer> colonnes = new EnumMap<>(Entete.class);
    private final List<String> colonnesIgnorees = new ArrayList<>();
    private final List<LigneDetail> details = new ArrayList<>();
    private final List<Brouillon> brouillons = new ArrayList<>();
    private final Map<Integer, String> annees = new HashMap<>();

    /** A declared row before its coverage is known. */
    private record Brouillon(int ligne, boolean sous, String axe, String section, String sectionEffective,
            int detailsAvant, Map<Colonne, BigDecimal> declares, Map<Colonne, String> illisibles) {
    }

    private InterpreteTableau() {
    }

    static TableauLu interpreter(List<LigneBrute> lignes) {
        if (lignes.isEmpty()) {
            throw new TableauIllisibleException(LecteurTableau.message("tableau.fichier.vide"));
        }
        InterpreteTableau interprete = new InterpreteTableau();
        interprete.entete(lignes.get(0));
        interprete.lignes(lignes.subList(1, lignes.size()));
        return new TableauLu(new TableauSaisi(interprete.details, interprete.declarees()),
                interprete.colonnesIgnorees, interprete.annees);
    }

    private void entete(LigneBrute entete) {
        for (int i = 0; i < entete.cellules().size(); i++) {
            String texte = entete.cellule(i).texte();
            String normalise = Libelles.normaliser(texte);
            Optional<Entete> connu = java.util.Arrays.stream(Entete.values())
                    .filter(e -> e.normalise.equals(normalise)).findFirst();
            if (connu.isPresent() && !colonnes.containsKey(connu.get())) {
                colonnes.put(connu.get(), i);
            } else if (!Libelles.vide(texte)) {
                colonnesIgnorees.add(texte.strip());
            }
        }
        String manquantes = java.util.Arrays.stream(Entete.values())
                .filter(e -> e.obligatoire() && !colonnes.containsKey(e))
                .map(e -> "« " + e.libelle + " »").collect(Collectors.joining(", "));
        if (!manquantes.isEmpty()) {
            throw new TableauIllisibleException(
                    LecteurTableau.message("tableau.colonnesManquantes", entete.numero(), manquantes));
        }
    }

    private void lignes(List<LigneBrute> lignes) {
        String section = null;
        String axe = null;
        boolean precedenteDetail = false;
        for (LigneBrute ligne : lignes) {
            String fiche = texte(ligne, Entete.FICHE);
            String intitule = texte(ligne, Entete.INTITULE);
            String celluleAxe = texte(ligne, Entete.AXE);
            String celluleSection = texte(ligne, Entete.SECTION);
            Optional<Matcher> motCle = Libelles.vide(fiche) ? motCle(intitule).or(() -> motCle(celluleAxe))
                    : Optional.empty();
            if (motCle.isPresent()) {
                String sectionDeclaree = Libelles.vide(celluleSection) ? section : celluleSection.strip();
                Map<Colonne, BigDecimal> declares = new EnumMap<>(Colonne.class);
                Map<Colonne, String> illisibles = new EnumMap<>(Colonne.class);
                COLONNES.forEach((entete, colonne) -> montant(ligne, entete).ifPresent(lu -> {
                    if (lu.illisible() != null) {
                        illisibles.put(colonne, lu.illisible());
                    } else {
                        declares.put(colonne, lu.montant());
                    }
                }));
                brouillons.add(new Brouillon(ligne.numero(), motCle.get().group(1) != null, celluleAxe,
                        celluleSection, sectionDeclaree, details.size(), declares, illisibles));
                precedenteDetail = false;
                continue;
            }
            String sectionPrecedente = section;
            if (!Libelles.vide(celluleSection)) {
                section = celluleSection.strip();
            }
            boolean memeSection = Objects.equals(Libelles.normaliser(section), Libelles.normaliser(sectionPrecedente));
            if (!Libelles.vide(celluleAxe)) {
                axe = celluleAxe.strip();
            } else if (!precedenteDetail || !memeSection) {
                axe = null;
            }
            details.add(detail(ligne, section, axe, fiche, intitule));
            String annee = texte(ligne, Entete.ANNEE);
            if (!Libelles.vide(annee)) {
                annees.put(ligne.numero(), annee.strip());
            }
            precedenteDetail = true;
        }
    }

    private LigneDetail detail(LigneBrute ligne, String section, String axe, String fiche, String intitule) {
        Sommes montants = Sommes.ZERO;
        BigDecimal totalDeclare = null;
        Map<Colonne, String> illisibles = new EnumMap<>(Colonne.class);
        for (Map.Entry<Entete, Colonne> e : COLONNES.entrySet()) {
            Optional<Lu> lu = montant(ligne, e.getKey());
            if (lu.isPresent() && lu.get().illisible() != null) {
                illisibles.put(e.getValue(), lu.get().illisible());
            } else if (e.getValue() == Colonne.TOTAL) {
                totalDeclare = lu.map(Lu::montant).orElse(null);
            } else if (lu.isPresent()) {
                montants = e.getValue().ajouter(montants, lu.get().montant());
            }
        }
        return new LigneDetail(ligne.numero(), section, axe, Libelles.vide(fiche) ? null : fiche.strip(),
                Libelles.vide(intitule) ? null : intitule.strip(), montants, totalDeclare, illisibles);
    }

    /** An amount cell: empty Optional when blank; otherwise the amount, or the text that could not be read. */
    private record Lu(BigDecimal montant, String illisible) {
    }

    private Optional<Lu> montant(LigneBrute ligne, Entete entete) {
        Integer index = colonnes.get(entete);
        if (index == null) {
            return Optional.empty();
        }
        Cellule cellule = ligne.cellule(index);
        if (cellule.nombre() != null) {
            return Optional.of(new Lu(cellule.nombre(), null));
        }
        if (cellule.pasUnMontant()) {
            return Optional.of(new Lu(null, cellule.texte()));
        }
        try {
            return Montants.parse(cellule.texte()).map(m -> new Lu(m, null));
        } catch (Montants.MontantInvalideException e) {
            return Optional.of(new Lu(null, cellule.texte()));
        }
    }

    private String texte(LigneBrute ligne, Entete entete) {
        Integer index = colonnes.get(entete);
        if (index == null) {
            return null;
        }
        Cellule cellule = ligne.cellule(index);
        return entete == Entete.AXE || entete == Entete.SECTION ? cellule.texteOuHerite() : cellule.texte();
    }

    private static Optional<Matcher> motCle(String texte) {
        Matcher m = MOT_CLE.matcher(Libelles.normaliser(texte));
        return m.find() ? Optional.of(m) : Optional.empty();
    }

    private List<LigneDeclaree> declarees() {
        Map<String, String> libellesAxes = new LinkedHashMap<>();
        for (LigneDetail d : details) {
            if (d.axe() != null) {
                libellesAxes.putIfAbsent(Libelles.normaliser(d.axe()), d.axe());
            }
        }
        List<LigneDeclaree> declarees = new ArrayList<>();
        Map<String, Integer> derniereParSection = new HashMap<>();
        for (Brouillon b : brouillons) {
            String cleSection = Libelles.normaliser(b.sectionEffective());
            Set<String> axes = axesNommes(b.axe(), libellesAxes);
            List<LigneDetail> couvertes;
            LigneDeclaree.Genre genre;
            String sujet;
            if (!axes.isEmpty()) {
                couvertes = details.stream().filter(d -> d.axe() != null && axes.contains(Libelles.normaliser(d.axe())))
                        .toList();
                genre = LigneDeclaree.Genre.SOUS_TOTAL;
                sujet = Groupes.noms(axes.stream().map(libellesAxes::get).toList());
            } else if (b.sous()) {
                int depuis = derniereParSection.getOrDefault(cleSection, 0);
                couvertes = details.subList(depuis, b.detailsAvant()).stream()
                        .filter(d -> Libelles.normaliser(d.section()).equals(cleSection)).toList();
                genre = LigneDeclaree.Genre.SOUS_TOTAL;
                sujet = sujet(couvertes, b);
            } else if (!Libelles.vide(b.section())) {
                String cle = Libelles.normaliser(b.section());
                couvertes = details.stream().filter(d -> Libelles.normaliser(d.section()).equals(cle)).toList();
                genre = LigneDeclaree.Genre.TOTAL_SECTION;
                sujet = MessagesConstats.texte("groupe.section", b.section().strip());
            } else {
                couvertes = details;
                genre = LigneDeclaree.Genre.TOTAL_GENERAL;
                sujet = "";
            }
            derniereParSection.put(cleSection, b.detailsAvant());
            declarees.add(new LigneDeclaree(b.ligne(), genre, sujet, couvertes, b.declares(), b.illisibles()));
        }
        return declarees;
    }

    /** "3", "Axe 3", "4+5", "4 et 5", or labels of axes used by detail rows; the total keyword itself is skipped. */
    private static Set<String> axesNommes(String cellule, Map<String, String> libellesAxes) {
        String texte = Libelles.normaliser(cellule);
        Matcher m = MOT_CLE.matcher(texte);
        if (m.find()) {
            texte = texte.substring(m.end());
        }
        texte = texte.replaceAll("^[\\s:\\-–]+", "").strip();
        Set<String> axes = new LinkedHashSet<>();
        if (texte.isEmpty()) {
            return axes;
        }
        if (libellesAxes.containsKey(texte)) {
            axes.add(texte);
            return axes;
        }
        for (String partie : SEPARATEURS_AXES.split(texte)) {
            if (partie.isBlank()) {
                continue;
            }
            if (libellesAxes.containsKey(partie)) {
                axes.add(partie);
                continue;
            }
            Groupes.reference(partie).filter(Groupes.Reference::complet).ifPresent(r -> libellesAxes.keySet().stream()
                    .filter(libelle -> Groupes.reference(libelle).filter(l -> l.numero().equals(r.numero())).isPresent())
                    .forEach(axes::add));
        }
        return axes;
    }

    /** "de l'axe 3" when the rows share one axe, else their section, else the line of the declared row. */
    private static String sujet(List<LigneDetail> couvertes, Brouillon b) {
        Map<String, String> axes = new LinkedHashMap<>();
        couvertes.forEach(d -> axes.putIfAbsent(Libelles.normaliser(d.axe()), d.axe()));
        if (axes.size() == 1 && axes.values().iterator().next() != null) {
            return Groupes.nom(axes.values().iterator().next());
        }
        if (!couvertes.isEmpty() && b.sectionEffective() != null) {
            return MessagesConstats.texte("groupe.section", b.sectionEffective());
        }
        return MessagesConstats.texte("sujet.ligne", b.ligne());
    }
}

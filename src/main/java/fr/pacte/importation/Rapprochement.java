package fr.pacte.importation;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.financement.Sommes;
import fr.pacte.financement.rules.Colonne;
import fr.pacte.financement.rules.DonneesFinancieres;
import fr.pacte.financement.rules.DonneesFinancieres.Axe;
import fr.pacte.financement.rules.DonneesFinancieres.Champ;
import fr.pacte.financement.rules.DonneesFinancieres.Fiche;
import fr.pacte.financement.rules.Groupes;
import fr.pacte.financement.rules.Lieu;
import fr.pacte.financement.rules.LigneDeclaree;
import fr.pacte.financement.rules.LigneDetail;
import fr.pacte.financement.rules.MessagesConstats;
import fr.pacte.financement.rules.MultiAxeRule;
import fr.pacte.financement.rules.SousTotalRule;
import fr.pacte.shared.Libelles;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.util.ArrayList;
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
 * R-IMP-8 Matches the detail rows of an imported tableau financier with a convention: fiches by number ("9", "FA15",
 * "Fiche 3"), axes and volets by number or label within the fiche's champ (the Section column names the champ when a
 * row has no fiche). A row that matches nothing, an axe the fiche is not allocated to (R-FIN-6), another year or a
 * champ that does not cover the exercice (R-DATE-1) is an ERREUR: nothing is saved. R-IMP-3: when a sub-total's gap
 * equals the stored amounts of a fiche of that axe that the table leaves out, a warning names it (fiche 14, FX-2).
 */
public final class Rapprochement {

    private static final Pattern PREFIXE_FICHE =
            Pattern.compile("^(fiche[- ]?action|fiche|action|fa)(?=[\\s\\d°n.:-])\\s*(n°|no|n)?\\s*[.:]?\\s*");
    private static final Map<String, String> TYPES = Map.of("axe", "AXE", "volet", "VOLET", "theme", "THEME",
            "section", "SECTION");

    /** The rows to store, and what prevents it or deserves a look. */
    public record Resultat(List<DonneesFinancieres.Rang> rangs, List<Constat> constats, List<FicheAbsente> absentes) {

        public Resultat(List<DonneesFinancieres.Rang> rangs, List<Constat> constats) {
            this(rangs, constats, List.of());
        }
    }

    /**
     * A fiche the file names and the convention lacks (FICHE_INCONNUE): its number and title as printed, and the axe
     * its row names when it names one ({@code axeId} null otherwise), so that a convention still being drafted may
     * create it once the user confirms (issue 9).
     */
    public record FicheAbsente(int ligne, String numero, String intitule, Long axeId) {
    }

    private final DonneesFinancieres convention;
    private final int annee;
    private final Map<String, Fiche> fichesParNumero = new HashMap<>();
    private final Map<String, Champ> champs = new LinkedHashMap<>();
    private final Map<Integer, Long> axeParLigne = new HashMap<>();
    private final List<Constat> constats = new ArrayList<>();
    private final List<DonneesFinancieres.Rang> rangs = new ArrayList<>();
    private final List<FicheAbsente> absentes = new ArrayList<>();
    private final Map<String, Fiche> fichesParCle = new HashMap<>();
    private final Set<String> numerosPartages = new HashSet<>();

    private Rapprochement(DonneesFinancieres convention, int annee, Map<String, Long> cles) {
        this.convention = convention;
        this.annee = annee;
        // R-IMP-8: a printed number names a fiche when it is the only one to bear it (a CALPAE socle "6" and an
        // initiative "6" are named by their keys S-6 and I-6).
        Map<String, Long> compte = convention.fiches().stream()
                .collect(Collectors.groupingBy(f -> cleFiche(f.numero()), Collectors.counting()));
        convention.fiches().stream().filter(f -> compte.get(cleFiche(f.numero())) == 1)
                .forEach(f -> fichesParNumero.put(cleFiche(f.numero()), f));
        compte.forEach((numero, n) -> {
            if (n > 1) {
                numerosPartages.add(numero);
            }
        });
        Map<Long, Fiche> parId = new HashMap<>();
        convention.fiches().forEach(f -> parId.put(f.id(), f));
        cles.forEach((cle, id) -> {
            if (parId.containsKey(id)) {
                fichesParCle.put(cleFiche(cle), parId.get(id));
            }
        });
        convention.champs().forEach(c -> champs.put(c.code(), c));
    }

    /**
     * @param constatsDuTableau the findings of the checks of the table itself, for the R-IMP-3 hint
     */
    public static Resultat rapprocher(TableauLu lu, DonneesFinancieres convention, int annee,
            List<Constat> constatsDuTableau) {
        return rapprocher(lu, convention, annee, constatsDuTableau, Map.of());
    }

    /** @param cles the key of each fiche (R-IMP-8), tried before its printed number */
    public static Resultat rapprocher(TableauLu lu, DonneesFinancieres convention, int annee,
            List<Constat> constatsDuTableau, Map<String, Long> cles) {
        Rapprochement rapprochement = new Rapprochement(convention, annee, cles);
        lu.tableau().details().forEach(l -> rapprochement.ligne(l, lu.annees().get(l.ligne())));
        rapprochement.indices(lu.tableau().declarees(), constatsDuTableau);
        return new Resultat(rapprochement.rangs, rapprochement.constats, rapprochement.absentes);
    }

    /** "FA15" → "15", "Fiche 3" → "3", "S-1.3" → "s-1.3", "Init. 1" → "init.1". */
    static String cleFiche(String numero) {
        String t = PREFIXE_FICHE.matcher(Libelles.normaliser(numero).replace(',', '.')).replaceFirst("");
        t = t.replaceAll("\\s+", "");
        return t.matches("\\d+") ? String.valueOf(Long.parseLong(t)) : t;
    }

    private void ligne(LigneDetail ligne, String anneeImprimee) {
        int n = ligne.ligne();
        if (anneeImprimee != null && !anneeImprimee.strip().equals(String.valueOf(annee))) {
            erreur("ANNEE", "R-DATE-1", ligne, MessagesConstats.texte("ANNEE", n, anneeImprimee, annee));
            return;
        }
        Fiche fiche = null;
        if (ligne.fiche() != null) {
            fiche = fichesParCle.getOrDefault(cleFiche(ligne.fiche()), fichesParNumero.get(cleFiche(ligne.fiche())));
            if (fiche == null && numerosPartages.contains(cleFiche(ligne.fiche()))) {
                erreur("FICHE_INCONNUE", "R-IMP-8", ligne, MessagesConstats.texte("FICHE_INCONNUE.partage", n,
                        ligne.fiche()));
                return;
            }
            if (fiche == null) {
                erreur("FICHE_INCONNUE", "R-IMP-8", ligne, MessagesConstats.texte("FICHE_INCONNUE", n, ligne.fiche()));
                int avant = constats.size();
                Optional<Axe> axe = Libelles.vide(ligne.axe()) && Libelles.vide(ligne.section()) ? Optional.empty()
                        : axe(ligne, null);
                while (constats.size() > avant) {
                    constats.remove(constats.size() - 1); // the axe is only looked up for the creation offer
                }
                absentes.add(new FicheAbsente(n, ligne.fiche().strip(), ligne.intitule(),
                        axe.map(Axe::id).orElse(null)));
                return;
            }
        }
        Optional<Axe> axe = axe(ligne, fiche);
        if (axe.isEmpty()) {
            return;
        }
        Champ champ = champs.get(axe.get().champ());
        if (champ != null && !champ.couvreExercice()) {
            erreur("EXERCICE", "R-DATE-1", ligne, MessagesConstats.texte("EXERCICE", n, champ.code(), annee));
            return;
        }
        if (fiche != null && !MultiAxeRule.surAxeAlloue(fiche.allocations().stream().map(a -> a.axeId()).toList(),
                axe.get().id())) {
            erreur("AXE_NON_ALLOUE", "R-FIN-6", ligne,
                    MessagesConstats.texte("AXE_NON_ALLOUE.import", n, fiche.numero(), axe.get().nom()));
            return;
        }
        axeParLigne.put(n, axe.get().id());
        rangs.add(new DonneesFinancieres.Rang(fiche == null ? null : fiche.id(), axe.get().id(), ligne.montants()));
    }

    private Optional<Axe> axe(LigneDetail ligne, Fiche fiche) {
        int n = ligne.ligne();
        List<Axe> candidats = candidats(ligne, fiche);
        String texte = ligne.axe();
        if (Libelles.vide(texte)) {
            if (fiche != null && fiche.allocations().size() == 1) {
                long id = fiche.allocations().get(0).axeId();
                return convention.axes().stream().filter(a -> a.id() == id).findFirst();
            }
            List<Axe> parSection = Libelles.vide(ligne.section()) ? List.of() : correspondances(ligne.section(), candidats);
            if (parSection.size() == 1) {
                return Optional.of(parSection.get(0));
            }
            if (fiche == null && ligne.montants().total().signum() == 0) {
                return Optional.empty(); // a title or spacer row: nothing to store
            }
            erreur("AXE_INCONNU", "R-IMP-8", ligne, fiche == null
                    ? MessagesConstats.texte("AXE_INCONNU.sansFiche", n)
                    : MessagesConstats.texte("AXE_INCONNU.absent", n, fiche.numero()));
            return Optional.empty();
        }
        List<Axe> trouves = correspondances(texte, candidats);
        if (trouves.size() == 1) {
            return Optional.of(trouves.get(0));
        }
        if (trouves.isEmpty()) {
            String perimetre = fiche == null ? MessagesConstats.texte("perimetre.convention")
                    : MessagesConstats.texte("perimetre.champ", fiche.champ());
            erreur("AXE_INCONNU", "R-IMP-8", ligne, MessagesConstats.texte("AXE_INCONNU", n, texte.strip(), perimetre));
        } else {
            String noms = trouves.stream().map(a -> a.champ() + " " + a.nom()).collect(Collectors.joining(", "));
            erreur("AXE_INCONNU", "R-IMP-8", ligne, MessagesConstats.texte("AXE_INCONNU.ambigu", n, texte.strip(), noms));
        }
        return Optional.empty();
    }

    /** The fiche's champ; without fiche, the champ named by the Section cell, else every champ. */
    private List<Axe> candidats(LigneDetail ligne, Fiche fiche) {
        if (fiche != null) {
            return convention.axes().stream().filter(a -> a.champ().equals(fiche.champ())).toList();
        }
        String section = Libelles.normaliser(ligne.section());
        if (!section.isEmpty()) {
            List<Champ> nommes = convention.champs().stream()
                    .filter(c -> section.equals(Libelles.normaliser(c.code()))
                            || Libelles.normaliser(c.libelle()).contains(section))
                    .toList();
            if (nommes.size() == 1) {
                return convention.axes().stream().filter(a -> a.champ().equals(nommes.get(0).code())).toList();
            }
        }
        return convention.axes();
    }

    private static List<Axe> correspondances(String texte, List<Axe> candidats) {
        String t = Libelles.normaliser(texte);
        List<Axe> exacts = candidats.stream().filter(a -> noms(a).contains(t)).toList();
        if (!exacts.isEmpty()) {
            return exacts;
        }
        Optional<Groupes.Reference> reference = Groupes.reference(t);
        if (reference.isEmpty()) {
            return List.of();
        }
        String type = reference.get().type() == null ? null : TYPES.get(reference.get().type());
        return candidats.stream()
                .filter(a -> reference.get().numero().equals(Libelles.normaliser(a.numero())))
                .filter(a -> type == null || type.equals(a.type()))
                .toList();
    }

    private static Set<String> noms(Axe axe) {
        Set<String> noms = new HashSet<>();
        noms.add(Libelles.normaliser(axe.libelle()));
        noms.add(Libelles.normaliser(axe.numero()));
        noms.add(Libelles.normaliser(axe.nom()));
        noms.add(Libelles.normaliser(axe.nom() + " " + axe.libelle()));
        noms.add(Libelles.normaliser(axe.nom() + " - " + axe.libelle()));
        noms.add(Libelles.normaliser(axe.nom() + " — " + axe.libelle()));
        noms.add(Libelles.normaliser(axe.nom() + " : " + axe.libelle()));
        noms.add(Libelles.normaliser(axe.nom().split(" ")[0] + " " + axe.libelle()));
        return noms;
    }

    private void erreur(String code, String regle, LigneDetail ligne, String message) {
        constats.add(new Constat(code, regle, Gravite.ERREUR, ligne.ligne(), null, null, ligne.axe(), ligne.fiche(),
                null, null, null, message));
    }

    /** R-IMP-3: a sub-total gap that is exactly a fiche of that axe left out of the table. */
    private void indices(List<LigneDeclaree> declarees, List<Constat> constatsDuTableau) {
        for (LigneDeclaree declaree : declarees) {
            Map<Colonne, BigDecimal> ecarts = new LinkedHashMap<>();
            constatsDuTableau.stream()
                    .filter(c -> SousTotalRule.CODE.equals(c.code()) && Objects.equals(c.ligne(), declaree.ligne()))
                    .forEach(c -> ecarts.put(Colonne.parCle(c.colonne()).orElse(Colonne.TOTAL), c.ecart()));
            Set<Long> axes = declaree.couvertes().stream().map(l -> axeParLigne.get(l.ligne()))
                    .collect(Collectors.toSet());
            if (ecarts.isEmpty() || axes.size() != 1 || axes.contains(null)) {
                continue;
            }
            long axeId = axes.iterator().next();
            Set<Long> presentes = rangs.stream().filter(r -> r.axeId() == axeId).map(DonneesFinancieres.Rang::ficheId)
                    .collect(Collectors.toSet());
            for (Fiche fiche : convention.fiches()) {
                boolean allouee = fiche.allocations().stream().anyMatch(a -> a.axeId() == axeId);
                if (!allouee || presentes.contains(fiche.id())) {
                    continue;
                }
                Sommes enregistre = Sommes.somme(convention.rangs().stream()
                        .filter(r -> Objects.equals(r.ficheId(), fiche.id()) && r.axeId() == axeId)
                        .map(DonneesFinancieres.Rang::montants).toList());
                boolean egal = enregistre.total().signum() != 0 && declaree.declares().keySet().stream()
                        .allMatch(c -> c.de(enregistre).compareTo(ecarts.getOrDefault(c, BigDecimal.ZERO)) == 0);
                if (egal) {
                    constats.add(indice(declaree, fiche, axeId, enregistre, ecarts.keySet()));
                }
            }
        }
    }

    private Constat indice(LigneDeclaree declaree, Fiche fiche, long axeId, Sommes enregistre, Set<Colonne> colonnes) {
        String nomAxe = convention.axes().stream().filter(a -> a.id() == axeId).map(Axe::nom).findFirst().orElse("");
        String montants = colonnes.stream()
                .map(c -> MessagesConstats.texte("montant.colonne", c.libelle(), Montants.format(c.de(enregistre))))
                .collect(Collectors.joining(", "));
        String message = MessagesConstats.texte("FICHE_ABSENTE", declaree.ligne(), fiche.numero(), fiche.intitule(),
                nomAxe, montants);
        Lieu lieu = new Lieu(declaree.ligne(), fiche.champ(), nomAxe, fiche.numero());
        return new Constat("FICHE_ABSENTE", "R-IMP-3", Gravite.AVERTISSEMENT, lieu.ligne(), null, lieu.champ(),
                lieu.axe(), lieu.fiche(), null, null, null, message);
    }
}

package fr.pacte.financement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The tableau financier of one exercice in the annexe 2 layout (DOMAIN.md §7.1): per champ, per axe (or volet), one
 * row per fiche allocated to the axe with that axe's amounts (a multi-axis fiche appears under each of its axes,
 * R-FIN-6), the axe sub-total, the champ total and the TOTAL FINANCIER. Every figure is a sum of lines; the grand
 * total sums detail rows, never sub-totals (R-FIN-3). Axes form a tree (a CALPAE section "Socle" and its thèmes,
 * contracts/convention.md): every axe has its sub-total, a parent's is its own rows plus its children's, and the champ
 * total adds the roots only, so that no row counts twice.
 */
public record TableauFinancier(int annee, List<BlocChamp> champs, Sommes totaux) {

    public record BlocChamp(Long champId, String code, String libelle, List<BlocAxe> axes, Sommes totaux) {
    }

    /**
     * An axe in reading order (a parent before its children): its own rows and its sub-total (own rows and
     * children's). {@code niveau} 0 for a root; {@code parent} the parent's number; {@code aDesEnfants} when a child
     * axe is printed below it; {@code fermetures} the parents whose last descendant this axe is: their sub-totals are
     * printed after this axe's, innermost first.
     */
    public record BlocAxe(Long axeId, String type, String numero, String libelle, List<Ligne> lignes, Sommes totaux,
            String parent, int niveau, boolean aDesEnfants, List<BlocAxe> fermetures) {
    }

    /** A row: {@code ficheId} and {@code fiche} are null for an envelope line without fiche (FT volet 1). */
    public record Ligne(Long ficheId, String fiche, String intitule, Sommes montants, String justification) {
    }

    /** What the table is built on: the champs of the convention with their axes and the fiches allocated to each. */
    public record StructureChamp(Long id, String code, String libelle, boolean couvreExercice, List<StructureAxe> axes) {
    }

    /** An axe of the structure, in reading order; {@code parentId} its parent in the champ's tree, or null. */
    public record StructureAxe(Long id, String type, String numero, String libelle, List<StructureFiche> fiches,
            Long parentId) {

        public StructureAxe(Long id, String type, String numero, String libelle, List<StructureFiche> fiches) {
            this(id, type, numero, libelle, fiches, null);
        }
    }

    public record StructureFiche(Long id, String numero, String libelle) {
    }

    static final String SANS_FICHE = "Enveloppe hors fiche-action";

    /** Whether any row of the table carries carried-over credits (the Loiret layout adds a Report column). */
    public boolean avecReport() {
        return totaux.report().signum() != 0;
    }

    public static TableauFinancier construire(int annee, List<StructureChamp> structure, List<LigneFinancement> lignes) {
        Map<Long, StructureFiche> fiches = new LinkedHashMap<>();
        structure.forEach(c -> c.axes().forEach(a -> a.fiches().forEach(f -> fiches.put(f.id(), f))));
        List<LigneFinancement> deLAnnee = lignes.stream().filter(l -> l.getExercice() == annee).toList();
        List<BlocChamp> blocs = new ArrayList<>();
        Sommes total = Sommes.ZERO;
        for (StructureChamp champ : structure) {
            List<BlocAxe> axes = arbre(champ.axes(), deLAnnee, fiches);
            boolean aDesMontants = axes.stream().anyMatch(a -> a.totaux().total().signum() != 0);
            if (axes.isEmpty() || (!champ.couvreExercice() && !aDesMontants)) {
                continue;
            }
            Sommes totalChamp = axes.stream().filter(a -> a.niveau() == 0).map(BlocAxe::totaux)
                    .reduce(Sommes.ZERO, Sommes::plus);
            blocs.add(new BlocChamp(champ.id(), champ.code(), champ.libelle(), axes, totalChamp));
            total = total.plus(totalChamp);
        }
        return new TableauFinancier(annee, blocs, total);
    }

    /**
     * The printed axes of a champ: an axe with neither row nor printed child (FT volet 3, DOMAIN.md Q16) is left out;
     * sub-totals add each axe's rows to its children's.
     */
    private static List<BlocAxe> arbre(List<StructureAxe> axes, List<LigneFinancement> lignes,
            Map<Long, StructureFiche> fiches) {
        Map<Long, StructureAxe> parId = new LinkedHashMap<>();
        axes.forEach(a -> parId.put(a.id(), a));
        Map<Long, List<Ligne>> propres = new LinkedHashMap<>();
        axes.forEach(a -> propres.put(a.id(), rangees(a, lignes, fiches)));
        Map<Long, Sommes> totaux = new LinkedHashMap<>();
        Map<Long, Boolean> imprime = new LinkedHashMap<>();
        for (int i = axes.size() - 1; i >= 0; i--) { // children come after their parent: fold them back up
            StructureAxe axe = axes.get(i);
            Sommes s = propres.get(axe.id()).stream().map(Ligne::montants).reduce(Sommes.ZERO, Sommes::plus);
            boolean enfantImprime = false;
            for (StructureAxe enfant : enfants(axes, axe.id())) {
                s = s.plus(totaux.get(enfant.id()));
                enfantImprime |= imprime.get(enfant.id());
            }
            totaux.put(axe.id(), s);
            imprime.put(axe.id(), !propres.get(axe.id()).isEmpty() || enfantImprime);
        }
        Map<Long, BlocAxe> simples = new LinkedHashMap<>();
        for (StructureAxe axe : axes) {
            if (!imprime.get(axe.id())) {
                continue;
            }
            boolean aDesEnfants = enfants(axes, axe.id()).stream().anyMatch(e -> imprime.get(e.id()));
            StructureAxe parent = axe.parentId() == null ? null : parId.get(axe.parentId());
            simples.put(axe.id(), new BlocAxe(axe.id(), axe.type(), axe.numero(), axe.libelle(),
                    propres.get(axe.id()), totaux.get(axe.id()), parent == null ? null : parent.numero(),
                    niveau(axe, parId), aDesEnfants, List.of()));
        }
        List<Long> ordre = new ArrayList<>(simples.keySet());
        List<BlocAxe> resultat = new ArrayList<>();
        for (int i = 0; i < ordre.size(); i++) {
            BlocAxe bloc = simples.get(ordre.get(i));
            int niveauSuivant = i + 1 < ordre.size() ? simples.get(ordre.get(i + 1)).niveau() : 0;
            List<BlocAxe> fermetures = new ArrayList<>();
            for (Long p = parId.get(bloc.axeId()).parentId(); p != null && simples.containsKey(p); p = parId.get(p)
                    .parentId()) {
                if (simples.get(p).niveau() >= niveauSuivant) {
                    fermetures.add(simples.get(p));
                }
            }
            resultat.add(new BlocAxe(bloc.axeId(), bloc.type(), bloc.numero(), bloc.libelle(), bloc.lignes(),
                    bloc.totaux(), bloc.parent(), bloc.niveau(), bloc.aDesEnfants(), fermetures));
        }
        return resultat;
    }

    private static List<StructureAxe> enfants(List<StructureAxe> axes, Long id) {
        return axes.stream().filter(a -> Objects.equals(a.parentId(), id)).toList();
    }

    private static int niveau(StructureAxe axe, Map<Long, StructureAxe> parId) {
        int niveau = 0;
        for (Long p = axe.parentId(); p != null && parId.containsKey(p) && niveau < parId.size(); p = parId.get(p)
                .parentId()) {
            niveau++;
        }
        return niveau;
    }

    private static List<Ligne> rangees(StructureAxe axe, List<LigneFinancement> lignes,
            Map<Long, StructureFiche> fiches) {
        Map<Long, Sommes> parFiche = new LinkedHashMap<>();
        Map<Long, String> justifications = new LinkedHashMap<>();
        Sommes horsFiche = null;
        for (LigneFinancement ligne : lignes) {
            if (!Objects.equals(ligne.getAxeId(), axe.id())) {
                continue;
            }
            if (ligne.getFicheId() == null) {
                horsFiche = (horsFiche == null ? Sommes.ZERO : horsFiche).plus(ligne);
            } else {
                parFiche.merge(ligne.getFicheId(), Sommes.ZERO.plus(ligne), Sommes::plus);
                if (ligne.getJustification() != null) {
                    justifications.putIfAbsent(ligne.getFicheId(), ligne.getJustification());
                }
            }
        }
        List<Ligne> rangees = new ArrayList<>();
        for (StructureFiche fiche : axe.fiches()) {
            Sommes sommes = parFiche.remove(fiche.id());
            rangees.add(new Ligne(fiche.id(), fiche.numero(), fiche.libelle(), sommes == null ? Sommes.ZERO : sommes,
                    justifications.get(fiche.id())));
        }
        // Lines of a fiche on an axe it is no longer allocated to still count: money is never hidden.
        parFiche.forEach((ficheId, sommes) -> {
            StructureFiche fiche = fiches.getOrDefault(ficheId, new StructureFiche(ficheId, "?", "?"));
            rangees.add(new Ligne(ficheId, fiche.numero(), fiche.libelle(), sommes, justifications.get(ficheId)));
        });
        if (horsFiche != null) {
            rangees.add(new Ligne(null, null, SANS_FICHE, horsFiche, null));
        }
        return rangees;
    }
}

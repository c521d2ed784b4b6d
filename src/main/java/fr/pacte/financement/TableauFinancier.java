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
 * total sums detail rows, never sub-totals (R-FIN-3).
 */
public record TableauFinancier(int annee, List<BlocChamp> champs, Sommes totaux) {

    public record BlocChamp(Long champId, String code, String libelle, List<BlocAxe> axes, Sommes totaux) {
    }

    public record BlocAxe(Long axeId, String type, String numero, String libelle, List<Ligne> lignes, Sommes totaux) {
    }

    /** A row: {@code ficheId} and {@code fiche} are null for an envelope line without fiche (FT volet 1). */
    public record Ligne(Long ficheId, String fiche, String intitule, Sommes montants, String justification) {
    }

    /** What the table is built on: the champs of the convention with their axes and the fiches allocated to each. */
    public record StructureChamp(Long id, String code, String libelle, boolean couvreExercice, List<StructureAxe> axes) {
    }

    public record StructureAxe(Long id, String type, String numero, String libelle, List<StructureFiche> fiches) {
    }

    public record StructureFiche(Long id, String numero, String libelle) {
    }

    static final String SANS_FICHE = "Enveloppe hors fiche-action";

    public static TableauFinancier construire(int annee, List<StructureChamp> structure, List<LigneFinancement> lignes) {
        Map<Long, StructureFiche> fiches = new LinkedHashMap<>();
        structure.forEach(c -> c.axes().forEach(a -> a.fiches().forEach(f -> fiches.put(f.id(), f))));
        List<LigneFinancement> deLAnnee = lignes.stream().filter(l -> l.getExercice() == annee).toList();
        List<BlocChamp> blocs = new ArrayList<>();
        Sommes total = Sommes.ZERO;
        for (StructureChamp champ : structure) {
            List<BlocAxe> axes = new ArrayList<>();
            Sommes totalChamp = Sommes.ZERO;
            for (StructureAxe axe : champ.axes()) {
                BlocAxe bloc = blocAxe(axe, deLAnnee, fiches);
                if (bloc.lignes().isEmpty()) {
                    continue; // an axe with neither fiche nor money (FT volet 3, DOMAIN.md Q16) is not printed
                }
                axes.add(bloc);
                totalChamp = totalChamp.plus(bloc.totaux());
            }
            boolean aDesMontants = axes.stream().anyMatch(a -> a.totaux().total().signum() != 0);
            if (axes.isEmpty() || (!champ.couvreExercice() && !aDesMontants)) {
                continue;
            }
            blocs.add(new BlocChamp(champ.id(), champ.code(), champ.libelle(), axes, totalChamp));
            total = total.plus(totalChamp);
        }
        return new TableauFinancier(annee, blocs, total);
    }

    private static BlocAxe blocAxe(StructureAxe axe, List<LigneFinancement> lignes, Map<Long, StructureFiche> fiches) {
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
        Sommes totaux = rangees.stream().map(Ligne::montants).reduce(Sommes.ZERO, Sommes::plus);
        return new BlocAxe(axe.id(), axe.type(), axe.numero(), axe.libelle(), rangees, totaux);
    }
}

package fr.pacte.financement;

import fr.pacte.convention.CacheConventions;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.ChampLu;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the tableau financier of a convention's version for one exercice from its planned lines (stade PREVU). */
@Service
@Transactional(readOnly = true)
public class TableauFinancierService {

    private final LigneFinancementRepository lignes;
    private final CacheConventions cache;

    TableauFinancierService(LigneFinancementRepository lignes, CacheConventions cache) {
        this.lignes = lignes;
        this.cache = cache;
    }

    public TableauFinancier tableau(ConventionLue convention, int annee) {
        return cache.memoriser(convention, "tableau:" + annee, () -> TableauFinancier.construire(annee,
                structure(convention, annee), lignesPrevues(convention, annee)));
    }

    /** A convention without any planned amount (a PDI/PTI): its pages say so instead of showing zeros. */
    public boolean sansMontant(ConventionLue convention) {
        return cache.memoriser(convention, "sansMontant", () -> lignes.visiblesDeLaConvention(convention.id(),
                convention.version().numero(), Stade.PREVU).isEmpty());
    }

    /**
     * The header of the Report column (the Loiret layout, R-FIN-20): "Report 2019" for credits carried over from
     * exercice 2019 ("Report 2019-2020" for a July champ); "Reports" when the year's reports come from several.
     */
    public String libelleReport(ConventionLue convention, int annee) {
        return cache.memoriser(convention, "libelleReport:" + annee, () -> calculerLibelleReport(convention, annee));
    }

    private String calculerLibelleReport(ConventionLue convention, int annee) {
        java.util.Set<Integer> origines = new java.util.TreeSet<>();
        lignesPrevues(convention, annee).stream().filter(l -> l.getNature() == Nature.REPORT)
                .forEach(l -> origines.add(l.getExerciceOrigine() == null ? annee - 1 : l.getExerciceOrigine()));
        if (origines.size() > 1) {
            return fr.pacte.shared.Messages.texte("tableau.col.reports");
        }
        int origine = origines.isEmpty() ? annee - 1 : origines.iterator().next();
        return fr.pacte.shared.Messages.texte("tableau.col.reportDe", convention.libelleExercice(origine));
    }

    /** R-FIN-21: the plan only; executed and pre-notified lines are other facts. */
    List<LigneFinancement> lignesPrevues(ConventionLue convention, int annee) {
        return lignes.visibles(convention.id(), annee, convention.version().numero(), Stade.PREVU);
    }

    /** The champs, axes and allocated fiches of the snapshot, in the annexe 2 order. */
    public static List<TableauFinancier.StructureChamp> structure(ConventionLue convention, int annee) {
        List<TableauFinancier.StructureChamp> champs = new ArrayList<>();
        for (ChampLu champ : convention.champs()) {
            List<TableauFinancier.StructureAxe> axes = new ArrayList<>();
            for (AxeLu axe : champ.axes()) {
                List<TableauFinancier.StructureFiche> ficheDeLAxe = convention.fichesDeLAxe(axe.id()).stream()
                        .map(f -> new TableauFinancier.StructureFiche(f.id(), f.numero(), f.libelleAnnexe()))
                        .toList();
                axes.add(new TableauFinancier.StructureAxe(axe.id(), axe.type().getLibelle(), axe.numero(),
                        axe.libelle(), ficheDeLAxe, axe.parentId()));
            }
            champs.add(new TableauFinancier.StructureChamp(champ.id(), champ.code(), champ.libelle(),
                    champ.couvre(annee), axes));
        }
        return champs;
    }
}

package fr.pacte.financement;

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

    TableauFinancierService(LigneFinancementRepository lignes) {
        this.lignes = lignes;
    }

    public TableauFinancier tableau(ConventionLue convention, int annee) {
        return TableauFinancier.construire(annee, structure(convention, annee), lignesPrevues(convention, annee));
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
                        axe.libelle(), ficheDeLAxe));
            }
            champs.add(new TableauFinancier.StructureChamp(champ.id(), champ.code(), champ.libelle(),
                    champ.couvre(annee), axes));
        }
        return champs;
    }
}

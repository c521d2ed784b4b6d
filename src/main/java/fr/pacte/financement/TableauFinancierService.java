package fr.pacte.financement;

import fr.pacte.convention.AllocationAxe;
import fr.pacte.convention.Axe;
import fr.pacte.convention.Champ;
import fr.pacte.convention.Convention;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.FicheAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the tableau financier of a visible convention for one exercice from its stored lines. */
@Service
@Transactional(readOnly = true)
public class TableauFinancierService {

    private final ConventionService conventions;
    private final LigneFinancementRepository lignes;

    TableauFinancierService(ConventionService conventions, LigneFinancementRepository lignes) {
        this.conventions = conventions;
        this.lignes = lignes;
    }

    public TableauFinancier tableau(Long conventionId, int annee) {
        Convention convention = conventions.convention(conventionId);
        return TableauFinancier.construire(annee, structure(convention, annee),
                lignes.findByConventionIdAndExercice(conventionId, annee));
    }

    /** The champs, axes and allocated fiches of a convention, in the annexe 2 order. */
    public List<TableauFinancier.StructureChamp> structure(Convention convention, int annee) {
        List<FicheAction> fiches = conventions.fiches(convention);
        List<TableauFinancier.StructureChamp> champs = new ArrayList<>();
        for (Champ champ : convention.getChamps()) {
            List<TableauFinancier.StructureAxe> axes = new ArrayList<>();
            for (Axe axe : champ.getAxes()) {
                List<TableauFinancier.StructureFiche> ficheDeLAxe = fiches.stream()
                        .filter(f -> f.getAllocations().stream().map(AllocationAxe::getAxe)
                                .anyMatch(a -> Objects.equals(a.getId(), axe.getId())))
                        .map(f -> new TableauFinancier.StructureFiche(f.getId(), f.getNumero(), f.getLibelleAnnexe()))
                        .toList();
                axes.add(new TableauFinancier.StructureAxe(axe.getId(), axe.getType().getLibelle(), axe.getNumero(),
                        axe.getLibelle(), ficheDeLAxe));
            }
            champs.add(new TableauFinancier.StructureChamp(champ.getId(), champ.getCode(), champ.getLibelle(),
                    champ.couvre(annee), axes));
        }
        return champs;
    }
}

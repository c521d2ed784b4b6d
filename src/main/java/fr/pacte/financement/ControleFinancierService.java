package fr.pacte.financement;

import fr.pacte.controle.Constat;
import fr.pacte.controle.VerificationConvention;
import fr.pacte.convention.AllocationAxe;
import fr.pacte.convention.Axe;
import fr.pacte.convention.Champ;
import fr.pacte.convention.Convention;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.FicheAction;
import fr.pacte.financement.rules.Colonne;
import fr.pacte.financement.rules.DonneesFinancieres;
import fr.pacte.financement.rules.MoteurControles;
import fr.pacte.financement.rules.PariteRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money checks of a convention's stored figures (R-FIN): gathers what the rules need (the year's tableau
 * financier, the envelopes written in the articles, the figures printed elsewhere) and runs the rules engine.
 */
@Service
@Transactional(readOnly = true)
public class ControleFinancierService implements VerificationConvention {

    /** An envelope not yet notified (2025-2026 solidarités, fixed by avenant) is not compared with lines (Q22). */
    private static final String PREVISIONNEL = "PREVISIONNEL";

    private final ConventionService conventions;
    private final TableauFinancierService tableaux;
    private final MontantConventionnelRepository montants;
    private final ChiffreDeclareRepository chiffres;
    private final LigneFinancementRepository lignes;
    private final MoteurControles moteur = new MoteurControles();

    ControleFinancierService(ConventionService conventions, TableauFinancierService tableaux,
            MontantConventionnelRepository montants, ChiffreDeclareRepository chiffres,
            LigneFinancementRepository lignes) {
        this.conventions = conventions;
        this.tableaux = tableaux;
        this.montants = montants;
        this.chiffres = chiffres;
        this.lignes = lignes;
    }

    @Override
    public List<Constat> constats(Long conventionId, int annee) {
        return moteur.controler(donnees(conventionId, annee));
    }

    /** A visible convention's money for one exercice, as plain data for the rules (404 outside the périmètre). */
    public DonneesFinancieres donnees(Long conventionId, int annee) {
        Convention convention = conventions.convention(conventionId);
        Map<Long, String> codesChamps = new HashMap<>();
        List<DonneesFinancieres.Champ> champs = new ArrayList<>();
        List<DonneesFinancieres.Axe> axes = new ArrayList<>();
        for (Champ champ : convention.getChamps()) {
            codesChamps.put(champ.getId(), champ.getCode());
            champs.add(new DonneesFinancieres.Champ(champ.getCode(), champ.getLibelle(), parite(champ),
                    champ.couvre(annee)));
            for (Axe axe : champ.getAxes()) {
                axes.add(new DonneesFinancieres.Axe(axe.getId(), champ.getCode(), axe.getType().name(),
                        axe.getNumero(), axe.getLibelle(), axe.isPariteApplicable()));
            }
        }
        List<DonneesFinancieres.Fiche> fiches = conventions.fiches(conventionId).stream()
                .map(f -> new DonneesFinancieres.Fiche(f.getId(), f.getNumero(), f.getChamp().getCode(),
                        f.getLibelleAnnexe() != null ? f.getLibelleAnnexe() : f.getIntitule(), allocations(f)))
                .toList();
        List<DonneesFinancieres.Rang> rangs = new ArrayList<>();
        TableauFinancier.construire(annee, tableaux.structure(convention, annee),
                lignes.findByConventionIdAndExercice(conventionId, annee)).champs().forEach(c -> c.axes().forEach(a -> a.lignes().forEach(l ->
                rangs.add(new DonneesFinancieres.Rang(l.ficheId(), a.axeId(), l.montants())))));
        List<DonneesFinancieres.EnveloppeEcrite> enveloppes = montants.findByConventionId(conventionId).stream()
                .filter(m -> m.getExercice() == annee && m.getFinanceur() == Financeur.ETAT)
                .filter(m -> !PREVISIONNEL.equals(m.getStatut()))
                .map(m -> new DonneesFinancieres.EnveloppeEcrite(codesChamps.get(m.getChampId()), m.getAxeId(),
                        m.getMontant(), m.getMontantEnLettres()))
                .toList();
        List<DonneesFinancieres.ChiffreEcrit> ecrits = chiffres.findByConventionId(conventionId).stream()
                .filter(c -> c.getExercice() == null || c.getExercice() == annee)
                .map(c -> new DonneesFinancieres.ChiffreEcrit(c.getFicheId(), c.getAxeId(), c.getCode(),
                        Colonne.parCle(c.getColonne()).orElse(null), c.getValeur()))
                .toList();
        return new DonneesFinancieres(annee, champs, axes, fiches, rangs, enveloppes, ecrits, List.of(), List.of());
    }

    private static PariteRule.Parametres parite(Champ champ) {
        return new PariteRule.Parametres(PariteRule.Portee.valueOf(champ.getParitePortee()),
                PariteRule.Base.valueOf(champ.getPariteBase()), champ.getPariteSeuil());
    }

    private static List<DonneesFinancieres.Allocation> allocations(FicheAction fiche) {
        return fiche.getAllocations().stream()
                .map((AllocationAxe a) -> new DonneesFinancieres.Allocation(a.getAxe().getId(), a.getPartPourcent()))
                .toList();
    }
}

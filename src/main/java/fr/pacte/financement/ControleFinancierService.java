package fr.pacte.financement;

import fr.pacte.controle.Constat;
import fr.pacte.controle.VerificationConvention;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.financement.rules.Colonne;
import fr.pacte.financement.rules.DonneesFinancieres;
import fr.pacte.financement.rules.MoteurControles;
import fr.pacte.financement.rules.PariteRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money checks of a convention's stored figures (R-FIN): gathers what the rules need (the year's tableau
 * financier, the envelopes written in the articles, the figures printed elsewhere) and runs the rules engine.
 */
@org.springframework.stereotype.Service
@Transactional(readOnly = true)
public class ControleFinancierService implements VerificationConvention {

    /** An envelope not yet notified (2025-2026 solidarités, fixed by avenant) is not compared with lines (Q22). */
    private static final String PREVISIONNEL = "PREVISIONNEL";

    private final TableauFinancierService tableaux;
    private final MontantConventionnelRepository montants;
    private final ChiffreDeclareRepository chiffres;
    private final MoteurControles moteur = new MoteurControles();

    ControleFinancierService(TableauFinancierService tableaux, MontantConventionnelRepository montants,
            ChiffreDeclareRepository chiffres) {
        this.tableaux = tableaux;
        this.montants = montants;
        this.chiffres = chiffres;
    }

    @Override
    public List<Constat> constats(ConventionLue convention, int annee) {
        return moteur.controler(donnees(convention, annee));
    }

    /** A convention's money for one exercice in the snapshot's version, as plain data for the rules. */
    public DonneesFinancieres donnees(ConventionLue convention, int annee) {
        Map<Long, String> codesChamps = new HashMap<>();
        List<DonneesFinancieres.Champ> champs = new ArrayList<>();
        List<DonneesFinancieres.Axe> axes = new ArrayList<>();
        for (ChampLu champ : convention.champs()) {
            codesChamps.put(champ.id(), champ.code());
            champs.add(new DonneesFinancieres.Champ(champ.code(), champ.libelle(), parite(champ),
                    champ.couvre(annee)));
            for (AxeLu axe : champ.axes()) {
                axes.add(new DonneesFinancieres.Axe(axe.id(), champ.code(), axe.type().name(),
                        axe.numero(), axe.libelle(), axe.pariteApplicable()));
            }
        }
        List<DonneesFinancieres.Fiche> fiches = convention.fiches().stream()
                .map(f -> new DonneesFinancieres.Fiche(f.id(), f.numero(), f.champ().code(), f.libelleAnnexe(),
                        allocations(f)))
                .toList();
        List<DonneesFinancieres.Rang> rangs = new ArrayList<>();
        TableauFinancier.construire(annee, TableauFinancierService.structure(convention, annee),
                tableaux.lignesPrevues(convention, annee)).champs().forEach(c -> c.axes().forEach(a -> a.lignes()
                .forEach(l -> rangs.add(new DonneesFinancieres.Rang(l.ficheId(), a.axeId(), l.montants())))));
        List<DonneesFinancieres.EnveloppeEcrite> enveloppes = montants.visibles(convention.id(),
                        convention.version().numero()).stream()
                .filter(m -> m.getExercice() == annee && m.getFinanceur() == Financeur.ETAT)
                .filter(m -> !PREVISIONNEL.equals(m.getStatut()))
                .map(m -> new DonneesFinancieres.EnveloppeEcrite(codesChamps.get(m.getChampId()), m.getAxeId(),
                        m.getMontant(), m.getMontantEnLettres()))
                .toList();
        List<DonneesFinancieres.ChiffreEcrit> ecrits = chiffres.findByConventionId(convention.id()).stream()
                .filter(c -> c.getExercice() == null || c.getExercice() == annee)
                .map(c -> new DonneesFinancieres.ChiffreEcrit(c.getFicheId(), c.getAxeId(), c.getCode(),
                        Colonne.parCle(c.getColonne()).orElse(null), c.getValeur()))
                .toList();
        return new DonneesFinancieres(annee, champs, axes, fiches, rangs, enveloppes, ecrits, List.of(), List.of());
    }

    private static PariteRule.Parametres parite(ChampLu champ) {
        return new PariteRule.Parametres(PariteRule.Portee.valueOf(champ.paritePortee()),
                PariteRule.Base.valueOf(champ.pariteBase()), champ.pariteSeuil());
    }

    private static List<DonneesFinancieres.Allocation> allocations(FicheLue fiche) {
        return fiche.allocations().stream()
                .map(a -> new DonneesFinancieres.Allocation(a.axeId(), a.partPourcent()))
                .toList();
    }
}

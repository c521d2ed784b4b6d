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
import fr.pacte.financement.rules.Lieu;
import fr.pacte.financement.rules.MessagesConstats;
import fr.pacte.financement.rules.PariteRule;
import fr.pacte.financement.rules.TotauxDeclaresRule;
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
    private final TotauxDeclaresRule totauxDeclares = new TotauxDeclaresRule();

    ControleFinancierService(TableauFinancierService tableaux, MontantConventionnelRepository montants,
            ChiffreDeclareRepository chiffres) {
        this.tableaux = tableaux;
        this.montants = montants;
        this.chiffres = chiffres;
    }

    @Override
    public List<Constat> constats(ConventionLue convention, int annee) {
        DonneesFinancieres donnees = donnees(convention, annee);
        List<Constat> constats = new ArrayList<>(moteur.controler(donnees));
        constats.addAll(totauxDeclares.verifier(totauxDeclares(convention, donnees)));
        return constats;
    }

    /**
     * The sub-totals and totals printed in the convention's documents (declared figures about an axe, a union of
     * axes, a champ or the convention) with the sums computed from the year's rows; a parent axe covers its children.
     */
    private List<TotauxDeclaresRule.TotalDeclare> totauxDeclares(ConventionLue convention, DonneesFinancieres donnees) {
        List<TotauxDeclaresRule.TotalDeclare> resultat = new ArrayList<>();
        for (ChiffreDeclare c : chiffres.findByConventionId(convention.id())) {
            if ("FICHE".equals(c.getObjet()) || c.getFicheId() != null
                    || (c.getExercice() != null && c.getExercice() != donnees.exercice())) {
                continue;
            }
            ChampLu champ = c.getChampId() == null ? null : convention.champ(c.getChampId()).orElse(null);
            java.util.Set<Long> axes = new java.util.HashSet<>();
            List<String> noms = new ArrayList<>();
            if ("AXE".equals(c.getObjet()) && champ != null) {
                List<String> numeros = c.getAxesNumeros() != null ? List.of(c.getAxesNumeros().split(","))
                        : convention.axe(c.getAxeId()).map(a -> List.of(a.numero())).orElse(List.of());
                for (String numero : numeros) {
                    champ.axes().stream().filter(a -> a.numero().equals(numero.strip())).findFirst().ifPresent(a -> {
                        noms.add(a.type() == fr.pacte.convention.TypeAxe.AXE ? a.numero()
                                : a.type().getLibelle() + " " + a.numero());
                        descendants(convention, a.id(), axes);
                    });
                }
            } else if (champ != null) {
                champ.axes().forEach(a -> axes.add(a.id()));
            }
            boolean total = !"AXE".equals(c.getObjet());
            String sujet = total ? (champ == null ? MessagesConstats.texte("sujet.convention")
                    : MessagesConstats.texte("sujet.champ", champ.code()))
                    : noms.isEmpty() ? "?" : fr.pacte.financement.rules.Groupes.noms(noms);
            Colonne colonne = Colonne.parCle(c.getColonne()).orElse(Colonne.TOTAL);
            Sommes calcule = Sommes.somme(donnees.rangs().stream()
                    .filter(r -> total && champ == null || axes.contains(r.axeId()))
                    .map(DonneesFinancieres.Rang::montants).toList());
            resultat.add(new TotauxDeclaresRule.TotalDeclare(new Lieu(null, champ == null ? null : champ.code(),
                    noms.isEmpty() ? null : String.join("+", noms), null), total, sujet, colonne, c.getValeur(),
                    colonne.de(calcule)));
        }
        return resultat;
    }

    private static void descendants(ConventionLue convention, Long axeId, java.util.Set<Long> axes) {
        if (axes.add(axeId)) {
            convention.enfants(axeId).forEach(e -> descendants(convention, e.id(), axes));
        }
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

package fr.pacte.execution;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.financement.FinancementService;
import fr.pacte.financement.LigneFinancement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The execution screen of an exercice: for every fiche × axe of the champs covering it, the budget grid's columns
 * "Prévu" (the plan of the version in force on the exercice's last day) and "Exécuté" side by side, with the date and
 * piece of the row's executed lines.
 */
@Service
@Transactional(readOnly = true)
public class GrilleExecution {

    private final BilanFinancierService bilans;
    private final FinancementService financement;

    GrilleExecution(BilanFinancierService bilans, FinancementService financement) {
        this.bilans = bilans;
        this.financement = financement;
    }

    public record Rang(String champ, Long ficheId, String fiche, Long axeId, String axe, String intitule,
            Map<ColonneExecution, BigDecimal> prevu, Map<ColonneExecution, BigDecimal> execute, LocalDate date,
            String piece) {

        public BigDecimal prevu(ColonneExecution c) {
            return prevu.get(c);
        }

        public BigDecimal execute(ColonneExecution c) {
            return execute.get(c);
        }

        public String cle() {
            return ficheId + "-" + axeId;
        }
    }

    public List<Rang> rangs(Long conventionId, int exercice) {
        ConventionLue plan = bilans.planDeLExercice(conventionId, exercice);
        List<LigneFinancement> prevues = financement.lignesPrevuesDeLExercice(plan, exercice);
        List<LigneExecution> executees = bilans.lignesExecutees(conventionId, exercice);
        List<Rang> rangs = new ArrayList<>();
        for (ChampLu champ : plan.champs()) {
            if (!champ.couvre(exercice)) {
                continue;
            }
            for (AxeLu axe : champ.axes()) {
                for (FicheLue fiche : plan.fichesDeLAxe(axe.id())) {
                    Map<ColonneExecution, BigDecimal> p = new EnumMap<>(ColonneExecution.class);
                    Map<ColonneExecution, BigDecimal> e = new EnumMap<>(ColonneExecution.class);
                    LocalDate date = null;
                    String piece = null;
                    for (LigneFinancement l : prevues) {
                        if (Objects.equals(l.getFicheId(), fiche.id()) && axe.id().equals(l.getAxeId())) {
                            ColonneExecution.de(l.getFinanceur(), l.getNature())
                                    .ifPresent(c -> p.merge(c, l.getMontant(), BigDecimal::add));
                        }
                    }
                    for (LigneExecution l : executees) {
                        if (Objects.equals(l.getFicheId(), fiche.id()) && axe.id().equals(l.getAxeId())) {
                            ColonneExecution.de(l.getFinanceur(), l.getNature())
                                    .ifPresent(c -> e.merge(c, l.getMontant(), BigDecimal::add));
                            date = date == null ? l.getDateExecution() : date;
                            piece = piece == null ? l.getPiece() : piece;
                        }
                    }
                    rangs.add(new Rang(champ.code(), fiche.id(), fiche.numero(), axe.id(),
                            axe.type().getLibelle() + " " + axe.numero(), fiche.libelleAnnexe(), p, e, date, piece));
                }
            }
        }
        return rangs;
    }
}

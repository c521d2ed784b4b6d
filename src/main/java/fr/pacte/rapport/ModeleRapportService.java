package fr.pacte.rapport;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConventionService;
import fr.pacte.execution.BilanFinancier;
import fr.pacte.execution.BilanFinancierService;
import fr.pacte.execution.JustificationExecution;
import fr.pacte.indicateur.Grille;
import fr.pacte.indicateur.IndicateurService;
import fr.pacte.indicateur.Matrice;
import fr.pacte.shared.Messages;
import fr.pacte.shared.web.RessourceIntrouvableException;
import fr.pacte.versement.VersementLu;
import fr.pacte.versement.VersementService;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the {@link ModeleRapport} of a report from the convention, its execution, indicators and versements. */
@Service
@Transactional(readOnly = true)
public class ModeleRapportService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ConventionService conventions;
    private final BilanFinancierService bilans;
    private final IndicateurService indicateurs;
    private final VersementService versements;
    private final RecitRepository recits;

    ModeleRapportService(ConventionService conventions, BilanFinancierService bilans, IndicateurService indicateurs,
            VersementService versements, RecitRepository recits) {
        this.conventions = conventions;
        this.bilans = bilans;
        this.indicateurs = indicateurs;
        this.versements = versements;
        this.recits = recits;
    }

    /** The exercices of the champ that overlap the report's period. */
    static List<Integer> exercices(ChampLu champ, java.time.LocalDate debut, java.time.LocalDate fin) {
        return champ.exercices().stream()
                .filter(n -> !champ.finDeLExercice(n).isBefore(debut) && !champ.debutDeLExercice(n).isAfter(fin))
                .toList();
    }

    ModeleRapport modele(RapportExecution r, LocalDateTime generation) {
        ConventionLue convention = conventions.lire(r.getConventionId());
        ChampLu champ = convention.champ(r.getChampId()).orElseThrow(RessourceIntrouvableException::new);
        List<Integer> annees = exercices(champ, r.getDebut(), r.getFin());
        BilanFinancier bilan = bilans.bilanDePeriode(convention.id(), champ.id(), annees);
        Map<Long, String> textes = recits.findByRapportId(r.getId()).stream()
                .collect(Collectors.toMap(RecitRapport::getFicheId, RecitRapport::getTexte, (a, b) -> a));
        List<ModeleRapport.LigneIndicateur> matrice = matrice(convention, champ, annees);
        List<ModeleRapport.AxeRapport> axes = new ArrayList<>();
        for (BilanFinancier.Ligne axe : bilan.axes()) {
            List<ModeleRapport.FicheRapport> fiches = new ArrayList<>();
            for (BilanFinancier.Ligne f : bilan.fichesDeLAxe(axe.axeId())) {
                String justification = f.ficheId() == null ? null : annees.stream()
                        .map(n -> bilans.justification(f.ficheId(), n).map(JustificationExecution::getTexte)
                                .orElse(null))
                        .filter(Objects::nonNull).collect(Collectors.joining(" "));
                fiches.add(new ModeleRapport.FicheRapport(f, f.ficheId() == null ? null : textes.get(f.ficheId()),
                        justification == null || justification.isEmpty() ? null : justification,
                        matrice.stream().filter(i -> Objects.equals(i.ficheId(), f.ficheId())).toList()));
            }
            axes.add(new ModeleRapport.AxeRapport(axe, fiches));
        }
        List<VersementLu> duChamp = versements.echeancier(convention).stream()
                .filter(v -> v.champId().equals(champ.id()) && annees.contains(v.exercice())).toList();
        VersementService.TropPercu tropPercu = versements.tropPercus(convention).stream()
                .filter(t -> t.champId().equals(champ.id())).findFirst().orElse(null);
        ModeleRapport.Entete entete = new ModeleRapport.Entete(convention.id(), convention.numeroInterne(),
                convention.intitule(), convention.departement().nom(), bilan.version(), r.getNumero(), r.getType(),
                champ.code(), champ.libelle(), r.getDebut(), r.getFin(), r.getStatut(), generation, null,
                deliberation(r), transmission(r));
        return new ModeleRapport(entete, bilan, axes, matrice, annees, resultatsManquants(convention, champ, annees),
                r.getSynthese(), duChamp, tropPercu);
    }

    /** R-IND-13: every résultat of the period's years for the champ's indicators, "Fiche 15 — libellé (2024)". */
    List<String> resultatsManquants(ConventionLue convention, ChampLu champ, List<Integer> annees) {
        List<String> manquants = new ArrayList<>();
        for (int annee : annees) {
            if (!convention.exercices().contains(annee)) {
                continue;
            }
            Grille grille = indicateurs.grille(convention, annee);
            grille.lignes().stream().filter(l -> champ.code().equals(l.champ()) && l.resultat().isEmpty())
                    .forEach(l -> manquants.add(Messages.texte("rapport.resultatManquant", l.fiche(), l.libelle(),
                            annee)));
        }
        return manquants;
    }

    private List<ModeleRapport.LigneIndicateur> matrice(ConventionLue convention, ChampLu champ,
            List<Integer> annees) {
        Matrice m = indicateurs.matrice(convention, false);
        List<ModeleRapport.LigneIndicateur> lignes = new ArrayList<>();
        m.champs().stream().filter(c -> c.code().equals(champ.code())).forEach(c -> c.axes().forEach(axe ->
                axe.fiches().forEach(f -> f.lignes().forEach(l -> lignes.add(new ModeleRapport.LigneIndicateur(
                        axe.numero(), f.ficheId(), f.numero(), l.libelle(), l.unite(), l.t0().imprime(),
                        annees.stream().filter(a -> l.annees().stream().anyMatch(x -> x.annee() == a))
                                .map(a -> {
                                    Matrice.Annee v = l.annee(a);
                                    return new ModeleRapport.ValeurAnnee(a, v.cible().imprime(),
                                            v.resultat().imprime(), v.atteinte());
                                }).toList()))))));
        return lignes;
    }

    private static String deliberation(RapportExecution r) {
        if (r.getDeliberationDate() == null) {
            return r.getType().deliberationRequise() ? null : Messages.texte("rapport.deliberation.nonRequise");
        }
        return Messages.texte("rapport.deliberation.texte", Messages.texte("rapport.organe."
                + r.getDeliberationOrgane()), DATE.format(r.getDeliberationDate()),
                r.getDeliberationNumero() == null ? "" : r.getDeliberationNumero());
    }

    private static String transmission(RapportExecution r) {
        if (r.getDateTransmission() == null) {
            return null;
        }
        return Messages.texte("rapport.transmission.texte", DATE.format(r.getDateTransmission()),
                r.getTransmisPar());
    }
}

package fr.pacte.rapport;

import fr.pacte.convention.Changement;
import fr.pacte.convention.ConditionVersement;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConventionService;
import fr.pacte.execution.BilanFinancier;
import fr.pacte.execution.BilanFinancierService;
import fr.pacte.securite.Autorisations;
import fr.pacte.securite.Permission;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.shared.Messages;
import fr.pacte.shared.web.RessourceIntrouvableException;
import fr.pacte.versement.VersementService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "faire avancer un rapport" (DOMAIN.md §6.5, contracts/execution-rapport.md), one step at a time:
 * BROUILLON → PRET when every résultat of the period is entered (R-IND-13, else the list of what is missing), the
 * execution is entered and the synthèse written; PRET → DELIBERE with the délibération (not required for a bilan
 * final); DELIBERE (or PRET for a bilan final) → TRANSMIS with both destinataires and the date (R-DATE-7: not before
 * the délibération): every format is then frozen with its SHA-256 (R-WF-7), the bilan final makes the champ's solde
 * exigible (R-PAY-3, reduced per R-PAY-9) and the mid-term report unlocks the last year (R-PAY-11).
 */
@Service
public class ChangerStatutRapport {

    public static final Set<String> DESTINATAIRES = Set.of("PREFET_REGION", "PREFET_DEPARTEMENT");

    private final ConventionService conventions;
    private final RapportRepository rapports;
    private final FichierFigeRepository figes;
    private final ModeleRapportService modeles;
    private final FichiersRapport fichiers;
    private final BilanFinancierService bilans;
    private final VersementService versements;
    private final Autorisations autorisations;
    private final PerimetreCourant perimetre;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    ChangerStatutRapport(ConventionService conventions, RapportRepository rapports, FichierFigeRepository figes,
            ModeleRapportService modeles, FichiersRapport fichiers, BilanFinancierService bilans,
            VersementService versements, Autorisations autorisations, PerimetreCourant perimetre,
            ApplicationEventPublisher evenements, Clock horloge) {
        this.conventions = conventions;
        this.rapports = rapports;
        this.figes = figes;
        this.modeles = modeles;
        this.fichiers = fichiers;
        this.bilans = bilans;
        this.versements = versements;
        this.autorisations = autorisations;
        this.perimetre = perimetre;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    public record Deliberation(String organe, LocalDate date, String numero) {
    }

    public record Commande(Long conventionId, int numero, StatutRapport vers, LocalDate date,
            Deliberation deliberation, List<String> destinataires, String commentaire) {
    }

    public boolean peut(ConventionLue c, StatutRapport vers) {
        return autorisations.peut(permission(vers), c.departement().id(), c.departement().region().id());
    }

    private static Permission permission(StatutRapport vers) {
        return vers == StatutRapport.PRET ? Permission.PREPARER_RAPPORT : Permission.TRANSMETTRE_RAPPORT;
    }

    @Transactional
    public RapportExecution executer(Commande c) {
        conventions.verrouiller(c.conventionId());
        ConventionLue convention = conventions.lire(c.conventionId());
        if (c.vers() == null || c.vers() == StatutRapport.BROUILLON) {
            throw new TransitionRefuseeException("TRANSITION_INTERDITE", Messages.texte("rapport.refus.vers"));
        }
        autorisations.exiger(permission(c.vers()), convention.departement().id(),
                convention.departement().region().id());
        RapportExecution r = rapports.findByConventionIdAndNumero(c.conventionId(), c.numero())
                .orElseThrow(RessourceIntrouvableException::new);
        StatutRapport avant = r.getStatut();
        LocalDateTime maintenant = FichiersRapport.maintenant(horloge);
        switch (c.vers()) {
            case PRET -> preparer(convention, r);
            case DELIBERE -> {
                if (c.deliberation() == null || c.deliberation().date() == null || c.deliberation().organe() == null
                        || !Set.of("CONSEIL_DEPARTEMENTAL", "COMMISSION_PERMANENTE")
                                .contains(c.deliberation().organe())) {
                    throw new TransitionRefuseeException("DELIBERATION_ABSENTE",
                            Messages.texte("rapport.refus.deliberation"));
                }
                r.deliberer(c.deliberation().organe(), c.deliberation().date(), c.deliberation().numero());
            }
            case TRANSMIS -> transmettre(convention, r, c, maintenant);
            default -> throw new TransitionRefuseeException("TRANSITION_INTERDITE",
                    Messages.texte("rapport.refus.vers"));
        }
        rapports.flush();
        evenements.publishEvent(new RapportModifie(convention.id(), r.getNumero(), "RAPPORT_" + c.vers().name(),
                convention.version().numero(), perimetre.login(), maintenant, List.of(new Changement("RAPPORT",
                        r.getId(), "statut", avant.name(), r.getStatut().name()))));
        return r;
    }

    private void preparer(ConventionLue convention, RapportExecution r) {
        if (r.getStatut() != StatutRapport.BROUILLON) {
            r.preparer();
        }
        ChampLu champ = convention.champ(r.getChampId()).orElseThrow();
        List<Integer> annees = ModeleRapportService.exercices(champ, r.getDebut(), r.getFin());
        List<String> manquants = modeles.resultatsManquants(convention, champ, annees);
        if (!manquants.isEmpty()) {
            throw new TransitionRefuseeException("RESULTATS_MANQUANTS", Messages.texte("rapport.refus.resultats",
                    manquants.size()), manquants);
        }
        BilanFinancier bilan = bilans.bilanDePeriode(convention.id(), champ.id(), annees);
        if (bilan.total().execute().total().signum() == 0) {
            throw new TransitionRefuseeException("EXECUTION_ABSENTE", Messages.texte("rapport.refus.execution"));
        }
        if (r.getSynthese() == null || r.getSynthese().isBlank()) {
            throw new TransitionRefuseeException("SYNTHESE_ABSENTE", Messages.texte("rapport.refus.synthese"));
        }
        r.preparer();
    }

    private void transmettre(ConventionLue convention, RapportExecution r, Commande c, LocalDateTime maintenant) {
        if (c.destinataires() == null || !Set.copyOf(c.destinataires()).containsAll(DESTINATAIRES)) {
            throw new TransitionRefuseeException("DESTINATAIRES_INCOMPLETS",
                    Messages.texte("rapport.refus.destinataires"));
        }
        if (c.date() == null) {
            throw new TransitionRefuseeException("DATE_ABSENTE", Messages.texte("rapport.refus.date"));
        }
        if (r.getDeliberationDate() != null && c.date().isBefore(r.getDeliberationDate())) {
            throw new TransitionRefuseeException("DATE_AVANT_DELIBERATION",
                    Messages.texte("rapport.refus.dateDeliberation"));
        }
        r.transmettre(c.date(), String.join(",", DESTINATAIRES.stream().sorted().toList()), perimetre.login(),
                maintenant, convention.version().numero());
        rapports.flush();
        // R-PAY-3 / R-PAY-11: the gated versements are unlocked at TRANSMIS (§6.5), before the files are drawn, so
        // that the frozen report shows the solde as it now stands
        if (r.getType() == TypeRapport.BILAN_FINAL) {
            versements.remplirCondition(convention, r.getChampId(), ConditionVersement.BILAN_FINAL_RECU, c.date(),
                    "rapport " + r.getNumero());
        } else if (r.getType() == TypeRapport.MI_PARCOURS) {
            versements.remplirCondition(convention, r.getChampId(), ConditionVersement.RAPPORT_TRANSMIS,
                    c.date(), "rapport " + r.getNumero());
        }
        ModeleRapport modele = modeles.modele(r, maintenant);
        for (Map.Entry<FormatRapport, byte[]> f : fichiers.figer(modele).entrySet()) {
            figes.save(new FichierFige(r.getId(), f.getKey(), f.getValue(), FichiersRapport.sha256(f.getValue()),
                    maintenant));
        }
        figes.flush();
    }
}

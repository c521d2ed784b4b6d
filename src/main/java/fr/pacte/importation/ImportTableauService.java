package fr.pacte.importation;

import fr.pacte.controle.Constat;
import fr.pacte.convention.ConventionService;
import fr.pacte.financement.ControleFinancierService;
import fr.pacte.financement.LignesExerciceService;
import fr.pacte.financement.rules.DonneesFinancieres;
import fr.pacte.financement.rules.ParametresTableau;
import fr.pacte.securite.PerimetreCourant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check of a tableau financier file, alone or against a convention, and its import as the financing lines of one
 * exercice (contracts/tableau-financier.md). An import is atomic: it saves only when no finding is an ERREUR
 * (R-IMP-17), and replaces that year's lines of the champs the table covers.
 */
@Service
@Transactional(readOnly = true)
public class ImportTableauService {

    private final ConventionService conventions;
    private final PerimetreCourant perimetre;
    private final ControleFinancierService controles;
    private final LignesExerciceService lignes;
    private final VerificationTableau verification = new VerificationTableau();

    ImportTableauService(ConventionService conventions, PerimetreCourant perimetre, ControleFinancierService controles,
            LignesExerciceService lignes) {
        this.conventions = conventions;
        this.perimetre = perimetre;
        this.controles = controles;
        this.lignes = lignes;
    }

    /** The answer of an import: the checks, and whether the lines were saved. */
    public record ResultatImport(ResultatVerification verification, boolean enregistre, int lignesEnregistrees) {
    }

    /** Check only: nothing is read from or written to the database. */
    public ResultatVerification verifier(byte[] contenu, ParametresTableau parametres) {
        return verification.verifier(contenu, parametres);
    }

    /**
     * Checks the file against a visible convention (404 otherwise), for a Département editor (403 otherwise); when
     * {@code enregistrer} and nothing blocks, replaces the exercice's lines.
     */
    @Transactional
    public ResultatImport importer(Long conventionId, int annee, byte[] contenu, ParametresTableau parametres,
            boolean enregistrer) {
        conventions.convention(conventionId);
        perimetre.exigerEdition();
        ResultatVerification tableau = verification.verifier(contenu, parametres);
        DonneesFinancieres donnees = controles.donnees(conventionId, annee);
        Rapprochement.Resultat rapprochement = Rapprochement.rapprocher(tableau.lu(), donnees, annee,
                tableau.constats());
        List<Constat> constats = new ArrayList<>(tableau.constats());
        constats.addAll(rapprochement.constats());
        constats.sort(Comparator.comparing(Constat::ligne, Comparator.nullsLast(Comparator.naturalOrder())));
        ResultatVerification complet = new ResultatVerification(tableau.lu(), constats);
        if (complet.bloquant() || !enregistrer) {
            return new ResultatImport(complet, false, 0);
        }
        Set<Long> axesDuFichier = rapprochement.rangs().stream().map(DonneesFinancieres.Rang::axeId)
                .collect(Collectors.toSet());
        Set<String> champs = donnees.axes().stream().filter(a -> axesDuFichier.contains(a.id()))
                .map(DonneesFinancieres.Axe::champ).collect(Collectors.toSet());
        List<Long> axes = donnees.axes().stream().filter(a -> champs.contains(a.champ()))
                .map(DonneesFinancieres.Axe::id).toList();
        int enregistrees = lignes.remplacer(conventionId, annee, axes, rapprochement.rangs());
        return new ResultatImport(complet, true, enregistrees);
    }
}

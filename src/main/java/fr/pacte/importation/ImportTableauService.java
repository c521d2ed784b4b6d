package fr.pacte.importation;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.financement.ControleFinancierService;
import fr.pacte.financement.EcritureLignes;
import fr.pacte.financement.LigneFinancement;
import fr.pacte.financement.rules.DonneesFinancieres;
import fr.pacte.financement.rules.MessagesConstats;
import fr.pacte.financement.rules.ParametresTableau;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check of a tableau financier file, alone or against a convention (contracts/tableau-financier.md): the rules, the
 * matching of its rows with the convention's fiches and axes (R-IMP-8), and what an import would do to the lines the
 * file does not name. Read-only; the import itself is the use case {@link ImporterTableau}.
 */
@Service
@Transactional(readOnly = true)
public class ImportTableauService {

    private final ControleFinancierService controles;
    private final EcritureLignes lignes;
    private final VerificationTableau verification = new VerificationTableau();

    ImportTableauService(ControleFinancierService controles, EcritureLignes lignes) {
        this.controles = controles;
        this.lignes = lignes;
    }

    /**
     * What checking a file against a convention gives: the findings (the file's, the matching's, and one
     * {@code FICHE_OMISE} per fiche the exercice has and the file leaves out), the rows to store, the axes of the
     * champs the file covers, and the version of each fiche concerned when it was checked (the import refuses to
     * write if one of them changed since, R-WF-9).
     */
    public record Analyse(ResultatVerification verification, List<DonneesFinancieres.Rang> rangs, Set<Long> axesCouverts,
            Map<Long, Long> versionsFiches, List<FicheLue> omises, List<Rapprochement.FicheAbsente> absentes) {

        public Analyse(ResultatVerification verification, List<DonneesFinancieres.Rang> rangs, Set<Long> axesCouverts,
                Map<Long, Long> versionsFiches, List<FicheLue> omises) {
            this(verification, rangs, axesCouverts, versionsFiches, omises, List.of());
        }

        public boolean bloquant() {
            return verification.bloquant();
        }

        /**
         * The file's only blocking findings are fiches the convention lacks, each on an axe its row names: creating them
         * (while the convention is being drafted, once the user confirms) would let the file be imported.
         */
        public boolean seulementDesFichesAbsentes() {
            return !absentes.isEmpty() && absentes.stream().allMatch(a -> a.axeId() != null)
                    && verification.constats().stream().filter(c -> c.gravite() == Gravite.ERREUR)
                    .allMatch(c -> "FICHE_INCONNUE".equals(c.code()));
        }
    }

    /** Check only: nothing is read from or written to the database. */
    public ResultatVerification verifier(byte[] contenu, ParametresTableau parametres) {
        return verification.verifier(contenu, parametres);
    }

    /**
     * @param remplacerExercice whether the lines of fiches the file leaves out are removed (else kept, the default)
     */
    public Analyse analyser(ConventionLue convention, int annee, byte[] contenu, ParametresTableau parametres,
            boolean remplacerExercice) {
        ResultatVerification tableau = verification.verifier(contenu, parametres);
        DonneesFinancieres donnees = controles.donnees(convention, annee);
        Map<String, Long> cles = new LinkedHashMap<>();
        convention.fiches().forEach(f -> cles.put(f.cle(), f.id()));
        Rapprochement.Resultat rapprochement = Rapprochement.rapprocher(tableau.lu(), donnees, annee,
                tableau.constats(), cles);
        List<Constat> constats = new ArrayList<>(tableau.constats());
        constats.addAll(rapprochement.constats());
        Set<Long> axesDuFichier = rapprochement.rangs().stream().map(DonneesFinancieres.Rang::axeId)
                .collect(Collectors.toSet());
        Set<String> champs = donnees.axes().stream().filter(a -> axesDuFichier.contains(a.id()))
                .map(DonneesFinancieres.Axe::champ).collect(Collectors.toSet());
        Set<Long> axesCouverts = donnees.axes().stream().filter(a -> champs.contains(a.champ()))
                .map(DonneesFinancieres.Axe::id).collect(Collectors.toSet());
        List<FicheLue> omises = omises(convention, annee, rapprochement.rangs(), axesCouverts);
        for (FicheLue fiche : omises) {
            constats.add(new Constat("FICHE_OMISE", "R-IMP-15", Gravite.AVERTISSEMENT, null, null, fiche.champ().code(),
                    null, fiche.numero(), null, null, null, MessagesConstats.texte(
                            remplacerExercice ? "FICHE_OMISE.supprimee" : "FICHE_OMISE.conservee", fiche.numero(),
                            fiche.libelleAnnexe(), annee)));
        }
        constats.sort(Comparator.comparing(Constat::ligne, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<Long, Long> versions = new LinkedHashMap<>();
        convention.fiches().stream().filter(f -> f.axes().stream().anyMatch(a -> axesCouverts.contains(a.id())))
                .forEach(f -> versions.put(f.id(), f.version()));
        return new Analyse(new ResultatVerification(tableau.lu(), constats), rapprochement.rangs(), axesCouverts,
                versions, omises, rapprochement.absentes());
    }

    /** Fiches of the champs the file covers that have lines in the exercice and no row in the file. */
    private List<FicheLue> omises(ConventionLue convention, int annee, List<DonneesFinancieres.Rang> rangs,
            Set<Long> axesCouverts) {
        Set<Long> presentes = rangs.stream().map(DonneesFinancieres.Rang::ficheId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> avecLignes = new TreeSet<>();
        for (LigneFinancement l : lignes.lignesPrevues(convention.id(), annee, convention.version().numero())) {
            if (l.getFicheId() != null && axesCouverts.contains(l.getAxeId())) {
                avecLignes.add(l.getFicheId());
            }
        }
        return convention.fiches().stream().filter(f -> avecLignes.contains(f.id()) && !presentes.contains(f.id()))
                .toList();
    }
}

package fr.pacte.execution;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.convention.Changement;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.financement.Financeur;
import fr.pacte.financement.Nature;
import fr.pacte.financement.rules.MessagesConstats;
import fr.pacte.financement.rules.ParametresTableau;
import fr.pacte.financement.rules.PrecisionRule;
import fr.pacte.importation.ImportTableauService;
import fr.pacte.securite.Autorisations;
import fr.pacte.securite.Permission;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.shared.Precision;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "saisir l'exécution d'un exercice" (contracts/execution-rapport.md): replaces the executed lines of one
 * exercice, by difference on their natural key (an unchanged line keeps its id), from JSON, from a file in the
 * tableau financier format or from the screen. The planned lines are never touched (DOMAIN.md §3.5). Takes the
 * convention's lock, checks the permission, refuses any structural error with nothing saved, publishes
 * {@link ExecutionEnregistree}. Also records the justification of a sous-consommation (R-PAY-7).
 */
@Service
public class EnregistrerExecution {

    private final ConventionService conventions;
    private final LigneExecutionRepository lignes;
    private final JustificationExecutionRepository justifications;
    private final ImportTableauService fichiers;
    private final Autorisations autorisations;
    private final PerimetreCourant perimetre;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    EnregistrerExecution(ConventionService conventions, LigneExecutionRepository lignes,
            JustificationExecutionRepository justifications, ImportTableauService fichiers,
            Autorisations autorisations, PerimetreCourant perimetre, ApplicationEventPublisher evenements,
            Clock horloge) {
        this.conventions = conventions;
        this.lignes = lignes;
        this.justifications = justifications;
        this.fichiers = fichiers;
        this.autorisations = autorisations;
        this.perimetre = perimetre;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    /** One executed line as the API sends it: fiche and axe numbers as printed (champ for an envelope line). */
    public record LigneSaisie(String champ, String fiche, String axe, String financeur, String nature,
            BigDecimal montant, LocalDate date, String piece) {
    }

    /** One row of the screen: a fiche on an axe, an amount per grid column, its date and piece. */
    public record RangSaisi(Long ficheId, Long axeId, Map<ColonneExecution, BigDecimal> montants, LocalDate date,
            String piece) {
    }

    /** What a write did. */
    public record Resultat(int exercice, int lignes, int ajoutees, int modifiees, int supprimees,
            List<Constat> constats) {
    }

    public boolean permis(ConventionLue convention) {
        return autorisations.peut(Permission.SAISIR_EXECUTION, convention.departement().id(),
                convention.departement().region().id());
    }

    private ConventionLue verrouillerEtExiger(Long conventionId) {
        conventions.verrouiller(conventionId);
        ConventionLue convention = conventions.lire(conventionId);
        autorisations.exiger(Permission.SAISIR_EXECUTION, convention.departement().id(),
                convention.departement().region().id());
        return convention;
    }

    /** {@code PUT …/execution/{exercice}}: the lines given replace every executed line of the exercice. */
    @Transactional
    public Resultat remplacer(Long conventionId, int exercice, List<LigneSaisie> saisies) {
        ConventionLue convention = verrouillerEtExiger(conventionId);
        List<Constat> constats = new ArrayList<>();
        Map<LigneExecution.Cle, Voulue> voulues = new LinkedHashMap<>();
        for (int i = 0; i < saisies.size(); i++) {
            lire(convention, exercice, i + 1, saisies.get(i), constats).ifPresent(v -> {
                if (voulues.putIfAbsent(v.cle(), v) != null) {
                    constats.add(erreur("DOUBLON", v.ligne(), "execution.erreur.doublon", v.ligne()));
                }
            });
        }
        return appliquer(convention, exercice, new ArrayList<>(voulues.values()), constats, "JSON");
    }

    /**
     * {@code POST …/execution/{exercice}} with a file in the tableau financier format whose amounts are the executed
     * ones: the same reading and matching as the import of the plan (R-IMP-8), then the same replacement. A Département
     * amount is executed in the nature its planned lines have when they have one only (valorisation), else crédits
     * nouveaux; a report is split half État, half Département (R-FIN-20).
     */
    @Transactional
    public Resultat importer(Long conventionId, int exercice, byte[] contenu, String nomFichier) {
        ConventionLue convention = verrouillerEtExiger(conventionId);
        ImportTableauService.Analyse analyse = fichiers.analyser(convention, exercice, contenu,
                ParametresTableau.DEFAUT, false);
        List<Constat> constats = new ArrayList<>(analyse.verification().constats().stream()
                .filter(c -> c.gravite() == Gravite.ERREUR || "MONTANT_INVALIDE".equals(c.code())).toList());
        String piece = nomFichier == null || nomFichier.isBlank() ? null : nomFichier.strip();
        Map<LigneExecution.Cle, Voulue> voulues = new LinkedHashMap<>();
        for (var rang : analyse.rangs()) {
            ajouter(voulues, new LigneExecution.Cle(rang.ficheId(), rang.axeId(), exercice, Financeur.ETAT,
                    Nature.CREDITS_NOUVEAUX, piece), rang.montants().etat());
            Nature natureDepartement = rang.montants().dontValorisation().signum() > 0
                    && rang.montants().dontValorisation().compareTo(rang.montants().departement()) == 0
                    ? Nature.VALORISATION : Nature.CREDITS_NOUVEAUX;
            ajouter(voulues, new LigneExecution.Cle(rang.ficheId(), rang.axeId(), exercice, Financeur.DEPARTEMENT,
                    natureDepartement, piece), rang.montants().departement());
            ajouter(voulues, new LigneExecution.Cle(rang.ficheId(), rang.axeId(), exercice, Financeur.AUTRE,
                    Nature.CREDITS_NOUVEAUX, piece), rang.montants().autres());
            List<BigDecimal> moities = PrecisionRule.moitie(rang.montants().report());
            ajouter(voulues, new LigneExecution.Cle(rang.ficheId(), rang.axeId(), exercice, Financeur.ETAT,
                    Nature.REPORT, piece), moities.get(0));
            ajouter(voulues, new LigneExecution.Cle(rang.ficheId(), rang.axeId(), exercice, Financeur.DEPARTEMENT,
                    Nature.REPORT, piece), moities.get(1));
        }
        return appliquer(convention, exercice, new ArrayList<>(voulues.values()), constats, nomFichier);
    }

    /**
     * The screen of an exercice: a row whose amounts, date and piece are unchanged keeps its lines as they are (the
     * several pieces an API wrote among them); a changed row gets one line per non-zero column with the row's date and
     * piece; lines of columns the grid does not show (reports) stay; rows not sent stay.
     */
    @Transactional
    public Resultat enregistrerGrille(Long conventionId, int exercice, List<RangSaisi> rangs) {
        ConventionLue convention = verrouillerEtExiger(conventionId);
        List<LigneExecution> existantes = lignes.findByConventionIdAndExerciceOrderById(conventionId, exercice);
        Map<List<Long>, List<LigneExecution>> parRang = new LinkedHashMap<>();
        existantes.forEach(l -> parRang.computeIfAbsent(java.util.Arrays.asList(l.getFicheId(), l.getAxeId()),
                k -> new ArrayList<>()).add(l));
        List<Constat> constats = new ArrayList<>();
        Map<LigneExecution.Cle, Voulue> voulues = new LinkedHashMap<>();
        existantes.forEach(l -> voulues.put(l.cle(), new Voulue(l.cle(), l.getMontant(), l.getDateExecution(), 0)));
        for (RangSaisi r : rangs) {
            Optional<FicheLue> fiche = convention.fiche(r.ficheId());
            boolean axeValide = fiche.map(f -> f.champ().axes().stream().anyMatch(a -> a.id().equals(r.axeId())))
                    .orElse(false);
            if (!axeValide || !fiche.get().champ().couvre(exercice)) {
                throw new IllegalArgumentException("Rang d'exécution hors de la convention");
            }
            List<LigneExecution> duRang = parRang.getOrDefault(java.util.Arrays.asList(r.ficheId(), r.axeId()),
                    List.of());
            if (inchange(r, duRang)) {
                continue;
            }
            duRang.stream().filter(l -> ColonneExecution.de(l.getFinanceur(), l.getNature()).isPresent())
                    .forEach(l -> voulues.remove(l.cle()));
            r.montants().forEach((colonne, montant) -> {
                if (montant != null && montant.signum() != 0) {
                    LigneExecution.Cle cle = new LigneExecution.Cle(r.ficheId(), r.axeId(), exercice,
                            colonne.financeur(), colonne.nature(), r.piece());
                    voulues.merge(cle, new Voulue(cle, Precision.montant(montant), r.date(), 0),
                            (a, b) -> new Voulue(cle, a.montant().add(b.montant()), b.date(), 0));
                }
            });
        }
        return appliquer(convention, exercice, new ArrayList<>(voulues.values()), constats, "écran");
    }

    private static boolean inchange(RangSaisi r, List<LigneExecution> duRang) {
        for (ColonneExecution c : ColonneExecution.values()) {
            BigDecimal avant = duRang.stream()
                    .filter(l -> l.getFinanceur() == c.financeur() && l.getNature() == c.nature())
                    .map(LigneExecution::getMontant).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal apres = r.montants().getOrDefault(c, BigDecimal.ZERO);
            if (avant.compareTo(apres == null ? BigDecimal.ZERO : apres) != 0) {
                return false;
            }
        }
        String piece = r.piece() == null || r.piece().isBlank() ? null : r.piece().strip();
        return duRang.stream().allMatch(l -> Objects.equals(l.getPiece(), piece)
                && Objects.equals(l.getDateExecution(), r.date()));
    }

    /** R-PAY-7: records (or clears, with an empty text) why a fiche under-consumed in an exercice. */
    @Transactional
    public void justifier(Long conventionId, Long ficheId, int exercice, String texte) {
        ConventionLue convention = verrouillerEtExiger(conventionId);
        FicheLue fiche = convention.fiche(ficheId).orElseThrow(fr.pacte.shared.web.RessourceIntrouvableException::new);
        String nouveau = texte == null || texte.isBlank() ? null : texte.strip();
        Optional<JustificationExecution> existante = justifications.findByFicheIdAndExercice(ficheId, exercice);
        String avant = existante.map(JustificationExecution::getTexte).orElse(null);
        if (Objects.equals(avant, nouveau)) {
            return;
        }
        LocalDateTime maintenant = LocalDateTime.now(horloge);
        if (nouveau == null) {
            existante.ifPresent(justifications::delete);
        } else {
            JustificationExecution j = existante.orElseGet(() -> new JustificationExecution(conventionId, ficheId,
                    exercice));
            j.ecrire(nouveau, perimetre.login(), maintenant);
            justifications.save(j);
        }
        evenements.publishEvent(new ExecutionJustifiee(conventionId, ficheId, exercice,
                convention.version().numero(), perimetre.login(), maintenant,
                List.of(new Changement("JUSTIFICATION_EXECUTION", ficheId, "justification " + exercice + " fiche "
                        + fiche.numero(), avant, nouveau))));
    }

    private record Voulue(LigneExecution.Cle cle, BigDecimal montant, LocalDate date, int ligne) {
    }

    private static void ajouter(Map<LigneExecution.Cle, Voulue> voulues, LigneExecution.Cle cle, BigDecimal montant) {
        if (montant != null && montant.signum() != 0) {
            voulues.merge(cle, new Voulue(cle, montant, null, 0),
                    (a, b) -> new Voulue(cle, a.montant().add(b.montant()), null, 0));
        }
    }

    private Resultat appliquer(ConventionLue convention, int exercice, List<Voulue> voulues, List<Constat> constats,
            String source) {
        if (constats.stream().anyMatch(c -> c.gravite() == Gravite.ERREUR)) {
            throw new ExecutionRefuseeException(constats);
        }
        LocalDateTime maintenant = LocalDateTime.now(horloge);
        String login = perimetre.login();
        Map<LigneExecution.Cle, LigneExecution> existantes = new LinkedHashMap<>();
        lignes.findByConventionIdAndExerciceOrderById(convention.id(), exercice).forEach(l -> existantes.put(l.cle(), l));
        List<Changement> changements = new ArrayList<>();
        int ajoutees = 0;
        int modifiees = 0;
        for (Voulue v : voulues) {
            LigneExecution existante = existantes.remove(v.cle());
            if (existante == null) {
                LigneExecution nouvelle = lignes.save(new LigneExecution(convention.id(), v.cle(), v.montant(),
                        v.date(), login, maintenant));
                changements.add(changement(nouvelle, null, v.montant()));
                ajoutees++;
            } else if (existante.getMontant().compareTo(v.montant()) != 0
                    || !Objects.equals(existante.getDateExecution(), v.date())) {
                BigDecimal avant = existante.getMontant();
                existante.changer(v.montant(), v.date(), login, maintenant);
                changements.add(changement(existante, avant, v.montant()));
                modifiees++;
            }
        }
        for (LigneExecution retiree : existantes.values()) {
            lignes.delete(retiree);
            changements.add(changement(retiree, retiree.getMontant(), null));
        }
        lignes.flush();
        if (!changements.isEmpty()) {
            evenements.publishEvent(new ExecutionEnregistree(convention.id(), exercice, convention.version().numero(),
                    login, maintenant, source, List.copyOf(changements)));
        }
        return new Resultat(exercice, voulues.size(), ajoutees, modifiees, existantes.size(), constats);
    }

    private static Changement changement(LigneExecution l, BigDecimal avant, BigDecimal apres) {
        LigneExecution.Cle c = l.cle();
        String champ = "exécuté " + c.exercice() + " " + c.financeur() + " " + c.nature() + " axe " + c.axeId()
                + (c.piece() == null ? "" : " pièce " + c.piece());
        return new Changement("LIGNE_EXECUTION", l.getId(), champ, avant == null ? null : avant.toPlainString(),
                apres == null ? null : apres.toPlainString());
    }

    /** Reads one line of the JSON; every structural problem becomes an ERREUR finding on its line number. */
    private static Optional<Voulue> lire(ConventionLue convention, int exercice, int ligne, LigneSaisie s,
            List<Constat> constats) {
        int avant = constats.size();
        FicheLue fiche = null;
        ChampLu champ = null;
        if (s.fiche() != null && !s.fiche().isBlank()) {
            fiche = convention.fiches().stream().filter(f -> f.numero().equalsIgnoreCase(s.fiche().strip()))
                    .findFirst().orElse(null);
            if (fiche == null) {
                constats.add(erreur("FICHE_INCONNUE", ligne, "execution.erreur.fiche", ligne, s.fiche()));
                return Optional.empty();
            }
            champ = fiche.champ();
        } else if (s.champ() != null) {
            champ = convention.champs().stream().filter(c -> c.code().equalsIgnoreCase(s.champ().strip()))
                    .findFirst().orElse(null);
        }
        if (champ == null) {
            constats.add(erreur("CHAMP_INCONNU", ligne, "execution.erreur.champ", ligne, s.champ()));
            return Optional.empty();
        }
        AxeLu axe = axe(champ, fiche, s.axe());
        if (axe == null) {
            constats.add(erreur("AXE_INCONNU", ligne, "execution.erreur.axe", ligne, s.axe(), champ.code()));
        }
        if (!champ.couvre(exercice)) {
            constats.add(new Constat("EXERCICE_HORS_CHAMP", "R-DATE-1", Gravite.ERREUR, ligne, null, champ.code(),
                    null, fiche == null ? null : fiche.numero(), null, null, null,
                    MessagesConstats.texte("execution.erreur.exercice", ligne, exercice, champ.code())));
        }
        Financeur financeur = valeur(Financeur.class, s.financeur());
        if (financeur == null) {
            constats.add(erreur("FINANCEUR_INCONNU", ligne, "execution.erreur.financeur", ligne, s.financeur()));
        }
        Nature nature = s.nature() == null || s.nature().isBlank() ? Nature.CREDITS_NOUVEAUX
                : valeur(Nature.class, s.nature());
        if (nature == null) {
            constats.add(erreur("NATURE_INCONNUE", ligne, "execution.erreur.nature", ligne, s.nature()));
        }
        BigDecimal montant = null;
        try {
            montant = s.montant() == null ? null : Precision.montant(s.montant());
        } catch (RuntimeException e) {
            montant = null;
        }
        if (montant == null || montant.signum() < 0) {
            constats.add(erreur("MONTANT_INVALIDE", ligne, "execution.erreur.montant", ligne,
                    s.montant() == null ? "" : s.montant().toPlainString()));
        }
        if (s.date() != null && !champ.couvre(champ.exerciceDe(s.date()))
                || s.date() != null && champ.exerciceDe(s.date()) != exercice) {
            constats.add(new Constat("DATE_HORS_EXERCICE", "R-DATE-1", Gravite.AVERTISSEMENT, ligne, null,
                    champ.code(), null, fiche == null ? null : fiche.numero(), null, null, null,
                    MessagesConstats.texte("execution.avertissement.date", ligne, exercice)));
        }
        if (constats.subList(avant, constats.size()).stream().anyMatch(c -> c.gravite() == Gravite.ERREUR)) {
            return Optional.empty();
        }
        return Optional.of(new Voulue(new LigneExecution.Cle(fiche == null ? null : fiche.id(), axe.id(), exercice,
                financeur, nature, s.piece()), montant, s.date(), ligne));
    }

    /** The axe named by its number in the champ; a fiche on a single axe needs none. */
    private static AxeLu axe(ChampLu champ, FicheLue fiche, String numero) {
        if (numero == null || numero.isBlank()) {
            return fiche != null && fiche.axes().size() == 1 ? fiche.axes().get(0) : null;
        }
        String n = numero.strip().toLowerCase(Locale.ROOT).replaceFirst("^(axe|volet)\\s*", "");
        return champ.axes().stream().filter(a -> a.numero().equalsIgnoreCase(n)).findFirst().orElse(null);
    }

    private static <E extends Enum<E>> E valeur(Class<E> type, String texte) {
        if (texte == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, texte.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Constat erreur(String code, int ligne, String cle, Object... arguments) {
        return new Constat(code, null, Gravite.ERREUR, ligne, null, null, null, null, null, null, null,
                MessagesConstats.texte(cle, arguments));
    }
}

package fr.pacte.imputation;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.imputation.rules.CompteBancaireRule;
import fr.pacte.imputation.rules.ImputationEtatRule;
import fr.pacte.securite.Autorisations;
import fr.pacte.securite.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public entry point for reading imputations and the payee account of a convention, and for the R-PAY-5 / R-PAY-6
 * gate that ordering a versement passes (the versement feature asks {@link #blocagesOrdonnancement}). The account is
 * given to finance roles only (R-SEC-9).
 */
@Service
@Transactional(readOnly = true)
public class ImputationService {

    private final ImputationEtatRepository etat;
    private final EngagementJuridiqueRepository engagements;
    private final ImputationDepartementRepository departement;
    private final CompteBancaireRepository comptes;
    private final Autorisations autorisations;
    private final JdbcTemplate jdbc;

    ImputationService(ImputationEtatRepository etat, EngagementJuridiqueRepository engagements,
            ImputationDepartementRepository departement, CompteBancaireRepository comptes,
            Autorisations autorisations, JdbcTemplate jdbc) {
        this.etat = etat;
        this.engagements = engagements;
        this.departement = departement;
        this.comptes = comptes;
        this.autorisations = autorisations;
        this.jdbc = jdbc;
    }

    /** A State imputation as shown, with its findings. */
    public record ImputationLue(Long id, Long champId, String champ, Long axeId, String axe, String programme,
            String centreFinancier, String centreCout, String domaineFonctionnel, String activiteCode,
            String activiteLibelle, String categorieProduit, List<Constat> constats) {
    }

    public record EngagementLu(Long champId, String champ, int exercice, String numero) {
    }

    public record ImputationDepartementLue(Long id, Long ficheId, String fiche, Long axeId, String section,
            String chapitre, String fonction, String natureArticle, String code, String autorisation,
            String libelle) {
    }

    public record CompteLu(String titulaire, String siret, String iban, String bic, String codeEtablissement,
            String codeGuichet, String numeroCompte, String cleRib, List<Constat> constats) {

        public boolean valide() {
            return constats.stream().noneMatch(c -> c.gravite() == Gravite.ERREUR);
        }
    }

    public List<ImputationLue> imputationsEtat(ConventionLue convention) {
        return etat.findByConventionIdOrderByOrdreAscIdAsc(convention.id()).stream().map(i -> {
            String champ = convention.champ(i.getChampId()).map(ChampLu::code).orElse("?");
            String axe = i.getAxeId() == null ? null
                    : convention.axe(i.getAxeId()).map(a -> a.type().getLibelle() + " " + a.numero()).orElse("?");
            List<Constat> constats = new ImputationEtatRule().verifier(new ImputationEtatRule.Imputation(champ,
                    i.getProgramme(), i.getCentreFinancier(), i.getCentreCout(), i.getDomaineFonctionnel(),
                    i.getActiviteCode()));
            return new ImputationLue(i.getId(), i.getChampId(), champ, i.getAxeId(), axe, i.getProgramme(),
                    i.getCentreFinancier(), i.getCentreCout(), i.getDomaineFonctionnel(), i.getActiviteCode(),
                    i.getActiviteLibelle(), i.getCategorieProduit(), constats);
        }).toList();
    }

    public List<EngagementLu> engagements(ConventionLue convention) {
        return engagements.findByConventionIdOrderByExercice(convention.id()).stream()
                .map(e -> new EngagementLu(e.getChampId(), convention.champ(e.getChampId()).map(ChampLu::code)
                        .orElse("?"), e.getExercice(), e.getNumero()))
                .toList();
    }

    public Optional<String> ej(Long champId, int exercice) {
        return engagements.findByChampIdAndExercice(champId, exercice).map(EngagementJuridique::getNumero);
    }

    public List<ImputationDepartementLue> imputationsDepartement(ConventionLue convention) {
        return departement.findByConventionIdOrderById(convention.id()).stream()
                .map(i -> new ImputationDepartementLue(i.getId(), i.getFicheId(),
                        convention.fiche(i.getFicheId()).map(ConventionLue.FicheLue::numero).orElse("?"),
                        i.getAxeId(), i.getSection(), i.getChapitre(), i.getFonction(), i.getNatureArticle(), i.code(),
                        i.getAutorisation(), i.getLibelle()))
                .toList();
    }

    /** Whether the current user may see bank details (R-SEC-9). */
    public boolean compteVisible(ConventionLue convention) {
        return autorisations.peut(Permission.VOIR_COMPTE_BANCAIRE, convention.departement().id(),
                convention.departement().region().id());
    }

    /** The payee account, for finance roles only (R-SEC-9): empty for anybody else. */
    public Optional<CompteLu> compte(ConventionLue convention) {
        if (!compteVisible(convention)) {
            return Optional.empty();
        }
        return comptes.findByConventionId(convention.id()).map(c -> compteLu(convention, c));
    }

    private CompteLu compteLu(ConventionLue convention, CompteBancaire c) {
        CompteBancaire.Champs f = c.champs();
        List<Constat> constats = new CompteBancaireRule().verifier(new CompteBancaireRule.Compte(f.iban(), f.bic(),
                f.codeEtablissement(), f.codeGuichet(), f.numeroCompte(), f.cleRib(), f.siret()),
                siretDepartement(convention));
        return new CompteLu(f.titulaire(), f.siret(), f.iban(), f.bic(), f.codeEtablissement(), f.codeGuichet(),
                f.numeroCompte(), f.cleRib(), constats);
    }

    String siretDepartement(ConventionLue convention) {
        return jdbc.query("select siret from departement where id = ?", rs -> rs.next() ? rs.getString(1) : null,
                convention.departement().id());
    }

    /**
     * R-PAY-5 and R-PAY-6: why a versement of a champ and exercice cannot be ordered (empty when it can): the champ's
     * State imputation complete and without template marker, an EJ (the one given with the ordering or the stored
     * one), a valid payee account. Read whatever the user's role (the account's details are not given out).
     */
    public List<String> blocagesOrdonnancement(ConventionLue convention, Long champId, int exercice, String ejDonne) {
        List<String> motifs = new ArrayList<>();
        List<ImputationLue> duChamp = imputationsEtat(convention).stream()
                .filter(i -> Objects.equals(i.champId(), champId)).toList();
        String champ = convention.champ(champId).map(ChampLu::code).orElse("?");
        if (duChamp.isEmpty()) {
            motifs.add(fr.pacte.shared.Messages.texte("imputation.blocage.absente", champ));
        }
        for (ImputationLue i : duChamp) {
            if (ImputationEtatRule.bloque(i.constats())) {
                i.constats().stream().filter(c -> c.gravite() != Gravite.INFO
                        && !ImputationEtatRule.NORMALISEE.equals(c.code())).map(Constat::message)
                        .forEach(motifs::add);
            }
        }
        boolean ej = (ejDonne != null && !ejDonne.isBlank()) || ej(champId, exercice).isPresent();
        if (!ej) {
            motifs.add(fr.pacte.shared.Messages.texte("imputation.blocage.ej", champ, exercice));
        }
        Optional<CompteBancaire> compte = comptes.findByConventionId(convention.id());
        if (compte.isEmpty()) {
            motifs.add(fr.pacte.shared.Messages.texte("imputation.blocage.compte"));
        } else {
            compteLu(convention, compte.get()).constats().stream().filter(c -> c.gravite() == Gravite.ERREUR)
                    .map(Constat::message).forEach(motifs::add);
        }
        return motifs.stream().distinct().toList();
    }
}

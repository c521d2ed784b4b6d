package fr.pacte.document;

import fr.pacte.convention.Convention;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.convention.CreationConvention;
import fr.pacte.convention.Deliberation;
import fr.pacte.convention.Partie;
import fr.pacte.convention.VersionLue;
import fr.pacte.financement.ChiffreDeclare;
import fr.pacte.financement.EcritureLignes;
import fr.pacte.financement.EcritureMontants;
import fr.pacte.financement.LigneFinancement;
import fr.pacte.financement.MontantConventionnel;
import fr.pacte.indicateur.DocumentIndicateurs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A convention as its document ({@code GET …/document}, contracts/convention.md), in the version of the snapshot:
 * every field the contract names, written explicitly (defaults included), and what Pacte holds besides. Lines come in a
 * stable order (champ, fiche, axe, exercice, financeur, nature), amounts with two decimals; posted again under another
 * numero, the document creates an identical convention (same tableau financier, controls and indicators).
 */
@Service
@Transactional(readOnly = true)
public class ExportDocument {

    private static final DateTimeFormatter MOIS_JOUR = DateTimeFormatter.ofPattern("MM-dd");

    private final CreationConvention structure;
    private final EcritureLignes lignes;
    private final EcritureMontants montants;
    private final DocumentIndicateurs indicateurs;

    ExportDocument(CreationConvention structure, EcritureLignes lignes, EcritureMontants montants,
            DocumentIndicateurs indicateurs) {
        this.structure = structure;
        this.lignes = lignes;
        this.montants = montants;
        this.indicateurs = indicateurs;
    }

    public DocumentConvention document(ConventionLue c) {
        Convention.Identite identite = structure.identite(c.id());
        Map<Long, ChampLu> champs = new HashMap<>();
        c.champs().forEach(ch -> champs.put(ch.id(), ch));
        Map<Long, AxeLu> axes = new HashMap<>();
        c.axes().forEach(a -> axes.put(a.id(), a));
        Map<Long, FicheLue> fiches = new HashMap<>();
        c.fiches().forEach(f -> fiches.put(f.id(), f));
        LocalDate debut = identite.dateDebut() != null ? identite.dateDebut() : c.dateDebut();
        LocalDate fin = identite.dateFin() != null ? identite.dateFin() : c.dateFin();
        return new DocumentConvention(c.numeroInterne(), c.numeroEtat(), c.intitule(), c.type().name(),
                c.departement().code(), texte(debut), texte(fin), parties(c), deliberation(c), signature(c),
                c.champs().stream().map(ch -> champ(ch, axes)).toList(),
                c.fiches().stream().map(ExportDocument::fiche).toList(),
                montants.montants(c).stream().map(m -> montant(m, champs, axes)).toList(),
                lignes(c, champs, axes, fiches),
                montants.declares(c.id()).stream().map(d -> declare(d, champs, axes, fiches)).toList(),
                indicateurs.document(c), c.aliases());
    }

    private static List<DocumentConvention.Partie> parties(ConventionLue c) {
        return c.parties().stream().sorted(Comparator.comparingInt(Partie::getOrdre))
                .map(p -> new DocumentConvention.Partie(p.getRole(), p.getOrganisme(), p.getRepresentant(),
                        p.getQualite(), p.getActeNomination()))
                .toList();
    }

    private static DocumentConvention.Deliberation deliberation(ConventionLue c) {
        if (c.deliberations().isEmpty()) {
            return null;
        }
        Deliberation.Saisie d = c.deliberations().get(0).saisie();
        return new DocumentConvention.Deliberation(d.organe(), d.numeroRapport(), texte(d.dateSeance()), d.pour(),
                d.contre(), d.abstentions(), d.presents(), d.representes(), d.nePrennentPasPart(),
                texte(d.dateTeletransmission()), texte(d.datePublication()), d.titre(), texte(d.dateConvocation()),
                d.president(), d.secretaire(), d.decision(), d.absents(), d.identifiantTeletransmission());
    }

    /** Signed on paper: version 0 in force from its signature date, null when the documents do not give it. */
    private static DocumentConvention.Signature signature(ConventionLue c) {
        return c.versions().stream().filter(v -> v.numero() == 0).findFirst()
                .filter(v -> !v.brouillon() && v.statut() != fr.pacte.convention.StatutVersion.ABANDONNEE)
                .map(VersionLue::enVigueurDu)
                .map(d -> new DocumentConvention.Signature(texte(d)))
                .or(() -> c.signee() ? java.util.Optional.of(new DocumentConvention.Signature(texte(c.dateSignature())))
                        : java.util.Optional.empty())
                .orElse(null);
    }

    private static DocumentConvention.Champ champ(ChampLu ch, Map<Long, AxeLu> axes) {
        List<DocumentConvention.Versement> versements = ch.reglesVersement().stream()
                .map(r -> new DocumentConvention.Versement(r.type().name(), nombre(r.pourcentage()), r.condition().name(),
                        r.exercice()))
                .toList();
        List<DocumentConvention.Axe> lesAxes = ch.axes().stream()
                .map(a -> new DocumentConvention.Axe(a.numero(), a.libelle(), a.type().name(),
                        a.parentId() == null || !axes.containsKey(a.parentId()) ? null : axes.get(a.parentId()).numero(),
                        a.pariteApplicable(), a.libelleCourt(), a.numeroPilier(), a.activiteChorus()))
                .toList();
        return new DocumentConvention.Champ(ch.code(), ch.libelle(), texte(ch.dateDebut()), texte(ch.dateFin()),
                ch.debutExercice().format(MOIS_JOUR), ch.programme(),
                new DocumentConvention.Parite(ch.paritePortee(), ch.pariteBase(), nombre(ch.pariteSeuil())), versements,
                lesAxes, nombre(ch.seuilSousConsommation()), ch.regleVersement());
    }

    private static DocumentConvention.Fiche fiche(FicheLue f) {
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        f.allocations().forEach(a -> {
            if (a.partPourcent() != null) {
                f.axes().stream().filter(x -> x.id().equals(a.axeId())).findFirst()
                        .ifPresent(x -> parts.put(x.numero(), nombre(a.partPourcent())));
            }
        });
        var contenu = f.contenu();
        return new DocumentConvention.Fiche(f.cle(), f.numero(), f.intitule(), f.champ().code(),
                f.axes().stream().map(AxeLu::numero).toList(), f.statut() == null ? null : f.statut().name(),
                f.description(), f.publicCible(), f.territoire(), f.pilote(), f.operateur(), f.partenaires(),
                f.dateMiseEnPlaceTexte(), f.dureeTexte(), contenu.libelleAnnexe(), f.codeAlternatif(), parts);
    }

    private static DocumentConvention.Montant montant(MontantConventionnel m, Map<Long, ChampLu> champs,
            Map<Long, AxeLu> axes) {
        return new DocumentConvention.Montant(code(champs.get(m.getChampId())),
                m.getAxeId() == null ? null : numero(axes.get(m.getAxeId())), m.getExercice(), m.getFinanceur().name(),
                m.getMontant().setScale(2), m.getMontantEnLettres(), m.getReferenceArticle(),
                "NOTIFIE".equals(m.getStatut()) ? null : m.getStatut());
    }

    /** Lines in a stable order: champ, fiche (envelope lines last), axe, exercice, financeur, organisme, nature. */
    private List<DocumentConvention.Ligne> lignes(ConventionLue c, Map<Long, ChampLu> champs, Map<Long, AxeLu> axes,
            Map<Long, FicheLue> fiches) {
        Map<Long, Integer> rangFiche = new HashMap<>();
        for (int i = 0; i < c.fiches().size(); i++) {
            rangFiche.put(c.fiches().get(i).id(), i);
        }
        Map<Long, Integer> rangAxe = new HashMap<>();
        List<AxeLu> tous = c.axes();
        for (int i = 0; i < tous.size(); i++) {
            rangAxe.put(tous.get(i).id(), i);
        }
        Comparator<LigneFinancement> ordre = Comparator
                .comparing((LigneFinancement l) -> champOrdre(axes.get(l.getAxeId()), champs))
                .thenComparing(l -> l.getFicheId() == null ? Integer.MAX_VALUE
                        : rangFiche.getOrDefault(l.getFicheId(), Integer.MAX_VALUE - 1))
                .thenComparing(l -> rangAxe.getOrDefault(l.getAxeId(), Integer.MAX_VALUE))
                .thenComparingInt(LigneFinancement::getExercice)
                .thenComparing(LigneFinancement::getFinanceur)
                .thenComparing(l -> Objects.requireNonNullElse(l.getOrganisme(), ""))
                .thenComparing(LigneFinancement::getNature);
        List<DocumentConvention.Ligne> resultat = new ArrayList<>();
        for (LigneFinancement l : lignes.toutesLesLignesPrevues(c.id(), c.version().numero()).stream().sorted(ordre)
                .toList()) {
            AxeLu axe = axes.get(l.getAxeId());
            FicheLue fiche = l.getFicheId() == null ? null : fiches.get(l.getFicheId());
            resultat.add(new DocumentConvention.Ligne(fiche == null ? null : fiche.cle(), numero(axe), l.getExercice(),
                    l.getFinanceur().name(), l.getOrganisme(), l.getNature().name(), l.getMontant().setScale(2),
                    l.getJustification(), fiche == null && axe != null ? axe.champCode() : null,
                    l.getExerciceOrigine(), l.getObjet()));
        }
        return resultat;
    }

    private static int champOrdre(AxeLu axe, Map<Long, ChampLu> champs) {
        if (axe == null) {
            return Integer.MAX_VALUE;
        }
        ChampLu champ = champs.get(axe.champId());
        return champ == null ? Integer.MAX_VALUE : champ.ordre();
    }

    private static DocumentConvention.Declare declare(ChiffreDeclare d, Map<Long, ChampLu> champs,
            Map<Long, AxeLu> axes, Map<Long, FicheLue> fiches) {
        List<String> union = d.getAxesNumeros() == null ? List.of() : List.of(d.getAxesNumeros().split(","));
        FicheLue fiche = d.getFicheId() == null ? null : fiches.get(d.getFicheId());
        return new DocumentConvention.Declare(d.getObjet(), code(champs.get(d.getChampId())),
                d.getAxeId() == null ? null : numero(axes.get(d.getAxeId())), fiche == null ? null : fiche.cle(),
                d.getExercice(), d.getColonne(), d.getValeur().setScale(2), d.getSource(), union, d.getTexteSource());
    }

    private static String code(ChampLu champ) {
        return champ == null ? null : champ.code();
    }

    private static String numero(AxeLu axe) {
        return axe == null ? null : axe.numero();
    }

    private static String texte(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** 50.0000 → 50, 12.5000 → 12.5: a percentage as written. */
    static BigDecimal nombre(BigDecimal valeur) {
        if (valeur == null) {
            return null;
        }
        BigDecimal n = valeur.stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0) : n;
    }
}

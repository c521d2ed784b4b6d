package fr.pacte.document;

import fr.pacte.convention.Champ;
import fr.pacte.convention.Changement;
import fr.pacte.convention.ConditionVersement;
import fr.pacte.convention.Convention;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.CreationConvention;
import fr.pacte.convention.Deliberation;
import fr.pacte.convention.FicheAction;
import fr.pacte.convention.SelecteurVersion;
import fr.pacte.convention.StatutFiche;
import fr.pacte.convention.TypeAxe;
import fr.pacte.convention.TypeConvention;
import fr.pacte.convention.TypeVersement;
import fr.pacte.financement.EcritureLignes;
import fr.pacte.financement.EcritureMontants;
import fr.pacte.financement.Financeur;
import fr.pacte.financement.LigneFinancement;
import fr.pacte.financement.Nature;
import fr.pacte.financement.Stade;
import fr.pacte.indicateur.DocumentIndicateurs;
import fr.pacte.shared.Libelles;
import fr.pacte.shared.Precision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes a valid document into a convention being drafted, through each owner: the structure by
 * {@link CreationConvention}, the money by {@link EcritureLignes} and {@link EcritureMontants}, the indicators by
 * {@link DocumentIndicateurs}; then what the structure left out is removed, and a convention signed on paper comes
 * into force (version 0). Called inside the use case's transaction, after every check.
 */
@Component
class EnregistrementDocument {

    private final CreationConvention structure;
    private final ConventionService conventions;
    private final EcritureLignes lignes;
    private final EcritureMontants montants;
    private final DocumentIndicateurs indicateurs;

    EnregistrementDocument(CreationConvention structure, ConventionService conventions, EcritureLignes lignes,
            EcritureMontants montants, DocumentIndicateurs indicateurs) {
        this.structure = structure;
        this.conventions = conventions;
        this.lignes = lignes;
        this.montants = montants;
        this.indicateurs = indicateurs;
    }

    static Convention.Identite identite(DocumentConvention d) {
        return new Convention.Identite(d.numero(), vide(d.numeroEtat()), d.intitule(),
                TypeConvention.valueOf(d.type()), vide(d.aliases()), date(d.debut()), date(d.fin()));
    }

    /** Writes everything but the identity (already created or changed) in version 0; answers what changed. */
    List<Changement> ecrire(Long conventionId, DocumentConvention d, String auteur, LocalDateTime maintenant,
            LocalDate aujourdhui) {
        structure.remplacerParties(conventionId, d.parties().stream()
                .map(p -> new CreationConvention.PartieVoulue(p.role(), p.organisme(), vide(p.representant()),
                        vide(p.qualite()), vide(p.acteNomination())))
                .toList());
        structure.remplacerDeliberation(conventionId, d.deliberation() == null ? null : deliberation(d.deliberation()));
        CreationConvention.Ids ids = structure.synchroniser(conventionId, 0, champs(d), fiches(d));
        List<Changement> changements = new ArrayList<>();
        ids.fiches().forEach((cle, id) -> changements.add(new Changement("FICHE", id, "cle", null, cle)));
        Map<String, String> champDeLaFiche = new HashMap<>();
        d.fiches().forEach(f -> champDeLaFiche.put(cle(f), f.champ()));
        Map<String, List<String>> axesDeLaFiche = new HashMap<>();
        d.fiches().forEach(f -> axesDeLaFiche.put(cle(f), f.axes()));
        List<EcritureLignes.LigneDocument> voulues = new ArrayList<>();
        for (DocumentConvention.Ligne l : d.lignes()) {
            String champ = l.fiche() == null ? l.champ() : champDeLaFiche.get(l.fiche());
            String axe = l.axe() != null ? l.axe() : axesDeLaFiche.get(l.fiche()).get(0);
            Financeur financeur = Financeur.valueOf(l.financeur());
            Nature nature = l.nature() == null ? Nature.CREDITS_NOUVEAUX : Nature.valueOf(l.nature());
            LigneFinancement.Cle cle = new LigneFinancement.Cle(l.fiche() == null ? null : ids.fiches().get(l.fiche()),
                    ids.axe(champ, axe), l.exercice(), financeur, financeur == Financeur.AUTRE ? l.organisme() : null,
                    nature, Stade.PREVU);
            voulues.add(new EcritureLignes.LigneDocument(cle, Precision.montant(l.montant()), vide(l.justification()),
                    vide(l.objet()), l.exerciceOrigine()));
        }
        changements.addAll(lignes.remplacerToutesLesLignes(conventionId, 0, voulues).changements());
        montants.remplacerMontants(conventionId, 0, m -> true, d.montantsConventionnels().stream()
                .map(m -> new EcritureMontants.MontantVoulu(ids.champs().get(m.champ()),
                        m.axe() == null ? null : ids.axe(m.champ(), m.axe()), m.exercice(),
                        Financeur.valueOf(m.financeur()), Precision.montant(m.montant()), vide(m.enLettres()),
                        vide(m.article()), m.statut()))
                .toList());
        montants.remplacerDeclares(conventionId, d.declares().stream().map(x -> declare(x, ids)).toList());
        ConventionLue ecrite = conventions.lire(conventionId, SelecteurVersion.version(0));
        indicateurs.remplacer(ecrite, d.indicateurs(), auteur, maintenant);
        structure.supprimerAbsents(conventionId, ids);
        if (d.signature() != null) {
            structure.signer(conventionId, date(d.signature().date()), aujourdhui);
        }
        return changements;
    }

    private static EcritureMontants.DeclareVoulu declare(DocumentConvention.Declare d, CreationConvention.Ids ids) {
        Long champId = d.champ() == null ? null : ids.champs().get(d.champ());
        Long axeId = d.axe() != null && d.axes().isEmpty() && d.champ() != null ? ids.axe(d.champ(), d.axe()) : null;
        String union = d.axes().isEmpty() ? null : String.join(",", d.axes());
        return new EcritureMontants.DeclareVoulu(d.objet(), champId, axeId, union,
                d.fiche() == null ? null : ids.fiches().get(d.fiche()), d.exercice(), d.colonne(),
                Precision.montant(d.montant()), vide(d.texte()), vide(d.source()), "DOCUMENT");
    }

    private static Deliberation.Saisie deliberation(DocumentConvention.Deliberation d) {
        return new Deliberation.Saisie(d.organe(), vide(d.numero()), vide(d.titre()), date(d.dateConvocation()),
                date(d.dateSeance()), vide(d.president()), vide(d.secretaire()), vide(d.decision()), d.pour(),
                d.contre(), d.abstentions(), d.presents(), d.representes(), d.nePrennentPasPart(), d.absents(),
                date(d.dateTransmission()), vide(d.identifiantTransmission()), date(d.datePublication()));
    }

    private static List<CreationConvention.ChampVoulu> champs(DocumentConvention d) {
        List<CreationConvention.ChampVoulu> champs = new ArrayList<>();
        for (DocumentConvention.Champ c : d.champs()) {
            DocumentConvention.Parite p = c.parite();
            Champ.Description description = new Champ.Description(c.code(), c.libelle(),
                    date(c.debut()), date(c.fin()), vide(c.programme()), vide(c.regleVersement()), c.debutExercice(),
                    c.seuilSousConsommation(), p == null ? null : p.portee(), p == null ? null : p.base(),
                    p == null ? null : p.seuil());
            List<CreationConvention.RegleVoulue> regles = c.versement().stream()
                    .map(v -> new CreationConvention.RegleVoulue(v.exercice(), TypeVersement.valueOf(v.type()),
                            v.pourcentage(), ConditionVersement.valueOf(v.condition())))
                    .toList();
            List<CreationConvention.AxeVoulu> axes = c.axes().stream()
                    .map(a -> new CreationConvention.AxeVoulu(a.type() == null ? TypeAxe.AXE : TypeAxe.valueOf(a.type()),
                            a.numero(), a.libelle(), vide(a.libelleCourt()), vide(a.numeroPilier()),
                            vide(a.activiteChorus()), a.pariteApplicable() == null || a.pariteApplicable(), a.parent()))
                    .toList();
            champs.add(new CreationConvention.ChampVoulu(description, regles, axes));
        }
        return champs;
    }

    private static List<CreationConvention.FicheVoulue> fiches(DocumentConvention d) {
        List<CreationConvention.FicheVoulue> fiches = new ArrayList<>();
        for (DocumentConvention.Fiche f : d.fiches()) {
            FicheAction.Description description = new FicheAction.Description(f.intitule(),
                    vide(f.libelleAnnexe()), vide(f.codeAlternatif()), vide(f.description()), vide(f.publicCible()),
                    vide(f.territoire()), vide(f.pilote()), vide(f.partenaires()), vide(f.operateur()),
                    vide(f.dateMiseEnPlace()), vide(f.duree()),
                    f.statut() == null ? StatutFiche.NOUVELLE : StatutFiche.valueOf(f.statut()));
            Map<String, BigDecimal> parts = new LinkedHashMap<>(f.partsAxes());
            fiches.add(new CreationConvention.FicheVoulue(f.champ(), cle(f), f.numero(), description,
                    f.axes(), parts));
        }
        return fiches;
    }

    static String cle(DocumentConvention.Fiche f) {
        return f.cle() == null ? f.numero() : f.cle();
    }

    static String vide(String texte) {
        return Libelles.vide(texte) ? null : texte;
    }

    static LocalDate date(String texte) {
        return Libelles.vide(texte) ? null : LocalDate.parse(texte);
    }
}

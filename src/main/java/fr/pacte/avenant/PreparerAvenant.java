package fr.pacte.avenant;

import fr.pacte.avenant.rules.SignatureRule;
import fr.pacte.convention.Changement;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.CycleDesVersions;
import fr.pacte.convention.SelecteurVersion;
import fr.pacte.convention.VersionLue;
import fr.pacte.financement.ComparaisonVersions.Enveloppe;
import fr.pacte.securite.Autorisations;
import fr.pacte.securite.Permission;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.shared.Messages;
import fr.pacte.shared.web.RessourceIntrouvableException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "préparer un avenant" (contracts/avenant.md: {@code POST} and {@code PUT …/avenants}): under the
 * convention's lock, by a Département agent, on a signed convention, with an unused number and no other avenant under
 * way (409 otherwise); a document with a structural error or a report beyond its champ's end is refused (422, nothing
 * saved). The document goes into the draft version (opened if needed) that becomes the avenant's; an avenant given
 * with its délibération and signature (signed on paper) is recorded directly in force. Publishes {@link
 * AvenantModifie}.
 */
@Service
public class PreparerAvenant {

    private final ConventionService conventions;
    private final CycleDesVersions cycle;
    private final EcritureAvenant ecriture;
    private final AvenantRepository avenants;
    private final ComparaisonAvenant comparaison;
    private final Autorisations autorisations;
    private final PerimetreCourant perimetre;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    PreparerAvenant(ConventionService conventions, CycleDesVersions cycle, EcritureAvenant ecriture,
            AvenantRepository avenants, ComparaisonAvenant comparaison, Autorisations autorisations,
            PerimetreCourant perimetre, ApplicationEventPublisher evenements, Clock horloge) {
        this.conventions = conventions;
        this.cycle = cycle;
        this.ecriture = ecriture;
        this.avenants = avenants;
        this.comparaison = comparaison;
        this.autorisations = autorisations;
        this.perimetre = perimetre;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    /** The answer: the avenant's number and statut, and the findings of its comparison. */
    public record Resultat(int numero, StatutAvenant statut, List<ConstatAvenant> constats) {
    }

    public boolean permis(ConventionLue convention) {
        return autorisations.peut(Permission.PREPARER_AVENANT, convention.departement().id(),
                convention.departement().region().id());
    }

    @Transactional
    public Resultat creer(Long conventionId, DocumentAvenant document) {
        conventions.verrouiller(conventionId);
        ConventionLue lue = conventions.lire(conventionId);
        exigerPermission(lue);
        if (!lue.signee()) {
            throw new AvenantConflitException("CONVENTION_NON_SIGNEE", Messages.texte("avenant.nonSignee"));
        }
        List<Avenant> existants = avenants.findByConventionIdOrderByNumero(conventionId);
        int numero = document.numero() != null ? document.numero()
                : existants.stream().mapToInt(Avenant::getNumero).max().orElse(0) + 1;
        if (numero < 1) {
            throw refus(List.of(ConstatAvenant.document("numero", Messages.texte("avenant.document.numero"))));
        }
        if (existants.stream().anyMatch(a -> a.getNumero() == numero)) {
            throw new AvenantConflitException("AVENANT_EXISTANT", Messages.texte("avenant.numeroExistant", numero));
        }
        existants.stream().filter(a -> a.getStatut().enCours()).findFirst().ifPresent(a -> {
            throw new AvenantConflitException("AVENANT_EN_COURS", Messages.texte("avenant.dejaEnCours", a.getNumero(),
                    Messages.texte(a.getStatut().cle())));
        });
        ConventionLue ecrit = conventions.lireVersionDEcriture(conventionId);
        DocumentLu lu = lire(document, ecrit);
        boolean historique = document.deliberation() != null || document.signature() != null;
        if (historique) {
            exigerSignatureValide(lue, document.deliberation(), document.signature() == null ? null
                    : document.signature().date());
        }
        VersionLue version = conventions.versionDEcriture(conventionId);
        cycle.rattacherAvenant(conventionId, version.numero(), numero);
        LocalDateTime maintenant = LocalDateTime.now(horloge);
        ConventionLue base = comparaison.base(conventions.lire(conventionId), version.numero());
        List<Changement> changements = new ArrayList<>(ecriture.ecrire(conventionId, version.numero(), numero, lu,
                base, false, perimetre.login(), maintenant));
        Avenant avenant = new Avenant(conventionId, numero, lu.objet, version.numero(), perimetre.login(), maintenant);
        avenant.decrire(lu.objet, complements(avenant, lu), perimetre.login(), maintenant);
        champs(avenant).forEach((nom, valeur) -> changements.add(0, new Changement("AVENANT", null, nom, null,
                valeur)));
        String action = "AVENANT_CREE";
        if (historique) {
            avenant.deliberer(document.deliberation());
            avenant.signer(document.signature().date());
            avenant.enregistrerSigne(perimetre.login(), perimetre.get().role().name(), maintenant,
                    Messages.texte("avenant.historique.commentaire"));
            cycle.mettreEnVigueur(conventionId, version.numero(), document.signature().date());
            changements.add(new Changement("AVENANT", null, "statut", null, StatutAvenant.EN_VIGUEUR.name()));
            action = "AVENANT_ENREGISTRE_SIGNE";
        }
        avenants.saveAndFlush(avenant);
        evenements.publishEvent(new AvenantModifie(conventionId, numero, version.numero(), action, perimetre.login(),
                maintenant, changements, null));
        return new Resultat(numero, avenant.getStatut(), comparaison.comparer(conventionId, numero).constats());
    }

    @Transactional
    public Resultat remplacer(Long conventionId, int numero, DocumentAvenant document) {
        conventions.verrouiller(conventionId);
        ConventionLue lue = conventions.lire(conventionId);
        exigerPermission(lue);
        Avenant avenant = avenants.findByConventionIdAndNumero(conventionId, numero)
                .orElseThrow(RessourceIntrouvableException::new);
        if (avenant.getStatut() != StatutAvenant.PROJET) {
            throw new AvenantConflitException("AVENANT_NON_MODIFIABLE", Messages.texte("avenant.nonModifiable", numero,
                    Messages.texte(avenant.getStatut().cle())));
        }
        int version = avenant.getVersionNumero();
        ConventionLue brouillon = conventions.lire(conventionId, SelecteurVersion.version(version));
        DocumentLu lu = lire(document, brouillon);
        LocalDateTime maintenant = LocalDateTime.now(horloge);
        ConventionLue base = comparaison.base(lue, version);
        Long avenantId = avenant.getId();
        Map<String, String> avantAvenant = champs(avenant);
        List<Changement> changements = new ArrayList<>(ecriture.ecrire(conventionId, version, numero, lu, base, true,
                perimetre.login(), maintenant));
        Avenant relu = avenants.findById(avenantId).orElseThrow();
        relu.decrire(lu.objet, complements(relu, lu), perimetre.login(), maintenant);
        Map<String, String> apresAvenant = champs(relu);
        List<String> noms = new ArrayList<>(avantAvenant.keySet());
        apresAvenant.keySet().stream().filter(k -> !avantAvenant.containsKey(k)).forEach(noms::add);
        List<Changement> propres = new ArrayList<>();
        for (String nom : noms) {
            if (!Objects.equals(avantAvenant.get(nom), apresAvenant.get(nom))) {
                propres.add(new Changement("AVENANT", relu.getId(), nom, avantAvenant.get(nom), apresAvenant.get(nom)));
            }
        }
        changements.addAll(0, propres);
        avenants.saveAndFlush(relu);
        evenements.publishEvent(new AvenantModifie(conventionId, numero, version, "AVENANT_MODIFIE",
                perimetre.login(), maintenant, changements, null));
        return new Resultat(numero, relu.getStatut(), comparaison.comparer(conventionId, numero).constats());
    }

    private void exigerPermission(ConventionLue lue) {
        autorisations.exiger(Permission.PREPARER_AVENANT, lue.departement().id(), lue.departement().region().id());
    }

    private DocumentLu lire(DocumentAvenant document, ConventionLue convention) {
        DocumentLu lu = DocumentLu.lire(document, convention);
        if (!lu.valide()) {
            throw refus(lu.erreurs);
        }
        List<ConstatAvenant> horsPeriode = new ArrayList<>();
        fr.pacte.avenant.rules.ReportRule regle = new fr.pacte.avenant.rules.ReportRule();
        lu.reports.forEach(r -> regle.horsPeriode(ComparaisonAvenant.regle(r.champ(), r.chemin(), r.fiche(),
                r.financeur(), r.exerciceOrigine(), r.exerciceDestination(), r.montant())).ifPresent(horsPeriode::add));
        if (!horsPeriode.isEmpty()) {
            throw new AvenantRefuseException("REPORT_HORS_PERIODE", Messages.texte("avenant.document.refuse",
                    horsPeriode.size()), horsPeriode);
        }
        return lu;
    }

    private static AvenantRefuseException refus(List<ConstatAvenant> erreurs) {
        return new AvenantRefuseException("DOCUMENT_INVALIDE", Messages.texte("avenant.document.refuse",
                erreurs.size()), erreurs);
    }

    /** R-ADM-3, R-ADM-4, R-DATE-6 on an avenant entered as already signed. */
    private void exigerSignatureValide(ConventionLue lue, DocumentAvenant.Deliberation deliberation, LocalDate date) {
        List<String> problemes = new SignatureRule().verifier(deliberation, date, LocalDate.now(horloge),
                lue.enVigueur().map(VersionLue::enVigueurDu).orElse(null));
        if (!problemes.isEmpty()) {
            throw new AvenantRefuseException("SIGNATURE_INVALIDE", String.join(" ", problemes), List.of());
        }
    }

    private static List<Avenant.Complement> complements(Avenant avenant, DocumentLu lu) {
        Map<Enveloppe, BigDecimal> parCle = new LinkedHashMap<>();
        lu.complements.forEach(c -> parCle.put(new Enveloppe(c.champ().id(), c.exercice(), c.financeur()), c.montant()));
        return parCle.entrySet().stream().map(e -> new Avenant.Complement(avenant, e.getKey().champId(),
                e.getKey().exercice(), e.getKey().financeur(), e.getValue())).toList();
    }

    /** The avenant's own fields as text, for the journal: its object and each complement. */
    private static Map<String, String> champs(Avenant avenant) {
        Map<String, String> champs = new LinkedHashMap<>();
        champs.put("objet", avenant.getObjet());
        for (Avenant.Complement c : avenant.getComplements()) {
            champs.put("complement " + c.getExercice() + " " + c.getFinanceur() + " champ " + c.getChampId(),
                    c.getMontant().toPlainString());
        }
        return champs;
    }
}

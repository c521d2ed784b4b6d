package fr.pacte.indicateur;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.shared.Libelles;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators of a convention as a document (contracts/convention.md, {@code indicateurs}): written from one (the
 * links, the local catalogue entries and the typed values, read by the rules of the annual entry, FX-19) and read back
 * into one. A national indicator is linked to the State catalogue entry of the same national code, or label and
 * champ; one the catalogue lacks is added for this convention only. Callers hold the convention's lock, have
 * checked the permission and have validated the document (every text reads as a value).
 */
@Service
@Transactional
public class DocumentIndicateurs {

    private final EntityManager em;
    private final ChargeurIndicateurs chargeur;

    DocumentIndicateurs(EntityManager em, ChargeurIndicateurs chargeur) {
        this.em = em;
        this.chargeur = chargeur;
    }

    /** The kind of an indicator's values when the document does not say it: the unit its numbers carry. */
    public static TypeValeur typeDeduit(IndicateurDocument d) {
        if (d.type() != null) {
            return TypeValeur.valueOf(d.type());
        }
        TypeValeur type = null;
        for (IndicateurDocument.ValeurDocument v : d.valeurs()) {
            Optional<Lecture> lue = ValeurParser.lire(v.texte());
            if (lue.isEmpty() || !lue.get().valeur().estNombre()) {
                continue;
            }
            TypeValeur t = lue.get().valeur().type();
            if (t.avecUnite()) {
                return t;
            }
            type = type == TypeValeur.DECIMAL || t == TypeValeur.DECIMAL ? TypeValeur.DECIMAL : TypeValeur.ENTIER;
        }
        if (type != null) {
            return type;
        }
        return d.valeurs().isEmpty() ? TypeValeur.ENTIER : TypeValeur.TEXTE;
    }

    /**
     * Replaces every indicator link of the convention (and its local catalogue) by those of the document, resolved
     * against the snapshot of the version being written: fiches by key, axes by number in the fiche's champ.
     */
    public void remplacer(ConventionLue convention, List<IndicateurDocument> documents, String par,
            LocalDateTime le) {
        Long conventionId = convention.id();
        em.flush();
        em.createNativeQuery("delete from indicateur_fiche where convention_id = ?1").setParameter(1, conventionId)
                .executeUpdate();
        em.createNativeQuery("delete from indicateur where convention_id = ?1").setParameter(1, conventionId)
                .executeUpdate();
        Map<String, Indicateur> locaux = new HashMap<>();
        Map<String, Integer> ordres = new HashMap<>();
        List<IndicateurFiche> liens = new ArrayList<>();
        for (IndicateurDocument d : documents) {
            FicheLue fiche = d.fiche() == null ? null : convention.ficheParCle(d.fiche())
                    .orElseThrow(() -> new IllegalStateException("Fiche " + d.fiche() + " absente de la version "
                            + convention.version().numero() + " : " + convention.fiches().stream().map(FicheLue::cle)
                            .toList()));
            Portee portee = d.portee() == null ? Portee.LOCAL : Portee.valueOf(d.portee());
            TypeValeur type = typeDeduit(d);
            Indicateur indicateur = portee == Portee.NATIONAL ? national(conventionId, d, type, fiche)
                    : d.code() != null && locaux.containsKey(d.code()) ? locaux.get(d.code())
                    : nouveau(new Indicateur(conventionId, champ(d, fiche), Portee.LOCAL, type));
            if (portee == Portee.LOCAL && d.code() != null) {
                locaux.putIfAbsent(d.code(), indicateur);
            }
            Long axeId = d.axe() == null || fiche == null ? null : fiche.champ().axes().stream()
                    .filter(a -> a.numero().equals(d.axe())).map(AxeLu::id).findFirst().orElse(null);
            int ordre = ordres.merge(fiche == null ? "" : fiche.cle(), 1, Integer::sum);
            IndicateurFiche lien = new IndicateurFiche(conventionId, indicateur, fiche == null ? null : fiche.id(),
                    axeId, d, ordre);
            em.persist(lien);
            liens.add(lien);
            for (IndicateurDocument.ValeurDocument v : d.valeurs()) {
                Periode periode = new Periode(v.annee(), NatureValeur.valueOf(v.nature()));
                Valeur valeur = ValeurParser.lire(v.texte(), indicateur.getTypeValeur()).orElseThrow().valeur();
                ValeurIndicateur stockee = new ValeurIndicateur(lien, periode);
                stockee.saisir(valeur, v.commentaire(), par, le);
                stockee.fixerTermes(v.numerateur(), v.denominateur());
                em.persist(stockee);
            }
            for (IndicateurDocument.DeclareeDocument dd : d.declarees()) {
                Periode periode = new Periode(dd.annee(), NatureValeur.valueOf(dd.nature()));
                Valeur lue = dd.texte() == null ? null
                        : ValeurParser.lire(dd.texte()).map(Lecture::valeur).orElse(null);
                em.persist(new ValeurDeclaree(lien, Annexe.valueOf(dd.annexe()), periode, dd.texte(), lue,
                        dd.source()));
            }
        }
        for (int i = 0; i < documents.size(); i++) {
            IndicateurDocument d = documents.get(i);
            if (d.parent() == null) {
                continue;
            }
            IndicateurFiche lien = liens.get(i);
            liens.stream().filter(l -> Objects.equals(l.getFicheId(), lien.getFicheId()) && l != lien
                            && d.parent().equals(l.getIndicateur().getCode()))
                    .findFirst().ifPresent(lien::rattacherAuParent);
        }
        em.flush();
    }

    private static IndicateurDocument champ(IndicateurDocument d, FicheLue fiche) {
        if (d.champ() != null || fiche == null) {
            return d;
        }
        return new IndicateurDocument(d.fiche(), d.libelle(), d.portee(), d.unite(), d.valeurs(), d.code(), d.type(),
                d.sens(), d.nature(), d.axe(), d.parent(), d.sommeDesParties(), d.territoire(), d.annexes(),
                d.ficheImprimee(), d.commentaire(), d.exemption(), d.thematique(), fiche.champ().code(), d.aliases(),
                d.numerateur(), d.denominateur(), d.definition(), d.source(), d.codeNational(), d.declarees());
    }

    private Indicateur nouveau(Indicateur indicateur) {
        em.persist(indicateur);
        return indicateur;
    }

    /** The State catalogue entry: same national code, else same label (and champ); else one for this convention. */
    private Indicateur national(Long conventionId, IndicateurDocument d, TypeValeur type, FicheLue fiche) {
        IndicateurDocument complet = champ(d, fiche);
        List<Indicateur> nationaux = em.createQuery("select i from Indicateur i where i.portee = :p", Indicateur.class)
                .setParameter("p", Portee.NATIONAL).getResultList();
        // A national code is unique: it names one entry, whoever added it.
        Optional<Indicateur> trouve = d.codeNational() == null ? Optional.empty()
                : nationaux.stream().filter(i -> d.codeNational().equals(i.getCodeNational())).findFirst();
        List<Indicateur> candidats = nationaux.stream()
                .filter(i -> i.getConventionId() == null || i.getConventionId().equals(conventionId)).toList();
        if (trouve.isEmpty()) {
            String libelle = Libelles.normaliser(d.libelle());
            trouve = candidats.stream().filter(i -> Libelles.normaliser(i.getLibelle()).equals(libelle))
                    .filter(i -> complet.champ() == null || i.getChampCode() == null
                            || complet.champ().equals(i.getChampCode()))
                    .findFirst();
        }
        return trouve.orElseGet(() -> nouveau(new Indicateur(conventionId, complet, Portee.NATIONAL, type)));
    }

    /** The indicators of the snapshot's version as a document, in reading order (champ, fiche, order in the fiche). */
    @Transactional(readOnly = true)
    public List<IndicateurDocument> document(ConventionLue convention) {
        Donnees donnees = chargeur.charger(convention);
        List<IndicateurDocument> documents = new ArrayList<>();
        for (IndicateurFiche lien : donnees.liens) {
            Indicateur i = lien.getIndicateur();
            FicheLue fiche = lien.getFiche();
            List<IndicateurDocument.ValeurDocument> valeurs = donnees.valeurs(lien).values().stream()
                    .map(v -> new IndicateurDocument.ValeurDocument(v.getNature().name(), v.getAnnee(),
                            v.getAffichage(), v.getCommentaire(), v.getNumerateur(), v.getDenominateur()))
                    .toList();
            List<IndicateurDocument.DeclareeDocument> declarees = donnees.declarees(lien).stream()
                    .sorted(Comparator.comparing((ValeurDeclaree v) -> v.getAnnexe()).thenComparing(v -> v.getPeriode()))
                    .map(v -> new IndicateurDocument.DeclareeDocument(v.getAnnexe().name(), v.getPeriode().nature().name(),
                            v.getPeriode().annee(), v.getTexte(), v.getSource()))
                    .toList();
            List<String> annexes = new ArrayList<>();
            if (lien.isPublieFiche()) {
                annexes.add(Annexe.FICHE.name());
            }
            if (lien.isPublieAnnexe1()) {
                annexes.add(Annexe.ANNEXE_1.name());
            }
            if (lien.isPublieAnnexe4()) {
                annexes.add(Annexe.ANNEXE_4.name());
            }
            String champ = fiche != null && fiche.champ().code().equals(i.getChampCode()) ? null : i.getChampCode();
            // Defaults stay implicit, so that a document comes back out as it went in: the kind its values imply, the
            // direction HAUSSE, publication in the fiche only.
            IndicateurDocument sansType = IndicateurDocument.simple(null, i.getLibelle(), null, null, valeurs);
            String type = typeDeduit(sansType) == i.getTypeValeur() ? null : i.getTypeValeur().name();
            List<String> publie = annexes.equals(List.of(Annexe.FICHE.name())) ? null : annexes;
            documents.add(new IndicateurDocument(fiche == null ? null : fiche.cle(), i.getLibelle(),
                    i.getPortee().name(), i.getUnite(), valeurs, i.getCode(), type,
                    i.getSens() == null || i.getSens() == Sens.HAUSSE ? null : i.getSens().name(),
                    i.getNatureMesure() == null ? null : i.getNatureMesure().name(),
                    lien.getAxe() == null ? null : lien.getAxe().numero(),
                    lien.getParent() == null ? null : lien.getParent().getIndicateur().getCode(),
                    lien.isSommeDesParties() ? Boolean.TRUE : null, lien.getTerritoire(), publie,
                    lien.getFicheImprimee(), lien.getCommentaire(), lien.getExemption(), i.getThematique(), champ,
                    i.getAliases(), i.getNumerateur(), i.getDenominateur(), i.getDefinition(), i.getSource(),
                    i.getCodeNational(), declarees));
        }
        return documents;
    }

    /**
     * The indicators a document names, by fiche key, for matching printed annexe rows by label (R-IMP-5): label and
     * aliases of each, in document order.
     */
    public static List<RapprochementIndicateurs.Connu> connus(List<IndicateurDocument> documents) {
        List<RapprochementIndicateurs.Connu> connus = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            IndicateurDocument d = documents.get(i);
            List<String> libelles = new ArrayList<>();
            libelles.add(d.libelle());
            if (d.aliases() != null) {
                for (String alias : d.aliases().split(";")) {
                    if (!alias.isBlank()) {
                        libelles.add(alias.strip());
                    }
                }
            }
            connus.add(new RapprochementIndicateurs.Connu(i, d.fiche(), libelles));
        }
        return connus;
    }
}

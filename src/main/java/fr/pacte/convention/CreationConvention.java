package fr.pacte.convention;

import fr.pacte.shared.web.CacheDeRequete;
import fr.pacte.shared.web.RessourceIntrouvableException;
import fr.pacte.territoire.Departement;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the structure of a convention: the convention itself, its parties, délibération, champs (with their payment
 * rule), the axe tree and the fiches, and its signature when it was signed on paper before being entered (R-SEC-13).
 * Called by the use cases that own these writes (the convention document, the screens of a convention in
 * ELABORATION); they hold the convention's lock and have checked the permission and every value. Money and
 * indicators are written by their own features, by the same use cases.
 */
@Service
@Transactional
public class CreationConvention {

    private final EntityManager em;
    private final ConventionRepository conventions;
    private final ConventionVersionRepository versions;
    private final FicheActionRepository fiches;
    private final ConventionService lecture;

    CreationConvention(EntityManager em, ConventionRepository conventions, ConventionVersionRepository versions,
            FicheActionRepository fiches, ConventionService lecture) {
        this.em = em;
        this.conventions = conventions;
        this.versions = versions;
        this.fiches = fiches;
        this.lecture = lecture;
    }

    /** A Département known by its INSEE code ("86", "2A"). */
    public record DepartementConnu(Long id, String code, String nom, Long regionId, String region) {
    }

    @Transactional(readOnly = true)
    public Optional<DepartementConnu> departement(String code) {
        return em.createQuery("select d from Departement d join fetch d.region where d.code = :code", Departement.class)
                .setParameter("code", code).getResultStream().findFirst().map(CreationConvention::connu);
    }

    @Transactional(readOnly = true)
    public Optional<DepartementConnu> departement(Long id) {
        return em.createQuery("select d from Departement d join fetch d.region where d.id = :id", Departement.class)
                .setParameter("id", id).getResultStream().findFirst().map(CreationConvention::connu);
    }

    /** Every Département, by code (the administrator's choice on the "Nouvelle convention" screen). */
    @Transactional(readOnly = true)
    public List<DepartementConnu> departements() {
        return em.createQuery("select d from Departement d join fetch d.region order by d.code", Departement.class)
                .getResultList().stream().map(CreationConvention::connu).toList();
    }

    private static DepartementConnu connu(Departement d) {
        return new DepartementConnu(d.getId(), d.getCode(), d.getNom(), d.getRegion().getId(), d.getRegion().getNom());
    }

    /** R-ADM-1: the internal number is unique in its Département. */
    @Transactional(readOnly = true)
    public boolean numeroPris(Long departementId, String numero, Long saufConvention) {
        return !em.createQuery("select c.id from Convention c where c.departement.id = :d and c.numeroInterne = :n "
                        + "and (:sauf is null or c.id <> :sauf)", Long.class)
                .setParameter("d", departementId).setParameter("n", numero).setParameter("sauf", saufConvention)
                .getResultList().isEmpty();
    }

    // ---- The convention, its parties and délibération ----

    /** A party as the document or the screen gives it. */
    public record PartieVoulue(String role, String organisme, String representant, String qualite,
            String acteNomination) {
    }

    /** Creates a convention in ELABORATION with its version 0 (a draft); answers its id. */
    public Long creer(Long departementId, Convention.Identite identite) {
        Departement departement = em.getReference(Departement.class, departementId);
        Convention convention = new Convention(departement, identite);
        em.persist(convention);
        em.flush();
        versions.saveAndFlush(ConventionVersion.initiale(convention.getId(), false, null));
        CacheDeRequete.vider();
        return convention.getId();
    }

    /** The identity as stored, with the period its document stated (null for conventions loaded before). */
    @Transactional(readOnly = true)
    public Convention.Identite identite(Long conventionId) {
        return convention(conventionId).identite();
    }

    public void identifier(Long conventionId, Convention.Identite identite) {
        convention(conventionId).identifier(identite);
        CacheDeRequete.vider();
    }

    public void remplacerParties(Long conventionId, List<PartieVoulue> parties) {
        Convention convention = convention(conventionId);
        em.createQuery("delete from Partie p where p.convention.id = :c").setParameter("c", conventionId)
                .executeUpdate();
        int ordre = 0;
        for (PartieVoulue p : parties) {
            em.persist(new Partie(convention, p.role(), p.organisme(), p.representant(), p.qualite(),
                    p.acteNomination(), ++ordre));
        }
        em.flush();
        em.refresh(convention);
        CacheDeRequete.vider();
    }

    /** The délibération authorising the signature: replaced, or removed when {@code saisie} is null. */
    public void remplacerDeliberation(Long conventionId, Deliberation.Saisie saisie) {
        Convention convention = convention(conventionId);
        em.createQuery("delete from Deliberation d where d.convention.id = :c").setParameter("c", conventionId)
                .executeUpdate();
        if (saisie != null) {
            em.persist(new Deliberation(convention, saisie));
        }
        em.flush();
        em.refresh(convention);
        CacheDeRequete.vider();
    }

    /**
     * A convention signed on paper before being entered: its version 0 comes into force on the signature date, which
     * may be unknown (null, the Vienne, DOMAIN.md Q12): a date is never invented (R-DATE-6).
     */
    public void signer(Long conventionId, LocalDate date, LocalDate aujourdhui) {
        Convention convention = convention(conventionId);
        ConventionVersion v0 = versions.findByConventionIdAndStatut(conventionId, StatutVersion.BROUILLON)
                .filter(v -> v.getNumero() == 0)
                .orElseThrow(() -> new IllegalStateException("Seule une convention jamais signée se déclare signée"));
        v0.mettreEnVigueur(date);
        convention.signer(date, aujourdhui);
        em.flush();
        CacheDeRequete.vider();
    }

    // ---- Champs, axes and fiches as a whole (the convention document) ----

    public record RegleVoulue(Integer exercice, TypeVersement type, BigDecimal pourcentage,
            ConditionVersement condition) {
    }

    /** An axe of a champ; {@code parent} names the number of another axe of the same champ, or null. */
    public record AxeVoulu(TypeAxe type, String numero, String libelle, String libelleCourt, String numeroPilier,
            String activiteChorus, boolean pariteApplicable, String parent) {
    }

    public record ChampVoulu(Champ.Description description, List<RegleVoulue> regles, List<AxeVoulu> axes) {
    }

    /** A fiche: its champ's code, key, printed number, content, axe numbers and the shares stated per axe number. */
    public record FicheVoulue(String champ, String cle, String numero, FicheAction.Description description,
            List<String> axes, Map<String, BigDecimal> parts) {
    }

    /** The ids of what {@link #synchroniser} wrote: champ code, then "champ/axe numero", then fiche key. */
    public record Ids(Map<String, Long> champs, Map<String, Long> axes, Map<String, Long> fiches) {

        public Long axe(String champ, String numero) {
            return axes.get(champ + "/" + numero);
        }
    }

    /**
     * Makes the champs, axes and fiches of a convention being drafted those given, matched by their keys (champ code,
     * axe number in its champ, fiche key): what exists keeps its id and is changed in place in version
     * {@code version}, what is new is added. Nothing is removed here: once money and indicators no longer point to
     * them, {@link #supprimerAbsents} removes what the structure left out.
     */
    public Ids synchroniser(Long conventionId, int version, List<ChampVoulu> champsVoulus, List<FicheVoulue> voulues) {
        Convention convention = convention(conventionId);
        Map<String, Champ> champs = new LinkedHashMap<>();
        champsDe(conventionId).forEach(c -> champs.put(c.getCode(), c));
        Map<String, Long> idsChamps = new LinkedHashMap<>();
        Map<String, Long> idsAxes = new LinkedHashMap<>();
        Map<String, Axe> axesParCle = new HashMap<>();
        int ordreChamp = 0;
        for (ChampVoulu voulu : champsVoulus) {
            Champ champ = champs.get(voulu.description().code());
            if (champ == null) {
                champ = new Champ(convention, voulu.description().code(), ++ordreChamp);
                champ.decrire(voulu.description());
                em.persist(champ);
            } else {
                champ.placer(++ordreChamp);
                champ.decrire(voulu.description());
            }
            em.flush();
            remplacerRegles(champ, voulu.regles());
            idsChamps.put(champ.getCode(), champ.getId());
            Map<String, Axe> axes = new LinkedHashMap<>();
            axesDe(champ.getId()).forEach(a -> axes.put(a.getNumero(), a));
            int ordreAxe = 0;
            for (AxeVoulu a : voulu.axes()) {
                Axe axe = axes.get(a.numero());
                if (axe == null) {
                    axe = new Axe(champ, a.type(), a.numero(), a.libelle(), a.pariteApplicable(), ++ordreAxe);
                    axe.decrire(a.type(), a.numero(), a.libelle(), a.libelleCourt(), a.numeroPilier(),
                            a.activiteChorus(), a.pariteApplicable());
                    em.persist(axe);
                } else {
                    axe.placer(++ordreAxe);
                    axe.decrire(a.type(), a.numero(), a.libelle(), a.libelleCourt(), a.numeroPilier(),
                            a.activiteChorus(), a.pariteApplicable());
                }
                axesParCle.put(champ.getCode() + "/" + a.numero(), axe);
            }
            em.flush();
            for (AxeVoulu a : voulu.axes()) {
                Axe axe = axesParCle.get(champ.getCode() + "/" + a.numero());
                Axe parent = a.parent() == null ? null : axesParCle.get(champ.getCode() + "/" + a.parent());
                axe.rattacher(parent == null ? null : parent.getId());
                idsAxes.put(champ.getCode() + "/" + a.numero(), axe.getId());
            }
        }
        Map<String, FicheAction> existantes = new HashMap<>();
        fiches.findByConventionId(conventionId).forEach(f -> existantes.put(f.getCle(), f));
        Map<String, Long> idsFiches = new LinkedHashMap<>();
        Map<String, Integer> ordres = new HashMap<>();
        for (FicheVoulue v : voulues) {
            Champ champ = em.find(Champ.class, idsChamps.get(v.champ()));
            int ordre = ordres.merge(v.champ(), 1, Integer::sum);
            FicheAction fiche = existantes.get(v.cle());
            if (fiche == null) {
                fiche = new FicheAction(convention, champ, v.cle(), v.numero(), ordre);
                em.persist(fiche);
                em.flush();
            } else {
                fiche.identifier(v.cle(), v.numero(), champ);
                fiche.placer(ordre);
            }
            List<Axe> axes = v.axes().stream().map(n -> axesParCle.get(v.champ() + "/" + n)).toList();
            fiche.decrire(v.description(), version);
            fiche.allouer(axes, version);
            for (AllocationAxe allocation : fiche.allocations(version)) {
                allocation.fixerPart(v.parts() == null ? null : v.parts().get(allocation.getAxe().getNumero()));
            }
            idsFiches.put(v.cle(), fiche.getId());
        }
        em.flush();
        CacheDeRequete.vider();
        return new Ids(idsChamps, idsAxes, idsFiches);
    }

    /**
     * Removes the fiches, axes and champs of a convention being drafted that {@code ids} does not hold (a document
     * replaced by PUT). Their lines, indicators and amounts were rewritten before by their features; what still
     * points to them goes with them (database cascades).
     */
    public void supprimerAbsents(Long conventionId, Ids ids) {
        for (FicheAction f : fiches.findByConventionId(conventionId)) {
            if (!ids.fiches().containsValue(f.getId())) {
                em.remove(f);
            }
        }
        em.flush();
        for (Champ champ : champsDe(conventionId)) {
            List<Axe> axes = axesDe(champ.getId());
            for (Axe axe : axes) {
                if (!ids.axes().containsValue(axe.getId())) {
                    axe.rattacher(null);
                }
            }
            em.flush();
            for (Axe axe : axes) {
                if (!ids.axes().containsValue(axe.getId())) {
                    supprimerLiensAxe(axe.getId());
                    em.remove(axe);
                }
            }
            if (!ids.champs().containsValue(champ.getId())) {
                em.remove(champ);
            }
        }
        em.flush();
        CacheDeRequete.vider();
    }

    // ---- One champ, axe or fiche at a time (the screens of a convention in ELABORATION) ----

    public Long ajouterChamp(Long conventionId, Champ.Description description, List<RegleVoulue> regles) {
        Convention convention = convention(conventionId);
        int ordre = champsDe(conventionId).stream().mapToInt(Champ::getOrdre).max().orElse(0) + 1;
        Champ champ = new Champ(convention, description.code(), ordre);
        champ.decrire(description);
        em.persist(champ);
        em.flush();
        remplacerRegles(champ, regles);
        CacheDeRequete.vider();
        return champ.getId();
    }

    public void modifierChamp(Long conventionId, Long champId, Champ.Description description,
            List<RegleVoulue> regles) {
        Champ champ = champ(conventionId, champId);
        champ.decrire(description);
        remplacerRegles(champ, regles);
        CacheDeRequete.vider();
    }

    /** A champ without fiche (the caller has checked): its axes, amounts and rules go with it. */
    public void supprimerChamp(Long conventionId, Long champId) {
        Champ champ = champ(conventionId, champId);
        for (Axe axe : axesDe(champId)) {
            axe.rattacher(null);
        }
        em.flush();
        axesDe(champId).forEach(a -> {
            supprimerLiensAxe(a.getId());
            em.remove(a);
        });
        em.remove(champ);
        em.flush();
        CacheDeRequete.vider();
    }

    /** Moves a champ one place up ({@code -1}) or down ({@code +1}) among the convention's champs. */
    public void deplacerChamp(Long conventionId, Long champId, int sens) {
        List<Champ> champs = new ArrayList<>(champsDe(conventionId));
        permuter(champs, champs.indexOf(champ(conventionId, champId)), sens);
        for (int i = 0; i < champs.size(); i++) {
            champs.get(i).placer(i + 1);
        }
        em.flush();
        CacheDeRequete.vider();
    }

    /** An axe of a champ; {@code parentId} is another axe of the same champ, or null. */
    public record AxeSaisi(TypeAxe type, String numero, String libelle, String libelleCourt, String numeroPilier,
            String activiteChorus, boolean pariteApplicable, Long parentId) {
    }

    public Long ajouterAxe(Long conventionId, Long champId, AxeSaisi saisi) {
        Champ champ = champ(conventionId, champId);
        int ordre = axesDe(champId).stream().mapToInt(Axe::getOrdre).max().orElse(0) + 1;
        Axe axe = new Axe(champ, saisi.type(), saisi.numero(), saisi.libelle(), saisi.pariteApplicable(), ordre);
        axe.decrire(saisi.type(), saisi.numero(), saisi.libelle(), saisi.libelleCourt(), saisi.numeroPilier(),
                saisi.activiteChorus(), saisi.pariteApplicable());
        em.persist(axe);
        em.flush();
        axe.rattacher(parentDuChamp(champId, saisi.parentId(), axe.getId()));
        em.flush();
        CacheDeRequete.vider();
        return axe.getId();
    }

    public void modifierAxe(Long conventionId, Long axeId, AxeSaisi saisi) {
        Axe axe = axe(conventionId, axeId);
        axe.decrire(saisi.type(), saisi.numero(), saisi.libelle(), saisi.libelleCourt(), saisi.numeroPilier(),
                saisi.activiteChorus(), saisi.pariteApplicable());
        axe.rattacher(parentDuChamp(axe.getChamp().getId(), saisi.parentId(), axeId));
        em.flush();
        CacheDeRequete.vider();
    }

    /** An axe without fiche, line nor child (the caller has checked); its amounts go with it. */
    public void supprimerAxe(Long conventionId, Long axeId) {
        Axe axe = axe(conventionId, axeId);
        supprimerLiensAxe(axeId);
        em.remove(axe);
        em.flush();
        CacheDeRequete.vider();
    }

    /** Moves an axe one place up or down among the axes of its champ that have the same parent. */
    public void deplacerAxe(Long conventionId, Long axeId, int sens) {
        Axe axe = axe(conventionId, axeId);
        List<Axe> tous = ConventionService.enArbre(axesDe(axe.getChamp().getId()));
        for (int i = 0; i < tous.size(); i++) {
            tous.get(i).placer(i + 1);
        }
        List<Axe> freres = tous.stream().filter(a -> Objects.equals(a.getParentId(), axe.getParentId())).toList();
        int j = freres.indexOf(axe) + Integer.signum(sens);
        if (j >= 0 && j < freres.size()) {
            Axe autre = freres.get(j);
            int ordre = axe.getOrdre();
            axe.placer(autre.getOrdre());
            autre.placer(ordre);
        }
        em.flush();
        CacheDeRequete.vider();
    }

    public Long ajouterFiche(Long conventionId, int version, Long champId, String cle, String numero,
            FicheAction.Description description, List<Long> axeIds) {
        Convention convention = convention(conventionId);
        Champ champ = champ(conventionId, champId);
        int ordre = fiches.findByConventionId(conventionId).stream()
                .filter(f -> f.getChamp().getId().equals(champId)).mapToInt(FicheAction::getOrdre).max().orElse(0) + 1;
        FicheAction fiche = new FicheAction(convention, champ, cle, numero, ordre);
        em.persist(fiche);
        em.flush();
        List<Axe> axes = axesDe(champId).stream().filter(a -> axeIds.contains(a.getId())).toList();
        fiche.decrire(description, version);
        fiche.allouer(axes, version);
        em.flush();
        CacheDeRequete.vider();
        return fiche.getId();
    }

    /** Changes the key and printed number of a fiche being drafted. */
    public void identifierFiche(Long conventionId, Long ficheId, String cle, String numero) {
        FicheAction fiche = lecture.ficheAEcrire(conventionId, ficheId);
        fiche.identifier(cle, numero, fiche.getChamp());
        em.flush();
        CacheDeRequete.vider();
    }

    /** Removes a fiche being drafted with its lines, indicators and declared figures (database cascades). */
    public void supprimerFiche(Long conventionId, Long ficheId) {
        FicheAction fiche = lecture.ficheAEcrire(conventionId, ficheId);
        em.remove(fiche);
        em.flush();
        CacheDeRequete.vider();
    }

    /** Moves a fiche one place up or down among the fiches of its champ, in reading order. */
    public void deplacerFiche(Long conventionId, Long ficheId, int sens) {
        ConventionLue lue = lecture.lire(conventionId, SelecteurVersion.version(0));
        FicheAction fiche = lecture.ficheAEcrire(conventionId, ficheId);
        List<Long> ordre = new ArrayList<>(lue.fiches().stream()
                .filter(f -> f.champ().id().equals(fiche.getChamp().getId())).map(ConventionLue.FicheLue::id)
                .toList());
        permuter(ordre, ordre.indexOf(ficheId), sens);
        Map<Long, FicheAction> parId = new HashMap<>();
        fiches.findByConventionId(conventionId).forEach(f -> parId.put(f.getId(), f));
        for (int i = 0; i < ordre.size(); i++) {
            parId.get(ordre.get(i)).placer(i + 1);
        }
        em.flush();
        CacheDeRequete.vider();
    }

    // ---- helpers ----

    private void remplacerRegles(Champ champ, List<RegleVoulue> regles) {
        em.createQuery("delete from RegleVersement r where r.champ.id = :c").setParameter("c", champ.getId())
                .executeUpdate();
        Map<Integer, Integer> ordres = new HashMap<>();
        for (RegleVoulue r : regles) {
            int ordre = ordres.merge(r.exercice() == null ? Integer.MIN_VALUE : r.exercice(), 1, Integer::sum);
            em.persist(new RegleVersement(champ, r.exercice(), ordre, r.type(), r.pourcentage(), r.condition()));
        }
        em.flush();
        em.refresh(champ);
    }

    /** What points to an axe without cascade in the database: allocations (the caller checked there is no line). */
    private void supprimerLiensAxe(Long axeId) {
        em.createQuery("delete from AllocationAxe a where a.axe.id = :a").setParameter("a", axeId).executeUpdate();
        em.createNativeQuery("update indicateur_fiche set axe_id = null where axe_id = ?1").setParameter(1, axeId)
                .executeUpdate();
        em.createNativeQuery("update axe set parent_id = null where parent_id = ?1").setParameter(1, axeId)
                .executeUpdate();
    }

    private Long parentDuChamp(Long champId, Long parentId, Long axeId) {
        if (parentId == null) {
            return null;
        }
        List<Axe> axes = axesDe(champId);
        Map<Long, Long> parents = new HashMap<>();
        axes.forEach(a -> parents.put(a.getId(), a.getParentId()));
        if (!parents.containsKey(parentId)) {
            throw new IllegalArgumentException("L'axe parent n'est pas un axe de ce champ");
        }
        for (Long p = parentId; p != null; p = parents.get(p)) {
            if (p.equals(axeId)) {
                throw new IllegalArgumentException("Un axe ne peut pas être rangé sous lui-même");
            }
        }
        return parentId;
    }

    private static <T> void permuter(List<T> liste, int i, int sens) {
        int j = i + Integer.signum(sens);
        if (i < 0 || j < 0 || j >= liste.size()) {
            return;
        }
        T a = liste.get(i);
        liste.set(i, liste.get(j));
        liste.set(j, a);
    }

    private Convention convention(Long id) {
        return conventions.findById(id).orElseThrow(RessourceIntrouvableException::new);
    }

    private List<Champ> champsDe(Long conventionId) {
        return em.createQuery("select c from Champ c where c.convention.id = :c order by c.ordre, c.id", Champ.class)
                .setParameter("c", conventionId).getResultList();
    }

    private List<Axe> axesDe(Long champId) {
        return em.createQuery("select a from Axe a where a.champ.id = :c order by a.ordre, a.id", Axe.class)
                .setParameter("c", champId).getResultList();
    }

    private Champ champ(Long conventionId, Long champId) {
        Champ champ = em.find(Champ.class, champId);
        if (champ == null || !champ.getConvention().getId().equals(conventionId)) {
            throw new RessourceIntrouvableException();
        }
        return champ;
    }

    private Axe axe(Long conventionId, Long axeId) {
        Axe axe = em.find(Axe.class, axeId);
        if (axe == null || !axe.getChamp().getConvention().getId().equals(conventionId)) {
            throw new RessourceIntrouvableException();
        }
        return axe;
    }
}

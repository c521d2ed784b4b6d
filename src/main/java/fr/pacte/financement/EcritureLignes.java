package fr.pacte.financement;

import fr.pacte.convention.Changement;
import fr.pacte.financement.LigneFinancement.Cle;
import fr.pacte.financement.rules.PrecisionRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of money. Lines are saved by difference on their natural key ({@link Cle}): an unchanged line keeps
 * its row and id, a changed one is updated in place when the version being written created it, a removed one is
 * removed; a line of an earlier version (the version in force) is never touched: it is closed at the draft's number
 * and the draft gets its own row (R-SEC-8). Only planned lines (stade PREVU) are written here; executed or
 * pre-notified lines are other facts and are never touched (R-FIN-21). Callers hold the convention's lock and have
 * checked the permission.
 */
@Service
@Transactional
public class EcritureLignes {

    private final LigneFinancementRepository lignes;

    EcritureLignes(LigneFinancementRepository lignes) {
        this.lignes = lignes;
    }

    /**
     * A line as it should be after the write. {@code justification} replaces the stored one unless
     * {@code garderJustification} (an import does not carry justifications).
     */
    public record LigneVoulue(Cle cle, BigDecimal montant, String justification, boolean garderJustification) {

        public LigneVoulue {
            if (cle.stade() != Stade.PREVU) {
                throw new IllegalArgumentException("Seules les lignes prévues s'écrivent ici");
            }
            montant = LigneFinancement.montantValide(montant);
        }

        public static LigneVoulue montant(Cle cle, BigDecimal montant) {
            return new LigneVoulue(cle, montant, null, true);
        }

        public static LigneVoulue justifiee(Cle cle, BigDecimal montant, String justification) {
            return new LigneVoulue(cle, montant, justification, false);
        }
    }

    /** What a write did: the fields changed (for the journal), the fiches whose money changed, the counts. */
    public record Resultat(List<Changement> changements, Set<Long> fichesTouchees, int ajoutees, int modifiees,
            int supprimees) {

        public boolean rienNAChange() {
            return changements.isEmpty();
        }
    }

    /** Writes the whole planned budget of a fiche (every axe and exercice) in version {@code version}. */
    public Resultat enregistrerBudgetFiche(Long conventionId, Long ficheId, int version, List<LigneVoulue> voulues) {
        for (LigneVoulue v : voulues) {
            if (!ficheId.equals(v.cle().ficheId())) {
                throw new IllegalArgumentException("Ligne d'une autre fiche");
            }
        }
        List<LigneFinancement> existantes = lignes.visiblesDesFiches(conventionId, List.of(ficheId), version).stream()
                .filter(l -> l.getStade() == Stade.PREVU).toList();
        return appliquer(conventionId, version, existantes, voulues);
    }

    /** One row of an imported tableau financier: a fiche (null for an envelope line) on an axe, its columns. */
    public record RangImporte(Long ficheId, Long axeId, Sommes sommes) {
    }

    /**
     * Writes the rows of an imported tableau financier as the planned lines of one exercice, within
     * {@code portee} (the (fiche, axe) pairs this import is about: those of the file, or every pair of the champs the
     * file covers when the user asked to replace the exercice). A row gives one amount per financeur; the split by
     * nature that a table cannot show is kept from the lines it replaces when the amount is unchanged (fiche 10:
     * 10 000 crédits + 10 000 valorisation), else the former nature when there was one only, else crédits nouveaux
     * (R-FIN-15). Carried-over credits printed together are stored half État, half Département (R-FIN-20, R-FIN-14).
     * A year without money keeps its justification (fiche 13 in 2024: "financement 2025", R-FIN-18).
     */
    public Resultat enregistrerExercice(Long conventionId, int exercice, int version,
            Predicate<RangImporte> portee, Collection<RangImporte> rangs) {
        List<LigneFinancement> existantes = lignes.visibles(conventionId, exercice, version, Stade.PREVU).stream()
                .filter(l -> portee.test(new RangImporte(l.getFicheId(), l.getAxeId(), null)))
                .toList();
        Map<List<Long>, List<LigneFinancement>> parRang = new LinkedHashMap<>();
        existantes.forEach(l -> parRang.computeIfAbsent(cleRang(l.getFicheId(), l.getAxeId()), k -> new ArrayList<>())
                .add(l));
        Map<List<Long>, Sommes> sommes = new LinkedHashMap<>();
        for (RangImporte r : rangs) {
            sommes.merge(cleRang(r.ficheId(), r.axeId()), r.sommes(), Sommes::plus);
        }
        List<LigneVoulue> voulues = new ArrayList<>();
        sommes.forEach((cle, s) -> voulues.addAll(repartir(cle.get(0), cle.get(1), exercice, s,
                parRang.getOrDefault(cle, List.of()))));
        return appliquer(conventionId, version, existantes, voulues);
    }

    /**
     * Replaces the named planned lines of version {@code version} (an avenant's {@code lignes}, contracts/avenant.md):
     * each named key gets its amount, an amount of 0 removes the line, lines not named stay as they are. By
     * difference like every write here: an unchanged line keeps its row and id.
     */
    public Resultat remplacerLignes(Long conventionId, int version, List<LigneVoulue> nommees) {
        Set<Cle> cles = new LinkedHashSet<>();
        nommees.forEach(v -> {
            if (!cles.add(v.cle())) {
                throw new IllegalArgumentException("Deux montants pour la même ligne : " + v.cle());
            }
        });
        List<LigneFinancement> existantes = lignes.visiblesDeLaConvention(conventionId, version, Stade.PREVU).stream()
                .filter(l -> cles.contains(l.cle())).toList();
        List<LigneVoulue> voulues = nommees.stream().filter(v -> v.montant().signum() != 0).toList();
        return appliquer(conventionId, version, existantes, voulues);
    }

    /**
     * A line as a convention document states it (contracts/convention.md, {@code lignes}): its key, amount,
     * justification, object and, for a REPORT line, its origin exercice (null: the previous exercice, R-FIN-20).
     */
    public record LigneDocument(Cle cle, BigDecimal montant, String justification, String objet,
            Integer exerciceOrigine) {

        public LigneDocument {
            if (cle.stade() != Stade.PREVU) {
                throw new IllegalArgumentException("Seules les lignes prévues s'écrivent ici");
            }
            montant = LigneFinancement.montantValide(montant);
        }
    }

    /**
     * Makes the planned lines of version {@code version} exactly those of a document, by difference on their key: an
     * unchanged line keeps its row, a changed one is changed in place (the version created it) or closed and replaced,
     * a line the document leaves out is removed (or closed). Executed and pre-notified lines are never touched.
     */
    public Resultat remplacerToutesLesLignes(Long conventionId, int version, List<LigneDocument> voulues) {
        List<LigneFinancement> existantes = lignes.visiblesDeLaConvention(conventionId, version, Stade.PREVU);
        Map<Cle, LigneFinancement> parCle = new LinkedHashMap<>();
        existantes.forEach(l -> parCle.put(l.cle(), l));
        List<Changement> changements = new ArrayList<>();
        Set<Long> fiches = new LinkedHashSet<>();
        int ajoutees = 0;
        int modifiees = 0;
        Set<Cle> vues = new java.util.HashSet<>();
        for (LigneDocument v : voulues) {
            if (!vues.add(v.cle())) {
                throw new IllegalArgumentException("Deux montants pour la même ligne : " + v.cle());
            }
            LigneFinancement existante = parCle.remove(v.cle());
            boolean identique = existante != null && existante.getMontant().compareTo(v.montant()) == 0
                    && Objects.equals(existante.getJustification(), v.justification())
                    && Objects.equals(existante.getObjet(), v.objet())
                    && Objects.equals(existante.getExerciceOrigine(), origine(v));
            if (identique) {
                continue;
            }
            if (existante != null && existante.getValidite().creeeEn(version)) {
                BigDecimal avant = existante.getMontant();
                existante.changer(v.montant(), v.justification());
                existante.completer(v.objet(), v.exerciceOrigine());
                changements.add(changement(existante, avant, v.montant()));
                modifiees++;
            } else {
                if (existante != null) {
                    existante.getValidite().fermer(version);
                    modifiees++;
                } else {
                    ajoutees++;
                }
                LigneFinancement nouvelle = new LigneFinancement(conventionId, v.cle(), v.montant(), v.justification(),
                        v.objet(), version);
                nouvelle.completer(v.objet(), v.exerciceOrigine());
                lignes.save(nouvelle);
                changements.add(changement(nouvelle, existante == null ? null : existante.getMontant(), v.montant()));
            }
            if (v.cle().ficheId() != null) {
                fiches.add(v.cle().ficheId());
            }
        }
        int supprimees = retirer(parCle.values(), version, changements, fiches);
        return new Resultat(changements, fiches, ajoutees, modifiees, supprimees);
    }

    private static Integer origine(LigneDocument v) {
        return v.cle().nature() == Nature.REPORT ? v.exerciceOrigine() : null;
    }

    /** Every planned line of one version, whatever its exercice (a convention's document). */
    @Transactional(readOnly = true)
    public List<LigneFinancement> toutesLesLignesPrevues(Long conventionId, int version) {
        return lignes.visiblesDeLaConvention(conventionId, version, Stade.PREVU);
    }

    /** The planned lines of one exercice in one version (the import's "what would be lost" and its checks). */
    @Transactional(readOnly = true)
    public List<LigneFinancement> lignesPrevues(Long conventionId, int exercice, int version) {
        return lignes.visibles(conventionId, exercice, version, Stade.PREVU);
    }

    private static List<Long> cleRang(Long ficheId, Long axeId) {
        List<Long> cle = new ArrayList<>(2);
        cle.add(ficheId);
        cle.add(axeId);
        return cle;
    }

    private Resultat appliquer(Long conventionId, int version, List<LigneFinancement> existantes,
            List<LigneVoulue> voulues) {
        Map<Cle, LigneFinancement> parCle = new LinkedHashMap<>();
        existantes.forEach(l -> parCle.put(l.cle(), l));
        Map<Cle, LigneVoulue> voulu = new LinkedHashMap<>();
        for (LigneVoulue v : voulues) {
            if (voulu.put(v.cle(), v) != null) {
                throw new IllegalArgumentException("Deux montants pour la même ligne : " + v.cle());
            }
        }
        List<Changement> changements = new ArrayList<>();
        Set<Long> fiches = new LinkedHashSet<>();
        int ajoutees = 0;
        int modifiees = 0;
        for (LigneVoulue v : voulu.values()) {
            LigneFinancement existante = parCle.remove(v.cle());
            String justification = v.garderJustification() && existante != null ? existante.getJustification()
                    : v.justification();
            if (existante == null) {
                LigneFinancement nouvelle = lignes.save(new LigneFinancement(conventionId, v.cle(), v.montant(),
                        justification, null, version));
                changements.add(changement(nouvelle, null, v.montant()));
                ajoutees++;
            } else if (existante.getMontant().compareTo(v.montant()) == 0
                    && Objects.equals(existante.getJustification(), justification)) {
                continue;
            } else if (existante.getValidite().creeeEn(version)) {
                BigDecimal avant = existante.getMontant();
                existante.changer(v.montant(), justification);
                changements.add(changement(existante, avant, v.montant()));
                modifiees++;
            } else {
                existante.getValidite().fermer(version);
                LigneFinancement remplacante = lignes.save(new LigneFinancement(conventionId, v.cle(), v.montant(),
                        justification, existante.getObjet(), version));
                changements.add(changement(remplacante, existante.getMontant(), v.montant()));
                modifiees++;
            }
            if (v.cle().ficheId() != null) {
                fiches.add(v.cle().ficheId());
            }
        }
        int supprimees = retirer(parCle.values(), version, changements, fiches);
        return new Resultat(changements, fiches, ajoutees, modifiees, supprimees);
    }

    /**
     * The lines the new state no longer holds: a line born in this draft goes, an older one is closed at this version
     * (it stays what the versions in force show).
     */
    private int retirer(Collection<LigneFinancement> retirees, int version, List<Changement> changements,
            Set<Long> fiches) {
        for (LigneFinancement retiree : retirees) {
            if (retiree.getValidite().creeeEn(version)) {
                lignes.delete(retiree);
            } else {
                retiree.getValidite().fermer(version);
            }
            changements.add(changement(retiree, retiree.getMontant(), null));
            if (retiree.getFicheId() != null) {
                fiches.add(retiree.getFicheId());
            }
        }
        lignes.flush();
        return retirees.size();
    }

    private static Changement changement(LigneFinancement ligne, BigDecimal avant, BigDecimal apres) {
        Cle c = ligne.cle();
        String champ = "montant " + c.exercice() + " " + c.financeur() + " " + c.nature()
                + (c.organisme() == null ? "" : " (" + c.organisme() + ")") + " axe " + c.axeId();
        return new Changement("LIGNE", ligne.getId(), champ, avant == null ? null : avant.toPlainString(),
                apres == null ? null : apres.toPlainString());
    }

    private static List<LigneVoulue> repartir(Long ficheId, Long axeId, int exercice, Sommes sommes,
            List<LigneFinancement> anciennes) {
        List<LigneVoulue> resultat = new ArrayList<>();
        resultat.addAll(groupe(ficheId, axeId, exercice, sommes.etat(), anciennes, Financeur.ETAT));
        resultat.addAll(groupe(ficheId, axeId, exercice, sommes.departement(), anciennes, Financeur.DEPARTEMENT));
        resultat.addAll(groupe(ficheId, axeId, exercice, sommes.autres(), anciennes, Financeur.AUTRE));
        resultat.addAll(report(ficheId, axeId, exercice, sommes.report(), anciennes));
        if (resultat.isEmpty()) {
            anciennes.stream().filter(l -> l.getJustification() != null).findFirst()
                    .ifPresent(l -> resultat.add(LigneVoulue.montant(l.cle(), BigDecimal.ZERO)));
        }
        return resultat;
    }

    private static List<LigneVoulue> groupe(Long ficheId, Long axeId, int exercice, BigDecimal montant,
            List<LigneFinancement> anciennes, Financeur financeur) {
        List<LigneFinancement> memes = anciennes.stream()
                .filter(l -> l.getFinanceur() == financeur && l.getNature() != Nature.REPORT)
                .filter(l -> l.getMontant().signum() != 0).toList();
        if (montant.signum() == 0) {
            return List.of();
        }
        if (somme(memes).compareTo(montant) == 0) {
            return memes.stream().map(l -> LigneVoulue.montant(l.cle(), l.getMontant())).toList();
        }
        List<Nature> natures = memes.stream().map(LigneFinancement::getNature).distinct().toList();
        Nature nature = natures.size() == 1 ? natures.get(0) : Nature.CREDITS_NOUVEAUX;
        String organisme = memes.stream().map(LigneFinancement::getOrganisme).filter(Objects::nonNull)
                .findFirst().orElse(null);
        return List.of(LigneVoulue.montant(new Cle(ficheId, axeId, exercice, financeur, organisme, nature, Stade.PREVU),
                montant));
    }

    private static List<LigneVoulue> report(Long ficheId, Long axeId, int exercice, BigDecimal montant,
            List<LigneFinancement> anciennes) {
        List<LigneFinancement> reports = anciennes.stream().filter(l -> l.getNature() == Nature.REPORT)
                .filter(l -> l.getMontant().signum() != 0).toList();
        if (montant.signum() == 0) {
            return List.of();
        }
        if (somme(reports).compareTo(montant) == 0) {
            return reports.stream().map(l -> LigneVoulue.montant(l.cle(), l.getMontant())).toList();
        }
        List<BigDecimal> moities = PrecisionRule.moitie(montant);
        List<LigneVoulue> resultat = new ArrayList<>();
        if (moities.get(0).signum() != 0) {
            resultat.add(LigneVoulue.montant(new Cle(ficheId, axeId, exercice, Financeur.ETAT, null, Nature.REPORT,
                    Stade.PREVU), moities.get(0)));
        }
        if (moities.get(1).signum() != 0) {
            resultat.add(LigneVoulue.montant(new Cle(ficheId, axeId, exercice, Financeur.DEPARTEMENT, null,
                    Nature.REPORT, Stade.PREVU), moities.get(1)));
        }
        return resultat;
    }

    private static BigDecimal somme(List<LigneFinancement> lignes) {
        return lignes.stream().map(LigneFinancement::getMontant).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

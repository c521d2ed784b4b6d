package fr.pacte.avenant;

import fr.pacte.convention.Changement;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.CreationFiche;
import fr.pacte.convention.DifferencesFiches;
import fr.pacte.convention.FicheAction;
import fr.pacte.convention.SelecteurVersion;
import fr.pacte.financement.EcritureLignes;
import fr.pacte.financement.EcritureLignes.LigneVoulue;
import fr.pacte.financement.FinancementService;
import fr.pacte.financement.LigneFinancement;
import fr.pacte.financement.MontantConventionnel;
import fr.pacte.financement.MontantsConventionnels;
import fr.pacte.financement.ReportCredits;
import fr.pacte.financement.ReportsCredits;
import fr.pacte.financement.Stade;
import fr.pacte.revue.VerrousRevue;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Writes an avenant's document into its draft version, each part through its one writer: fiches (their content is
 * versioned; a new fiche by {@link CreationFiche}), lines ({@link EcritureLignes#remplacerLignes}, by difference),
 * montants conventionnels, reports. {@code remplacer} (the PUT): the draft becomes the version it was made from plus
 * this document, so what an earlier document named and this one does not goes back to the version in force; without
 * it (the POST) the document is written on top of the draft as it is. Fiches the review has locked refuse it (409).
 */
@Component
class EcritureAvenant {

    private final ConventionService conventions;
    private final CreationFiche creation;
    private final EcritureLignes ecriture;
    private final FinancementService financement;
    private final MontantsConventionnels montants;
    private final ReportsCredits reports;
    private final VerrousRevue verrous;

    EcritureAvenant(ConventionService conventions, CreationFiche creation, EcritureLignes ecriture,
            FinancementService financement, MontantsConventionnels montants, ReportsCredits reports,
            VerrousRevue verrous) {
        this.conventions = conventions;
        this.creation = creation;
        this.ecriture = ecriture;
        this.financement = financement;
        this.montants = montants;
        this.reports = reports;
        this.verrous = verrous;
    }

    List<Changement> ecrire(Long conventionId, int version, int numero, DocumentLu lu, ConventionLue base,
            boolean remplacer, String par, LocalDateTime le) {
        ConventionLue brouillon = conventions.lire(conventionId, SelecteurVersion.version(version));
        List<Changement> changements = new ArrayList<>();
        Set<Long> fichesTouchees = new LinkedHashSet<>();
        Map<String, Long> ids = DocumentLu.idsExistants(brouillon);

        // 1. Fiches: new ones exist from this version on, the others take the named fields.
        for (DocumentLu.FicheLueDoc f : lu.fiches.values()) {
            List<Long> axes = f.axes().stream().map(AxeLu::id).toList();
            Long id = ids.get(f.cle());
            if (id == null) {
                CreationFiche.Creee creee = creation.creer(conventionId, f.champ().id(), f.cle(), f.numero(),
                        f.description(), axes, version, par, le);
                ids.put(f.cle(), creee.ficheId());
                changements.addAll(creee.changements());
                fichesTouchees.add(creee.ficheId());
            } else {
                List<Changement> c = conventions.decrireFiche(conventions.ficheAEcrire(conventionId, id),
                        f.description(), axes, version);
                if (!c.isEmpty()) {
                    changements.addAll(c);
                    fichesTouchees.add(id);
                }
            }
        }
        List<Long> aRetirer = new ArrayList<>();
        if (remplacer) {
            for (FicheLue f : brouillon.fiches()) {
                if (lu.fiches.containsKey(f.cle())) {
                    continue;
                }
                var ancienne = base.fiche(f.id());
                if (ancienne.isEmpty()) {
                    aRetirer.add(f.id());
                } else if (!DifferencesFiches.modifications(f.id(), ancienne.get(), f).isEmpty()) {
                    changements.addAll(conventions.decrireFiche(conventions.ficheAEcrire(conventionId, f.id()),
                            ancienne.get().contenu(), ancienne.get().axes().stream().map(AxeLu::id).toList(),
                            version));
                    fichesTouchees.add(f.id());
                }
            }
        }

        // 2. Lines: the named ones, and (PUT) those the draft changed that the document no longer names.
        Map<LigneFinancement.Cle, LigneVoulue> voulues = new LinkedHashMap<>();
        for (DocumentLu.LigneLue l : lu.lignes) {
            LigneFinancement.Cle cle = new LigneFinancement.Cle(l.fiche() == null ? null : ids.get(l.fiche()),
                    l.axe().id(), l.exercice(), l.financeur(), l.organisme(), l.nature(), Stade.PREVU);
            voulues.put(cle, LigneVoulue.montant(cle, l.montant()));
        }
        if (remplacer) {
            Map<LigneFinancement.Cle, BigDecimal> avant = montantsLignes(base);
            Map<LigneFinancement.Cle, BigDecimal> actuel = montantsLignes(brouillon);
            Set<LigneFinancement.Cle> cles = new LinkedHashSet<>(actuel.keySet());
            cles.addAll(avant.keySet());
            for (LigneFinancement.Cle cle : cles) {
                BigDecimal a = avant.getOrDefault(cle, Montants.ZERO);
                if (!voulues.containsKey(cle) && a.compareTo(actuel.getOrDefault(cle, Montants.ZERO)) != 0) {
                    voulues.put(cle, LigneVoulue.montant(cle, a));
                }
            }
        }
        EcritureLignes.Resultat ecrit = ecriture.remplacerLignes(conventionId, version, List.copyOf(voulues.values()));
        changements.addAll(ecrit.changements());
        fichesTouchees.addAll(ecrit.fichesTouchees());

        // 3. Montants conventionnels.
        Map<MontantConventionnel.Cle, MontantsConventionnels.MontantVoulu> montantsVoulus = new LinkedHashMap<>();
        String article = "avenant n° " + numero;
        for (DocumentLu.MontantLu m : lu.montants) {
            MontantConventionnel.Cle cle = new MontantConventionnel.Cle(m.champ().id(),
                    m.axe() == null ? null : m.axe().id(), m.exercice(), m.financeur());
            montantsVoulus.put(cle, new MontantsConventionnels.MontantVoulu(cle, m.montant(),
                    Objects.requireNonNullElse(m.article(), article)));
        }
        if (remplacer) {
            Map<MontantConventionnel.Cle, MontantConventionnel> avant = parCle(montants.visibles(base));
            Map<MontantConventionnel.Cle, MontantConventionnel> actuel = parCle(montants.visibles(brouillon));
            Set<MontantConventionnel.Cle> cles = new LinkedHashSet<>(actuel.keySet());
            cles.addAll(avant.keySet());
            for (MontantConventionnel.Cle cle : cles) {
                MontantConventionnel a = avant.get(cle);
                MontantConventionnel b = actuel.get(cle);
                boolean differe = a == null || b == null || a.getMontant().compareTo(b.getMontant()) != 0;
                if (!montantsVoulus.containsKey(cle) && differe) {
                    montantsVoulus.put(cle, new MontantsConventionnels.MontantVoulu(cle,
                            a == null ? Montants.ZERO : a.getMontant(), a == null ? null : a.getReferenceArticle()));
                }
            }
        }
        changements.addAll(montants.remplacer(conventionId, version, List.copyOf(montantsVoulus.values())));

        // 4. Reports (R-PAY-8): those of the version in force, or of the draft, with the named ones.
        Map<ReportCredits.Cle, BigDecimal> reportsAvant = new LinkedHashMap<>();
        reports.reports(brouillon).forEach(r -> reportsAvant.put(r.cle(), r.getMontant()));
        Map<ReportCredits.Cle, BigDecimal> reportsVoulus = new LinkedHashMap<>();
        (remplacer ? reports.reports(base) : reports.reports(brouillon))
                .forEach(r -> reportsVoulus.put(r.cle(), r.getMontant()));
        for (DocumentLu.ReportLu r : lu.reports) {
            reportsVoulus.put(new ReportCredits.Cle(r.champ().id(), r.fiche() == null ? null : ids.get(r.fiche()),
                    r.financeur(), r.exerciceOrigine(), r.exerciceDestination()), r.montant());
        }
        if (!reportsVoulus.equals(reportsAvant)) {
            reports.remplacer(conventionId, version, numero, reportsVoulus.entrySet().stream()
                    .map(e -> new ReportsCredits.ReportVoulu(e.getKey(), e.getValue())).toList());
            Set<ReportCredits.Cle> cles = new LinkedHashSet<>(reportsAvant.keySet());
            cles.addAll(reportsVoulus.keySet());
            for (ReportCredits.Cle cle : cles) {
                BigDecimal a = reportsAvant.get(cle);
                BigDecimal b = reportsVoulus.get(cle);
                if (a == null || b == null || a.compareTo(b) != 0) {
                    changements.add(new Changement("REPORT", null, "report " + cle.exerciceOrigine() + " → "
                            + cle.exerciceDestination() + " " + cle.financeur() + " champ " + cle.champId(),
                            a == null ? null : a.toPlainString(), b == null ? null : b.toPlainString()));
                }
            }
        }

        // 5. Fiches the document no longer names and that this version had created.
        for (Long id : aRetirer) {
            creation.retirer(conventionId, id, version);
            changements.add(new Changement("FICHE", id, "fiche", "créée par l'avenant", null));
        }

        // R-WF-4: a fiche submitted, under review or validated refuses the change (rolled back with the rest).
        fichesTouchees.removeAll(aRetirer);
        ConventionLue ecrit2 = conventions.lire(conventionId, SelecteurVersion.version(version));
        verrous.exigerModifiable(ecrit2, fichesTouchees.stream().filter(id -> ecrit2.fiche(id).isPresent()).toList());
        for (Long id : fichesTouchees) {
            if (ecrit2.fiche(id).isPresent()) {
                conventions.marquerModifiee(conventions.ficheAEcrire(conventionId, id), par, le);
            }
        }
        return changements;
    }

    private Map<LigneFinancement.Cle, BigDecimal> montantsLignes(ConventionLue convention) {
        Map<LigneFinancement.Cle, BigDecimal> parCle = new HashMap<>();
        financement.lignesPrevues(convention).forEach(l -> parCle.put(l.cle(), l.getMontant()));
        return parCle;
    }

    private static Map<MontantConventionnel.Cle, MontantConventionnel> parCle(List<MontantConventionnel> liste) {
        Map<MontantConventionnel.Cle, MontantConventionnel> parCle = new LinkedHashMap<>();
        liste.forEach(m -> parCle.put(m.cle(), m));
        return parCle;
    }

    static FicheAction.Description description(FicheLue f) {
        return f.contenu();
    }
}

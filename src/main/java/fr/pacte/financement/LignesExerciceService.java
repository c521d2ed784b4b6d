package fr.pacte.financement;

import fr.pacte.convention.ConventionService;
import fr.pacte.financement.rules.DonneesFinancieres;
import fr.pacte.financement.rules.PrecisionRule;
import fr.pacte.securite.PerimetreCourant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces the financing lines of one exercice of a convention by the rows of an imported tableau financier
 * (R-IMP-17: all or nothing), within the axes of the champs the table covers: a solidarités table leaves the France
 * Travail lines alone. A table gives one amount per financeur; the split by nature that the table cannot
 * show is kept from the lines it replaces when the amount is unchanged (fiche 10: 10 000 crédits + 10 000
 * valorisation), otherwise the former nature is kept when there was only one, else crédits nouveaux (R-FIN-15).
 * Carried-over credits printed together are stored half État, half Département (R-FIN-20, R-FIN-14).
 */
@Service
@Transactional
public class LignesExerciceService {

    private final ConventionService conventions;
    private final LigneFinancementRepository lignes;
    private final PerimetreCourant perimetre;

    LignesExerciceService(ConventionService conventions, LigneFinancementRepository lignes,
            PerimetreCourant perimetre) {
        this.conventions = conventions;
        this.lignes = lignes;
        this.perimetre = perimetre;
    }

    private record Cle(Long ficheId, Long axeId) {
    }

    /**
     * @param axes the axes whose lines of the exercice are replaced (those of the champs the table covers)
     * @return the number of lines stored. Only the Département's editors may (R-SEC-2).
     */
    public int remplacer(Long conventionId, int annee, Collection<Long> axes, List<DonneesFinancieres.Rang> rangs) {
        conventions.convention(conventionId);
        perimetre.exigerEdition();
        List<LigneFinancement> remplacees = lignes.findByConventionIdAndExercice(conventionId, annee).stream()
                .filter(l -> axes.contains(l.getAxeId())).toList();
        Map<Cle, List<LigneFinancement>> anciennes = new LinkedHashMap<>();
        for (LigneFinancement l : remplacees) {
            anciennes.computeIfAbsent(new Cle(l.getFicheId(), l.getAxeId()), k -> new ArrayList<>()).add(l);
        }
        Map<Cle, Sommes> nouveaux = new LinkedHashMap<>();
        rangs.forEach(r -> nouveaux.merge(new Cle(r.ficheId(), r.axeId()), r.montants(), Sommes::plus));
        lignes.deleteAllInBatch(remplacees);
        lignes.flush();
        List<LigneFinancement> enregistrees = new ArrayList<>();
        nouveaux.forEach((cle, sommes) -> enregistrees.addAll(
                lignes(conventionId, annee, cle, sommes, anciennes.getOrDefault(cle, List.of()))));
        lignes.saveAll(enregistrees);
        return enregistrees.size();
    }

    private static List<LigneFinancement> lignes(Long conventionId, int annee, Cle cle, Sommes sommes,
            List<LigneFinancement> anciennes) {
        Fabrique fabrique = new Fabrique(conventionId, annee, cle);
        List<LigneFinancement> resultat = new ArrayList<>();
        resultat.addAll(fabrique.groupe(sommes.etat(), anciennes,
                l -> l.getFinanceur() == Financeur.ETAT && l.getNature() != Nature.REPORT, Financeur.ETAT));
        resultat.addAll(fabrique.groupe(sommes.departement(), anciennes,
                l -> l.getFinanceur() == Financeur.DEPARTEMENT && l.getNature() != Nature.REPORT,
                Financeur.DEPARTEMENT));
        resultat.addAll(fabrique.groupe(sommes.autres(), anciennes,
                l -> l.getFinanceur() == Financeur.AUTRE && l.getNature() != Nature.REPORT, Financeur.AUTRE));
        resultat.addAll(fabrique.report(sommes.report(), anciennes));
        if (resultat.isEmpty()) {
            // A year without money keeps its justification (fiche 13 in 2024: "financement 2025", R-FIN-18).
            anciennes.stream().map(LigneFinancement::getJustification).filter(Objects::nonNull).findFirst()
                    .ifPresent(j -> resultat.add(fabrique.nouvelle(Financeur.ETAT, Nature.CREDITS_NOUVEAUX,
                            BigDecimal.ZERO).avecJustification(j)));
        }
        return resultat;
    }

    private record Fabrique(Long conventionId, int annee, Cle cle) {

        LigneFinancement nouvelle(Financeur financeur, Nature nature, BigDecimal montant) {
            return new LigneFinancement(conventionId, cle.ficheId(), cle.axeId(), annee, financeur, nature, montant);
        }

        LigneFinancement copie(LigneFinancement ancienne) {
            return nouvelle(ancienne.getFinanceur(), ancienne.getNature(), ancienne.getMontant())
                    .avecJustification(ancienne.getJustification())
                    .avecFinanceurLibelle(ancienne.getFinanceurLibelle());
        }

        List<LigneFinancement> groupe(BigDecimal montant, List<LigneFinancement> anciennes,
                Predicate<LigneFinancement> filtre, Financeur financeur) {
            List<LigneFinancement> memes = anciennes.stream().filter(filtre)
                    .filter(l -> l.getMontant().signum() != 0).toList();
            if (montant.signum() == 0) {
                return List.of();
            }
            if (somme(memes).compareTo(montant) == 0) {
                return memes.stream().map(this::copie).toList();
            }
            List<Nature> natures = memes.stream().map(LigneFinancement::getNature).distinct().toList();
            Nature nature = natures.size() == 1 ? natures.get(0) : Nature.CREDITS_NOUVEAUX;
            String libelle = memes.stream().map(LigneFinancement::getFinanceurLibelle).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            return List.of(nouvelle(financeur, nature, montant).avecFinanceurLibelle(libelle));
        }

        List<LigneFinancement> report(BigDecimal montant, List<LigneFinancement> anciennes) {
            List<LigneFinancement> reports = anciennes.stream().filter(l -> l.getNature() == Nature.REPORT)
                    .filter(l -> l.getMontant().signum() != 0).toList();
            if (montant.signum() == 0) {
                return List.of();
            }
            if (somme(reports).compareTo(montant) == 0) {
                return reports.stream().map(this::copie).toList();
            }
            List<BigDecimal> moities = PrecisionRule.moitie(montant);
            List<LigneFinancement> resultat = new ArrayList<>();
            if (moities.get(0).signum() != 0) {
                resultat.add(nouvelle(Financeur.ETAT, Nature.REPORT, moities.get(0)));
            }
            if (moities.get(1).signum() != 0) {
                resultat.add(nouvelle(Financeur.DEPARTEMENT, Nature.REPORT, moities.get(1)));
            }
            return resultat;
        }

        private static BigDecimal somme(List<LigneFinancement> lignes) {
            return lignes.stream().map(LigneFinancement::getMontant).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}

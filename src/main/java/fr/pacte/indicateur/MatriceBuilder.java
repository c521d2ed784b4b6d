package fr.pacte.indicateur;

import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.convention.Numeros;
import fr.pacte.shared.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Builds the {@link Matrice} of a convention from its stored indicators (plain computation, no query). */
final class MatriceBuilder {

    private final Donnees donnees;
    private final boolean telQueSigne;

    MatriceBuilder(Donnees donnees, boolean telQueSigne) {
        this.donnees = donnees;
        this.telQueSigne = telQueSigne;
    }

    Matrice construire() {
        List<Matrice.BlocChamp> champs = new ArrayList<>();
        List<Matrice.TableauNational> nationaux = new ArrayList<>();
        for (ChampLu champ : donnees.convention.champs()) {
            champs.add(champ(champ));
            tableauNational(champ).ifPresent(nationaux::add);
        }
        return new Matrice(donnees.convention.numeroInterne(), champs, nationaux);
    }

    private Matrice.BlocChamp champ(ChampLu champ) {
        List<Integer> annees = champ.exercices();
        List<Matrice.BlocAxe> axes = new ArrayList<>();
        for (AxeLu axe : champ.axes()) {
            List<Matrice.BlocFiche> fiches = new ArrayList<>();
            List<Matrice.Ligne> toutes = new ArrayList<>();
            for (FicheLue fiche : donnees.convention.fiches()) {
                if (!fiche.alloueeA(axe.id())) {
                    continue;
                }
                List<Matrice.Ligne> lignes = donnees.liens.stream()
                        .filter(l -> l.getIndicateur().getPortee() == Portee.LOCAL)
                        .filter(l -> !telQueSigne || l.isPublieAnnexe1())
                        .filter(l -> l.getFiche() != null && l.getFiche().id().equals(fiche.id())
                                && l.axeDeRattachement().map(a -> a.id().equals(axe.id())).orElse(false))
                        .map(l -> ligne(l, annees))
                        .toList();
                boolean premierAxe = fiche.axes().get(0).id().equals(axe.id());
                if (lignes.isEmpty() && (!premierAxe || telQueSigne)) {
                    continue;
                }
                toutes.addAll(lignes);
                fiches.add(new Matrice.BlocFiche(fiche.id(), fiche.numero(), fiche.libelleAnnexe(), annees,
                        atteintes(lignes, annees), lignes));
            }
            if (!fiches.isEmpty()) {
                axes.add(new Matrice.BlocAxe(axe.numero(), axe.designation(), annees, atteintes(toutes, annees),
                        fiches));
            }
        }
        return new Matrice.BlocChamp(champ.code(), champ.libelle(), champ.dateDebut().getYear() - 1, annees, axes);
    }

    private Matrice.Ligne ligne(IndicateurFiche lien, List<Integer> annees) {
        int anneeT0 = lien.anneeT0().orElseThrow();
        List<Matrice.Annee> colonnes = annees.stream().map(a -> annee(lien, a)).toList();
        Indicateur i = lien.getIndicateur();
        return new Matrice.Ligne(lien.getId(), lien.getLibelle(), i.getUnite(), i.getPortee(), lien.getParent() != null,
                Cellule.de(donnees.valeur(lien, Periode.t0(anneeT0))), colonnes);
    }

    private Matrice.Annee annee(IndicateurFiche lien, int annee) {
        ValeurIndicateur cible = donnees.valeur(lien, Periode.cible(annee));
        ValeurIndicateur resultat = donnees.valeur(lien, Periode.resultat(annee));
        BigDecimal atteinte = cible == null || resultat == null ? null
                : TauxAtteinte.calculer(lien.getIndicateur().getSens(), cible.getValeur(), resultat.getValeur())
                        .orElse(null);
        return new Matrice.Annee(annee, Cellule.de(cible), Cellule.de(resultat), atteinte);
    }

    /** Per year, the mean attainment of the given indicators (each capped at 100 %), or null. */
    private static List<BigDecimal> atteintes(List<Matrice.Ligne> lignes, List<Integer> annees) {
        return annees.stream()
                .map(a -> TauxAtteinte.moyenne(lignes.stream().map(l -> l.annee(a).atteinte()).toList()).orElse(null))
                .toList();
    }

    /** Annexe 4 layout: national indicators of this champ, by thématique, values from the fiches that carry them. */
    private Optional<Matrice.TableauNational> tableauNational(ChampLu champ) {
        Map<Indicateur, List<IndicateurFiche>> parIndicateur = new LinkedHashMap<>();
        donnees.liens.stream()
                .filter(l -> l.getIndicateur().getPortee() == Portee.NATIONAL)
                .filter(l -> Objects.equals(l.getIndicateur().getChampCode(), champ.code()))
                .sorted(java.util.Comparator.comparing((IndicateurFiche l) -> l.getIndicateur().getCode(),
                        Numeros.ORDRE_NATUREL))
                .forEach(l -> parIndicateur.computeIfAbsent(l.getIndicateur(), k -> new ArrayList<>()).add(l));
        if (parIndicateur.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> annees = champ.exercices();
        int anneeT0 = champ.dateDebut().getYear() - 1;
        Map<String, List<Matrice.LigneNationale>> sections = new LinkedHashMap<>();
        parIndicateur.forEach((indicateur, liens) -> {
            List<Matrice.Annee> colonnes = annees.stream().map(a -> new Matrice.Annee(a,
                    premiere(liens, Periode.cible(a)), premiere(liens, Periode.resultat(a)), null)).toList();
            String exemption = liens.stream().map(IndicateurFiche::getExemption).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            sections.computeIfAbsent(Objects.requireNonNullElse(indicateur.getThematique(), ""), k -> new ArrayList<>())
                    .add(new Matrice.LigneNationale(indicateur.getId(), indicateur.getLibelle(), fiches(liens),
                            exemption, premiere(liens, Periode.t0(anneeT0)), colonnes));
        });
        return Optional.of(new Matrice.TableauNational(champ.code(), champ.libelle(), anneeT0, annees,
                sections.entrySet().stream().map(e -> new Matrice.SectionNationale(e.getKey(), e.getValue())).toList()));
    }

    /** The value of the first fiche (in fiche order) that has one: fiche 4 carries the "jeunes de 16 à 25 ans" values. */
    private Cellule premiere(List<IndicateurFiche> liens, Periode periode) {
        return liens.stream().map(l -> donnees.valeur(l, periode)).filter(Objects::nonNull).findFirst()
                .map(Cellule::de).orElse(Cellule.VIDE);
    }

    /** "(fiche action n°9)", "(fiches action n°3 et n°4)", generated from the links (R-IND-11), or "". */
    static String fiches(List<IndicateurFiche> liens) {
        List<String> numeros = liens.stream().filter(l -> l.getFiche() != null).map(l -> l.getFiche().numero())
                .distinct().sorted(Numeros.ORDRE_NATUREL).map(n -> "n°" + n).toList();
        if (numeros.isEmpty()) {
            return "";
        }
        if (numeros.size() == 1) {
            return Messages.texte("indicateur.national.fiche", numeros.get(0));
        }
        String liste = String.join(", ", numeros.subList(0, numeros.size() - 1)) + " "
                + Messages.texte("indicateur.national.et") + " " + numeros.get(numeros.size() - 1);
        return Messages.texte("indicateur.national.fiches", liste);
    }
}

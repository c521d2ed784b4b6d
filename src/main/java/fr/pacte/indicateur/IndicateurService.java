package fr.pacte.indicateur;

import fr.pacte.controle.Constat;
import fr.pacte.convention.CacheConventions;
import fr.pacte.convention.ConventionLue;
import fr.pacte.indicateur.rules.CibleManquanteRule;
import fr.pacte.indicateur.rules.ResultatManquantRule;
import fr.pacte.shared.web.RessourceIntrouvableException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public entry point of the indicator feature for reading: the Annexe 1 / annexe 4 matrices, the API list, the
 * annual entry grid and the controls. Every read is scoped by the convention's périmètre (404 outside).
 * Writes are in {@link SaisieIndicateurService}.
 */
@Service
@Transactional(readOnly = true)
public class IndicateurService {

    private final ChargeurIndicateurs chargeur;
    private final ControlesIndicateurs regles = new ControlesIndicateurs();
    private final CacheConventions cache;

    IndicateurService(ChargeurIndicateurs chargeur, CacheConventions cache) {
        this.chargeur = chargeur;
        this.cache = cache;
    }

    /** The annexes of the convention; {@code telQueSigne} keeps only the indicators printed in the signed annexe 1. */
    public Matrice matrice(ConventionLue convention, boolean telQueSigne) {
        return cache.memoriser(convention, "matrice:" + telQueSigne,
                () -> new MatriceBuilder(chargeur.charger(convention), telQueSigne).construire());
    }

    /** Every indicator link of the convention with its values (API). */
    public List<IndicateurVue> indicateurs(ConventionLue convention) {
        return cache.memoriser(convention, "indicateurs", () -> {
            Donnees donnees = chargeur.charger(convention);
            return donnees.liens.stream().map(l -> vue(donnees, l)).toList();
        });
    }

    /**
     * The indicators of one fiche: the fiche page shows the same records as the annexes (R-IND-1), and reads only the
     * fiche's own links and values.
     */
    public List<IndicateurVue> indicateursDeLaFiche(ConventionLue convention, Long ficheId) {
        return cache.memoriser(convention, "indicateurs:" + ficheId, () -> {
            Donnees donnees = chargeur.chargerFiche(convention, ficheId);
            return donnees.liens.stream().map(l -> vue(donnees, l)).toList();
        });
    }

    /**
     * A national indicator of the convention with its cible and résultat of one exercice (the regional
     * consolidation, M16): the value of the first fiche that carries one, as annexe 4 prints it; {@code ratio} when
     * the catalogue defines it by a numerator and a denominator (a rate is never summed across Départements).
     */
    public record IndicateurNational(String code, String libelle, TypeValeur type, String unite, boolean ratio,
            Valeur cible, Valeur resultat) {
    }

    public List<IndicateurNational> nationaux(ConventionLue convention, int annee) {
        return cache.memoriser(convention, "nationaux:" + annee, () -> {
            Donnees donnees = chargeur.charger(convention);
            java.util.Map<Indicateur, List<IndicateurFiche>> parIndicateur = new java.util.LinkedHashMap<>();
            donnees.liens.stream().filter(l -> l.getIndicateur().getPortee() == Portee.NATIONAL)
                    .forEach(l -> parIndicateur.computeIfAbsent(l.getIndicateur(), k -> new ArrayList<>()).add(l));
            List<IndicateurNational> resultat = new ArrayList<>();
            parIndicateur.forEach((i, liens) -> resultat.add(new IndicateurNational(
                    i.getCodeNational() != null ? i.getCodeNational() : i.getCode(), i.getLibelle(), i.getTypeValeur(),
                    i.getUnite(), i.getDenominateur() != null && !i.getDenominateur().isBlank(),
                    premiere(donnees, liens, Periode.cible(annee)), premiere(donnees, liens, Periode.resultat(annee)))));
            return List.copyOf(resultat);
        });
    }

    private static Valeur premiere(Donnees donnees, List<IndicateurFiche> liens, Periode periode) {
        return liens.stream().map(l -> donnees.valeur(l, periode)).filter(java.util.Objects::nonNull).findFirst()
                .map(ValeurIndicateur::getValeur).orElse(null);
    }

    static IndicateurVue vue(Donnees donnees, IndicateurFiche lien) {
        Indicateur i = lien.getIndicateur();
        IndicateurContexte contexte = lien.contexte();
        return new IndicateurVue(lien.getId(), contexte.champ(), contexte.axe(), contexte.fiche(), i.getLibelle(),
                i.getPortee(), i.getTypeValeur(), i.getUnite(), i.getSens(), lien.getTerritoire(), lien.getExemption(),
                donnees.valeurs(lien).values().stream().map(IndicateurVue.ValeurVue::de).toList());
    }

    /**
     * Findings on the indicators of a convention (R-IND-1 cross-annex mismatches as {@code INDICATEUR_ANNEXES},
     * R-IND-3 units and types, R-IND-4 "-" / "*", R-IND-5 rates, R-IND-6 parts, R-IND-7 cumulative series).
     * Meant for the convention's Contrôles page and {@code GET /api/v1/conventions/{id}/controles}.
     */
    public List<Constat> controles(ConventionLue convention) {
        return cache.memoriser(convention, "controlesIndicateurs",
                () -> List.copyOf(regles.tous(chargeur.charger(convention))));
    }

    /** The annual entry grid of a year of the convention; a year outside its period is 404. */
    public Grille grille(ConventionLue convention, int annee) {
        Donnees donnees = chargeur.charger(convention);
        List<Integer> annees = donnees.convention.exercices();
        if (!annees.contains(annee)) {
            throw new RessourceIntrouvableException();
        }
        List<IndicateurFiche> liens = donnees.liensDeLAnnee(annee);
        List<Grille.LigneGrille> lignes = new ArrayList<>();
        List<Constat> constats = new ArrayList<>();
        Long ficheCourante = null;
        String champCourant = null;
        for (IndicateurFiche lien : liens) {
            int anneeT0 = lien.anneeT0().orElseThrow();
            ValeurIndicateur t0 = donnees.valeur(lien, Periode.t0(anneeT0));
            ValeurIndicateur cible = donnees.valeur(lien, Periode.cible(annee));
            ValeurIndicateur resultat = donnees.valeur(lien, Periode.resultat(annee));
            boolean premiere = !lien.getFiche().id().equals(ficheCourante);
            ficheCourante = lien.getFiche().id();
            String champ = lien.getFiche().champ().code();
            boolean premierDuChamp = !champ.equals(champCourant);
            champCourant = champ;
            lignes.add(new Grille.LigneGrille(lien.getId(), champ, lien.getFiche().champ().libelle(),
                    premierDuChamp, lien.getFiche().id(),
                    lien.getFiche().numero(), lien.getFiche().libelleAnnexe(), premiere, lien.getLibelle(),
                    lien.getIndicateur().getUnite(), lien.getIndicateur().getTypeValeur(), anneeT0, texte(t0),
                    texte(cible), texte(resultat), resultat == null ? "" : nonNul(resultat.getCommentaire()),
                    cible == null || resultat == null ? null : TauxAtteinte.calculer(lien.getIndicateur().getSens(),
                            cible.getValeur(), resultat.getValeur()).orElse(null),
                    t0 == null ? null : t0.getTauxCalcule().orElse(null),
                    resultat == null ? null : resultat.getStatut(), resultat != null && resultat.isDemo()));
            constats.addAll(regles.valeurs(donnees, lien, p -> p.annee() == annee || p.equals(Periode.t0(anneeT0))));
        }
        List<SerieIndicateur> series = liens.stream().map(donnees::serie).toList();
        constats.addAll(new CibleManquanteRule().verifier(series, annee));
        constats.addAll(new ResultatManquantRule().verifier(series, annee, false));
        boolean soumise = !liens.isEmpty() && liens.stream().allMatch(l -> {
            ValeurIndicateur r = donnees.valeur(l, Periode.resultat(annee));
            return r != null && r.getStatut() == StatutValeur.SOUMISE;
        });
        return new Grille(annee, annees, lignes, soumise, constats);
    }

    private static String texte(ValeurIndicateur v) {
        return v == null ? "" : v.getAffichage();
    }

    private static String nonNul(String s) {
        return s == null ? "" : s;
    }
}

package fr.pacte.financement.rules;

import fr.pacte.financement.Sommes;
import fr.pacte.controle.Constat;
import fr.pacte.financement.rules.DonneesFinancieres.Axe;
import fr.pacte.financement.rules.DonneesFinancieres.Champ;
import fr.pacte.financement.rules.DonneesFinancieres.EnveloppeEcrite;
import fr.pacte.financement.rules.DonneesFinancieres.Fiche;
import fr.pacte.financement.rules.DonneesFinancieres.Rang;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs the money rules over an imported tableau financier or over a convention's stored figures. The same engine
 * serves the import, the Contrôles page, the API and the submission of a fiche (an ERREUR blocks).
 */
public final class MoteurControles {

    private final MontantInvalideRule montantInvalide = new MontantInvalideRule();
    private final LigneTotalRule ligneTotal = new LigneTotalRule();
    private final SousTotalRule sousTotal = new SousTotalRule();
    private final TotalGeneralRule totalGeneral = new TotalGeneralRule();
    private final EnveloppeRule enveloppe = new EnveloppeRule();
    private final PariteRule parite = new PariteRule();
    private final MultiAxeRule multiAxe = new MultiAxeRule();
    private final BudgetFicheRule budgetFiche = new BudgetFicheRule();
    private final EtpRule etp = new EtpRule();
    private final PostePartageRule postePartage = new PostePartageRule();
    private final MontantEnLettresRule enLettres = new MontantEnLettresRule();

    /**
     * The checks of contracts/tableau-financier.md, in file order: MONTANT_INVALIDE, LIGNE_TOTAL, PARITE (per row),
     * SOUS_TOTAL, TOTAL_GENERAL; then ENVELOPPE and the PARITE of the whole table, which have no line.
     */
    public List<Constat> controler(TableauSaisi tableau, ParametresTableau parametres) {
        List<Constat> constats = new ArrayList<>();
        constats.addAll(montantInvalide.verifier(tableau));
        constats.addAll(ligneTotal.verifier(tableau.details()));
        constats.addAll(sousTotal.verifier(tableau.declarees()));
        constats.addAll(totalGeneral.verifier(tableau));
        PariteRule.Parametres pariteDemandee = parametres.parite();
        List<PariteRule.Part> parts = tableau.details().stream()
                .map(l -> new PariteRule.Part(l.lieu(), l.montants(), false, pariteInconnue(l, pariteDemandee)))
                .toList();
        constats.addAll(parite.verifier(parts, pariteDemandee, Lieu.NULLE_PART,
                MessagesConstats.texte("sujet.tableau")));
        if (parametres.enveloppeEtat() != null
                && tableau.details().stream().noneMatch(l -> l.calculInconnu(Colonne.ETAT))) {
            enveloppe.verifier(new EnveloppeRule.Enveloppe(Lieu.NULLE_PART, null, parametres.enveloppeEtat(),
                    tableau.totaux().etat(), false)).ifPresent(constats::add);
        }
        // Stable sort: file order; without a line, ENVELOPPE then the PARITE of the whole table.
        return constats.stream()
                .sorted(Constats.PAR_LIGNE.thenComparing(c -> c.ligne() == null && PariteRule.CODE.equals(c.code())))
                .toList();
    }

    private static boolean pariteInconnue(LigneDetail ligne, PariteRule.Parametres parametres) {
        return ligne.calculInconnu(Colonne.DEPARTEMENT) || ligne.calculInconnu(
                parametres.base() == PariteRule.Base.TOTAL ? Colonne.TOTAL : Colonne.ETAT);
    }

    /** The checks of a convention's stored figures for one exercice (Contrôles page, GET …/controles). */
    public List<Constat> controler(DonneesFinancieres donnees) {
        Map<Long, Axe> axes = donnees.axes().stream().collect(Collectors.toMap(Axe::id, Function.identity()));
        Map<Long, Fiche> fiches = donnees.fiches().stream().collect(Collectors.toMap(Fiche::id, Function.identity()));
        List<Constat> constats = new ArrayList<>();
        constats.addAll(enveloppe.verifier(enveloppes(donnees, axes)));
        for (Champ champ : donnees.champs()) {
            List<PariteRule.Part> parts = new ArrayList<>();
            for (Rang rang : donnees.rangs()) {
                Axe axe = axes.get(rang.axeId());
                Fiche fiche = rang.ficheId() == null ? null : fiches.get(rang.ficheId());
                // Parity is judged per action: an envelope line without fiche only counts in a global ratio.
                boolean ligneSansFiche = fiche == null && champ.parite().portee() == PariteRule.Portee.LIGNE;
                if (axe != null && champ.code().equals(axe.champ()) && !ligneSansFiche) {
                    parts.add(new PariteRule.Part(new Lieu(null, champ.code(), axe.nom(),
                            fiche == null ? null : fiche.numero()), rang.montants(), !axe.pariteApplicable(), false));
                }
            }
            constats.addAll(parite.verifier(parts, champ.parite(), new Lieu(null, champ.code(), null, null),
                    MessagesConstats.texte("sujet.champ", champ.code())));
        }
        constats.addAll(multiAxe.verifier(multiAxes(donnees, axes)));
        constats.addAll(budgetFiche.verifier(chiffresFiches(donnees, axes, fiches)));
        constats.addAll(etp.verifier(donnees.lignesEtp()));
        constats.addAll(postePartage.verifier(donnees.postes()));
        constats.addAll(enLettres.verifier(donnees.enveloppes().stream()
                .filter(e -> e.enLettres() != null)
                .map(e -> new MontantEnLettresRule.MontantEcrit(lieu(e, axes), sujet(e, axes, donnees.exercice()),
                        e.montant(), e.enLettres()))
                .toList()));
        return constats;
    }

    private static List<EnveloppeRule.Enveloppe> enveloppes(DonneesFinancieres donnees, Map<Long, Axe> axes) {
        List<EnveloppeRule.Enveloppe> resultat = new ArrayList<>();
        for (EnveloppeEcrite e : donnees.enveloppes()) {
            BigDecimal calcule = donnees.rangs().stream().filter(r -> dansPerimetre(r, e, axes))
                    .map(r -> r.montants().etat()).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
            String sujet = sujet(e, axes, donnees.exercice());
            resultat.add(new EnveloppeRule.Enveloppe(lieu(e, axes), sujet, e.montant(), calcule, false));
            List<EnveloppeEcrite> dessous = donnees.enveloppes().stream().filter(d -> sousEnveloppe(d, e)).toList();
            if (!dessous.isEmpty()) {
                BigDecimal somme = dessous.stream().map(EnveloppeEcrite::montant)
                        .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
                resultat.add(new EnveloppeRule.Enveloppe(lieu(e, axes), sujet, e.montant(), somme, true));
            }
        }
        return resultat;
    }

    private static boolean dansPerimetre(Rang rang, EnveloppeEcrite enveloppe, Map<Long, Axe> axes) {
        if (enveloppe.axeId() != null) {
            return enveloppe.axeId() == rang.axeId();
        }
        if (enveloppe.champ() != null) {
            Axe axe = axes.get(rang.axeId());
            return axe != null && enveloppe.champ().equals(axe.champ());
        }
        return true;
    }

    /** Axe envelopes under a champ envelope; champ envelopes under the convention envelope. */
    private static boolean sousEnveloppe(EnveloppeEcrite d, EnveloppeEcrite e) {
        if (e.axeId() != null) {
            return false;
        }
        if (e.champ() != null) {
            return e.champ().equals(d.champ()) && d.axeId() != null;
        }
        return d.champ() != null && d.axeId() == null;
    }

    private static Lieu lieu(EnveloppeEcrite e, Map<Long, Axe> axes) {
        Axe axe = e.axeId() == null ? null : axes.get(e.axeId());
        return new Lieu(null, e.champ(), axe == null ? null : axe.nom(), null);
    }

    private static String sujet(EnveloppeEcrite e, Map<Long, Axe> axes, int exercice) {
        Axe axe = e.axeId() == null ? null : axes.get(e.axeId());
        String groupe = axe != null ? Groupes.nom(axe.nom())
                : e.champ() != null ? MessagesConstats.texte("sujet.champ", e.champ())
                : MessagesConstats.texte("sujet.convention");
        return groupe + " (" + exercice + ")";
    }

    private static List<MultiAxeRule.FicheAxes> multiAxes(DonneesFinancieres donnees, Map<Long, Axe> axes) {
        List<MultiAxeRule.FicheAxes> resultat = new ArrayList<>();
        for (Fiche fiche : donnees.fiches()) {
            Map<Long, BigDecimal> allocations = new LinkedHashMap<>();
            fiche.allocations().forEach(a -> allocations.put(a.axeId(), a.partPourcent()));
            List<MultiAxeRule.PartAxe> parts = new ArrayList<>();
            for (Rang rang : donnees.rangs()) {
                if (Objects.equals(rang.ficheId(), fiche.id())) {
                    Axe axe = axes.get(rang.axeId());
                    parts.add(new MultiAxeRule.PartAxe(axe == null ? "?" : axe.nom(), rang.montants(),
                            allocations.get(rang.axeId()), MultiAxeRule.surAxeAlloue(allocations.keySet(), rang.axeId())));
                }
            }
            boolean concernee = allocations.size() > 1 || parts.stream().anyMatch(p -> !p.alloue());
            if (concernee && !parts.isEmpty()) {
                resultat.add(new MultiAxeRule.FicheAxes(fiche.numero(), fiche.champ(), parts));
            }
        }
        return resultat;
    }

    private static List<BudgetFicheRule.ChiffreFiche> chiffresFiches(DonneesFinancieres donnees, Map<Long, Axe> axes,
            Map<Long, Fiche> fiches) {
        List<BudgetFicheRule.ChiffreFiche> resultat = new ArrayList<>();
        for (DonneesFinancieres.ChiffreEcrit chiffre : donnees.chiffres()) {
            Fiche fiche = chiffre.ficheId() == null ? null : fiches.get(chiffre.ficheId());
            if (fiche == null) {
                continue;
            }
            Colonne colonne = Optional.ofNullable(chiffre.colonne()).orElse(Colonne.TOTAL);
            Sommes sommes = Sommes.somme(donnees.rangs().stream()
                    .filter(r -> Objects.equals(r.ficheId(), fiche.id()))
                    .filter(r -> chiffre.axeId() == null || chiffre.axeId() == r.axeId())
                    .map(Rang::montants).toList());
            Axe axe = chiffre.axeId() == null ? null : axes.get(chiffre.axeId());
            resultat.add(new BudgetFicheRule.ChiffreFiche(new Lieu(null, fiche.champ(), axe == null ? null : axe.nom(),
                    fiche.numero()), colonne, chiffre.valeur(), colonne.de(sommes)));
        }
        return resultat;
    }
}

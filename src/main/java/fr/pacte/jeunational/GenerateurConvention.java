package fr.pacte.jeunational;

import fr.pacte.document.DocumentConvention;
import fr.pacte.document.DocumentConvention.Axe;
import fr.pacte.document.DocumentConvention.Champ;
import fr.pacte.document.DocumentConvention.Declare;
import fr.pacte.document.DocumentConvention.Deliberation;
import fr.pacte.document.DocumentConvention.Fiche;
import fr.pacte.document.DocumentConvention.Ligne;
import fr.pacte.document.DocumentConvention.Montant;
import fr.pacte.document.DocumentConvention.Parite;
import fr.pacte.document.DocumentConvention.Partie;
import fr.pacte.document.DocumentConvention.Signature;
import fr.pacte.document.DocumentConvention.Versement;
import fr.pacte.indicateur.IndicateurDocument;
import fr.pacte.indicateur.IndicateurDocument.ValeurDocument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates the convention of one Département for the national dataset (issue 12 item 4): a Contrat départemental
 * des solidarités 2024-2027 signed on paper, one champ {@code SOL} with 4 axes, 28 to 32 fiches (one on two axes, like
 * the Vienne's fiche 9), État and Département lines per fiche × axe × exercice (some with another financeur or a
 * valorisation), the State envelope per axe and per champ, 15 indicators with T0, targets and a 2024 result, and
 * three deliberate inconsistencies so that the Contrôles page has findings ({@link #INCOHERENCES}). Plain Java: the
 * same Département gives the same document on every run (a {@link Random} seeded with a constant and the INSEE code,
 * so that the order in which Départements are generated changes nothing). Every document passes
 * {@code ValidationDocument}: the inconsistencies are money findings, which never block.
 */
public final class GenerateurConvention {

    /** The seed of the whole dataset: change it and every convention changes. */
    public static final long GRAINE = 20_241_012L;

    public static final String CHAMP = "SOL";
    public static final List<Integer> EXERCICES = List.of(2024, 2025, 2026, 2027);
    public static final int INDICATEURS = 15;

    /**
     * The deliberate inconsistencies: a declared State total of the champ for 2024 that exceeds the computed one by
     * 1 000 € (R-FIN-3, {@code TOTAL_GENERAL}); a 2025 axe envelope lower than its lines (R-FIN-4, {@code ENVELOPPE}:
     * the last fiche of axe 2 is over it); a fiche's declared 2026 budget that differs from its lines (R-FIN-7,
     * {@code MONTANT_FICHE}).
     */
    public static final List<String> INCOHERENCES = List.of("TOTAL_GENERAL", "ENVELOPPE", "MONTANT_FICHE");

    public static final BigDecimal ECART_TOTAL = new BigDecimal("1000.00");

    private static final String[][] AXES = {
        {"1", "Prévenir et protéger l'enfance et la jeunesse"},
        {"2", "Insertion sociale et professionnelle, accès à l'emploi"},
        {"3", "Accès aux droits et lutte contre la pauvreté"},
        {"4", "Autonomie, inclusion et accompagnement social"},
    };

    private static final String[] ACTIONS = {
        "Accompagnement renforcé des jeunes sortant de l'aide sociale à l'enfance",
        "Premier accueil social inconditionnel de proximité",
        "Référent de parcours pour les personnes accompagnées",
        "Garantie d'activité départementale",
        "Maraudes mixtes et aller-vers",
        "Prévention spécialisée dans les quartiers",
        "Accompagnement global vers l'emploi",
        "Mobilité solidaire et aide au permis",
        "Épicerie sociale itinérante",
        "Accès aux soins des bénéficiaires du RSA",
        "Médiation numérique et accès aux droits",
        "Soutien à la parentalité",
        "Insertion par l'activité économique",
        "Logement d'abord et prévention des expulsions",
        "Lutte contre la précarité énergétique",
        "Accueil des mineurs non accompagnés",
        "Coordination des acteurs de l'insertion",
        "Clauses sociales dans la commande publique",
        "Santé mentale et précarité",
        "Accompagnement des familles monoparentales",
    };

    private static final String[] TERRITOIRES = {"Tout le Département", "Territoire nord", "Territoire sud",
        "Quartiers prioritaires", "Zones rurales"};

    private static final String[] ORGANISMES = {"CAF", "MSA", "ARS", "Région"};

    /** The Département a convention is generated for: its INSEE code, name and the organisations that sign. */
    public record Territoire(String code, String nom, String collectivite, String prefecture) {
    }

    private GenerateurConvention() {
    }

    /** The numero of the generated convention of a Département, unique in it. */
    public static String numero(String codeDepartement) {
        return "2024-CDS-" + codeDepartement;
    }

    /** The convention of a Département: same code, same document. */
    public static DocumentConvention generer(Territoire t) {
        Random alea = new Random(GRAINE ^ t.code().hashCode());
        List<Axe> axes = new ArrayList<>();
        for (String[] a : AXES) {
            axes.add(new Axe(a[0], a[1], "AXE", null, true, null, null, null));
        }
        Champ champ = new Champ(CHAMP, "Solidarités 2024-2027", "2024-01-01", "2027-12-31", "01-01", "304",
                new Parite("LIGNE", "ETAT_DEPARTEMENT", BigDecimal.valueOf(50)),
                List.of(new Versement("UNIQUE", BigDecimal.valueOf(100), "SIGNATURE", null)), axes, null, null);

        int nombreFiches = 28 + alea.nextInt(5);
        int ficheDeuxAxes = 1 + alea.nextInt(nombreFiches - 1);
        List<Fiche> fiches = new ArrayList<>();
        List<Ligne> lignes = new ArrayList<>();
        // Σ État per axe and exercice, for the envelopes that the articles write.
        Map<String, Map<Integer, BigDecimal>> etatParAxe = new LinkedHashMap<>();
        for (String[] a : AXES) {
            etatParAxe.put(a[0], new LinkedHashMap<>());
        }
        Map<Integer, BigDecimal> derniereAxe2 = new LinkedHashMap<>();
        Map<String, BigDecimal> budget2026 = new LinkedHashMap<>();
        for (int i = 1; i <= nombreFiches; i++) {
            String cle = String.valueOf(i);
            String axe = AXES[(i - 1) % AXES.length][0];
            List<String> axesFiche = i == ficheDeuxAxes && !"3".equals(axe) ? List.of(axe, "3") : List.of(axe);
            fiches.add(new Fiche(cle, cle, ACTIONS[(i - 1) % ACTIONS.length] + (i > ACTIONS.length ? " (volet 2)" : ""),
                    CHAMP, axesFiche, i % 3 == 0 ? "RENFORCEE" : "NOUVELLE",
                    "Action " + i + " du contrat départemental des solidarités " + t.nom() + ".",
                    "Personnes accompagnées", TERRITOIRES[alea.nextInt(TERRITOIRES.length)],
                    "Direction de l'action sociale", null, null, "2024", "2024-2027", null, null, null));
            boolean autre = alea.nextInt(5) == 0;
            boolean valorisation = alea.nextInt(6) == 0;
            String organisme = ORGANISMES[alea.nextInt(ORGANISMES.length)];
            for (String axeLigne : axesFiche) {
                for (int exercice : EXERCICES) {
                    BigDecimal etat = euros(100 * (100 + alea.nextInt(1100)));
                    // Département ≥ État: the parity of the line (R-FIN-5, 50 % of État + Département) holds.
                    BigDecimal departement = etat.multiply(BigDecimal.valueOf(100 + alea.nextInt(50)))
                            .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).setScale(2);
                    lignes.add(ligne(cle, axeLigne, exercice, "ETAT", null, "CREDITS_NOUVEAUX", etat));
                    lignes.add(ligne(cle, axeLigne, exercice, "DEPARTEMENT", null,
                            valorisation ? "VALORISATION" : "CREDITS_NOUVEAUX", departement));
                    BigDecimal budget = etat.add(departement);
                    if (autre) {
                        BigDecimal autres = euros(100 * (10 + alea.nextInt(200)));
                        lignes.add(ligne(cle, axeLigne, exercice, "AUTRE", organisme, "CREDITS_NOUVEAUX", autres));
                        budget = budget.add(autres);
                    }
                    etatParAxe.get(axeLigne).merge(exercice, etat, BigDecimal::add);
                    if ("2".equals(axeLigne)) {
                        derniereAxe2.put(exercice, etat);
                    }
                    if (exercice == 2026) {
                        budget2026.merge(cle, budget, BigDecimal::add);
                    }
                }
            }
        }

        // The envelopes as the articles write them: per axe and for the champ, equal to the lines, except the 2025
        // envelope of axe 2, which leaves out half of its last fiche's State amount (that fiche is over it).
        List<Montant> montants = new ArrayList<>();
        for (int exercice : EXERCICES) {
            BigDecimal champTotal = BigDecimal.ZERO;
            for (String[] a : AXES) {
                BigDecimal enveloppe = etatParAxe.get(a[0]).get(exercice);
                if (exercice == 2025 && "2".equals(a[0])) {
                    enveloppe = enveloppe.subtract(derniereAxe2.get(exercice)
                            .divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN).setScale(2));
                }
                montants.add(new Montant(CHAMP, a[0], exercice, "ETAT", enveloppe, null, "2.3." + a[0], null));
                champTotal = champTotal.add(enveloppe);
            }
            montants.add(new Montant(CHAMP, null, exercice, "ETAT", champTotal, null, "2.3", null));
        }

        BigDecimal etat2024 = etatParAxe.values().stream().map(m -> m.get(2024)).reduce(BigDecimal.ZERO, BigDecimal::add);
        String ficheBudget = String.valueOf(1 + alea.nextInt(nombreFiches));
        List<Declare> declares = List.of(
                new Declare("CHAMP", CHAMP, null, null, 2024, "etat", etat2024.add(ECART_TOTAL),
                        "tableau financier 2024, total État", null, null),
                new Declare("AXE", CHAMP, "1", null, 2024, "etat", etatParAxe.get("1").get(2024),
                        "tableau financier 2024, sous-total axe 1", null, null),
                new Declare("FICHE", null, null, ficheBudget, 2026, "total",
                        budget2026.get(ficheBudget).add(new BigDecimal("500.00")), "fiche-action, budget 2026",
                        null, null));

        List<IndicateurDocument> indicateurs = new ArrayList<>();
        for (int k = 1; k <= INDICATEURS; k++) {
            String fiche = String.valueOf(1 + (k - 1) * nombreFiches / INDICATEURS);
            int t0 = 20 + alea.nextInt(480);
            List<ValeurDocument> valeurs = new ArrayList<>();
            valeurs.add(ValeurDocument.de("T0", 2023, String.valueOf(t0)));
            int cible = t0;
            for (int exercice : EXERCICES) {
                cible += 5 + alea.nextInt(40);
                valeurs.add(ValeurDocument.de("CIBLE", exercice, String.valueOf(cible)));
            }
            valeurs.add(ValeurDocument.de("RESULTAT", 2024, String.valueOf(t0 + alea.nextInt(60))));
            indicateurs.add(IndicateurDocument.simple(fiche, "Nombre de personnes accompagnées (action " + fiche
                    + ", indicateur " + k + ")", "LOCAL", "personnes", valeurs));
        }

        List<Partie> parties = List.of(
                new Partie("ETAT", t.prefecture(), "Le préfet", "Préfet", null),
                new Partie("DEPARTEMENT", t.collectivite(), "Le président", "Président du Conseil départemental",
                        null));
        int presents = 30 + alea.nextInt(20);
        Deliberation deliberation = new Deliberation("CONSEIL_DEPARTEMENTAL", "CD-2024-" + t.code(), "2024-03-29",
                presents, 0, 2, presents + 2, 0, null, null, null, null, null, null, null, null, null, null);
        return new DocumentConvention(numero(t.code()), null,
                "Contrat départemental des solidarités 2024-2027 — " + t.nom() + " (jeu national généré)",
                "PACTE_SOLIDARITES", t.code(), "2024-01-01", "2027-12-31", parties, deliberation,
                new Signature("2024-04-15"), List.of(champ), fiches, montants, lignes, declares, indicateurs, null);
    }

    private static Ligne ligne(String fiche, String axe, int exercice, String financeur, String organisme,
            String nature, BigDecimal montant) {
        return new Ligne(fiche, axe, exercice, financeur, organisme, nature, montant, null, null, null, null);
    }

    private static BigDecimal euros(long montant) {
        return BigDecimal.valueOf(montant).setScale(2);
    }
}

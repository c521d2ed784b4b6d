package fr.pacte.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Execution and indicator results of the Vienne France Travail 2024, for the tests of issue 11. */
public final class ExecutionVienne {

    private ExecutionVienne() {
    }

    /**
     * The FT 2024 execution of the R-PAY-9 worked example: every action executed at its plan except fiche 18 (État
     * 29 000 € spent of 30 000 €, no valorisation) and fiche 23 (nothing spent): Σ allowed = 553 608 − 1 000 − 12 608
     * = 540 000 €. {@code sauf} leaves some fiches out (the journey types them on the screen).
     */
    public static String ft2024(java.util.Set<String> sauf) {
        StringBuilder json = new StringBuilder("{\"lignes\": [");
        json.append("{\"champ\": \"FT\", \"axe\": \"1\", \"financeur\": \"ETAT\", \"nature\": \"CREDITS_NOUVEAUX\", "
                + "\"montant\": 106000.00, \"date\": \"2024-11-30\", \"piece\": \"mandat 2024-0001\"}");
        String[][] fiches = {
            {"15", "40000.00", "50000.00", "20000.00"}, {"16", "100000.00", "0", "100000.00"},
            {"17", "50000.00", "0", "50000.00"}, {"18", "29000.00", "0", "0"},
            {"19", "35000.00", "10000.00", "30000.00"}, {"20", "50000.00", "0", "50000.00"},
            {"21", "30000.00", "15000.00", "15000.00"}, {"22", "100000.00", "55710.00", "50000.00"}};
        for (String[] f : fiches) {
            if (sauf.contains(f[0])) {
                continue;
            }
            json.append(",").append(ligne(f[0], "ETAT", "CREDITS_NOUVEAUX", f[1]));
            if (!"0".equals(f[2])) {
                json.append(",").append(ligne(f[0], "DEPARTEMENT", "CREDITS_NOUVEAUX", f[2]));
            }
            if (!"0".equals(f[3])) {
                json.append(",").append(ligne(f[0], "DEPARTEMENT", "VALORISATION", f[3]));
            }
        }
        return json.append("]}").toString();
    }

    private static String ligne(String fiche, String financeur, String nature, String montant) {
        return "{\"fiche\": \"" + fiche + "\", \"axe\": \"2\", \"financeur\": \"" + financeur + "\", \"nature\": \""
                + nature + "\", \"montant\": " + montant + ", \"date\": \"2024-12-15\", \"piece\": \"mandat 2024-" + fiche
                + "\"}";
    }

    /** Every FT 2024 indicator result entered (coded "Non connu" where no value is known): R-IND-13 is met. */
    public static void resultatsFt2024(JdbcTemplate jdbc) {
        jdbc.update("insert into valeur_indicateur (indicateur_fiche_id, annee, nature, code, statut, saisi_par) "
                + "select lf.id, 2024, 'RESULTAT', 'NON_CONNU', 'SAISIE', 'agent.vienne' from indicateur_fiche lf "
                + "join fiche_action f on f.id = lf.fiche_id join champ ch on ch.id = f.champ_id "
                + "join convention c on c.id = f.convention_id where c.numero_interne = ? and ch.code = 'FT' "
                + "on conflict (indicateur_fiche_id, annee, nature) do nothing", DemoVienne.NUMERO);
    }
}

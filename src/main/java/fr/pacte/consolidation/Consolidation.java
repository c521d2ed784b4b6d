package fr.pacte.consolidation;

import fr.pacte.consolidation.rules.IndicateursComptesRule.SommeIndicateur;
import java.time.LocalDate;
import java.util.List;

/**
 * M16: the consolidation of one exercice for the user's scope (R-SEC-4): the régions of the scope (one for a
 * préfecture de région, every région for a national reader), in each one row per Département, with its conventions
 * of the exercice; sub-totals per région and the total, each the sum of the rows below it ({@link Chiffres#plus}).
 * National indicators are summed where they are counts only ({@code IndicateursComptesRule}).
 */
public record Consolidation(int exercice, LocalDate au, boolean nationale, List<BlocRegion> regions, Chiffres total,
        int nombreConventions, List<SommeIndicateur> indicateurs) {

    public Consolidation {
        regions = List.copyOf(regions);
        indicateurs = List.copyOf(indicateurs);
    }

    public record BlocRegion(String code, String nom, List<LigneDepartement> departements, Chiffres total,
            int nombreConventions, List<SommeIndicateur> indicateurs) {

        public BlocRegion {
            departements = List.copyOf(departements);
            indicateurs = List.copyOf(indicateurs);
        }
    }

    /** One Département: its conventions of the exercice (none: one row of zeros, "aucune convention"). */
    public record LigneDepartement(String code, String nom, List<ConventionConsolidee> conventions, Chiffres total,
            List<SommeIndicateur> indicateurs) {

        public LigneDepartement {
            conventions = List.copyOf(conventions);
            indicateurs = List.copyOf(indicateurs);
        }

        public boolean sansConvention() {
            return conventions.isEmpty();
        }
    }

    /** A convention of the exercice, with the link to its page (drill-down). */
    public record ConventionConsolidee(Long id, String numero, String intitule, String statut, int version,
            Chiffres chiffres, List<ChampConsolide> champs,
            List<fr.pacte.indicateur.IndicateurService.IndicateurNational> nationaux) {

        public ConventionConsolidee {
            champs = List.copyOf(champs);
            nationaux = List.copyOf(nationaux);
        }
    }

    /** The State envelope of a champ for the exercice against its État lines (Vienne 2024: SOL 578 633, FT 553 608). */
    public record ChampConsolide(String code, String libelle, java.math.BigDecimal enveloppeEtat,
            java.math.BigDecimal lignesEtat) {
    }

    /** The Vienne's row, or any Département's, by INSEE code. */
    public java.util.Optional<LigneDepartement> departement(String code) {
        return regions.stream().flatMap(r -> r.departements().stream()).filter(d -> d.code().equals(code)).findFirst();
    }
}

package fr.pacte.jeunational;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.document.DocumentConvention;
import fr.pacte.document.ValidationDocument;
import fr.pacte.jeunational.GenerateurConvention.Territoire;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GenerateurConventionTest {

    private static final Territoire DEUX_SEVRES = new Territoire("79", "Deux-Sèvres", "Département des Deux-Sèvres",
            "Préfecture des Deux-Sèvres");

    @Test
    @DisplayName("Jeu national : même graine, même Département → même document (l'ordre des Départements ne change rien)")
    void memeGraineMemeDocument() {
        DocumentConvention a = GenerateurConvention.generer(DEUX_SEVRES);
        GenerateurConvention.generer(new Territoire("01", "Ain", "Département de l'Ain", "Préfecture de l'Ain"));
        DocumentConvention b = GenerateurConvention.generer(DEUX_SEVRES);
        assertThat(b).isEqualTo(a);
        assertThat(GenerateurConvention.generer(new Territoire("86", "Vienne", "x", "y")).lignes())
                .isNotEqualTo(a.lignes());
    }

    @Test
    @DisplayName("Jeu national : les 101 documents passent la validation du document (aucune erreur de structure)")
    void documentsValides() {
        for (String code : codes()) {
            DocumentConvention d = GenerateurConvention.generer(new Territoire(code, "Département " + code,
                    "Département " + code, "Préfecture " + code));
            assertThat(ValidationDocument.verifier(d)).as(code).isEmpty();
            assertThat(d.fiches()).hasSizeBetween(28, 32);
            assertThat(d.indicateurs()).hasSize(GenerateurConvention.INDICATEURS);
            assertThat(d.lignes()).extracting(DocumentConvention.Ligne::exercice).containsOnly(2024, 2025, 2026, 2027);
            // Every fiche has État and Département money every year (scale 2, as the model holds it).
            for (DocumentConvention.Fiche f : d.fiches()) {
                for (int exercice : GenerateurConvention.EXERCICES) {
                    Set<String> financeurs = d.lignes().stream().filter(l -> l.fiche().equals(f.cle())
                            && l.exercice() == exercice).map(DocumentConvention.Ligne::financeur)
                            .collect(Collectors.toSet());
                    assertThat(financeurs).as(code + " fiche " + f.cle()).contains("ETAT", "DEPARTEMENT");
                }
            }
            assertThat(d.lignes()).allSatisfy(l -> assertThat(l.montant().scale()).isEqualTo(2));
        }
    }

    @Test
    @DisplayName("Jeu national : R-FIN-3 le total État déclaré 2024 dépasse de 1 000 € la somme des lignes ; R-FIN-4 l'enveloppe 2025 de l'axe 2 est sous ses lignes")
    void incoherencesVoulues() {
        DocumentConvention d = GenerateurConvention.generer(DEUX_SEVRES);
        BigDecimal etat2024 = somme(d, 2024, null);
        DocumentConvention.Declare total = d.declares().stream().filter(x -> "CHAMP".equals(x.objet())).findFirst()
                .orElseThrow();
        assertThat(total.montant().subtract(etat2024)).isEqualByComparingTo(GenerateurConvention.ECART_TOTAL);
        BigDecimal enveloppe = d.montantsConventionnels().stream().filter(m -> "2".equals(m.axe())
                && m.exercice() == 2025).findFirst().orElseThrow().montant();
        assertThat(enveloppe).isLessThan(somme(d, 2025, "2"));
        BigDecimal enveloppe2024 = d.montantsConventionnels().stream().filter(m -> "2".equals(m.axe())
                && m.exercice() == 2024).findFirst().orElseThrow().montant();
        assertThat(enveloppe2024).isEqualByComparingTo(somme(d, 2024, "2"));
    }

    static BigDecimal somme(DocumentConvention d, int exercice, String axe) {
        return d.lignes().stream().filter(l -> "ETAT".equals(l.financeur()) && l.exercice() == exercice
                && (axe == null || axe.equals(l.axe()))).map(DocumentConvention.Ligne::montant)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<String> codes() {
        List<String> codes = new java.util.ArrayList<>();
        for (int i = 1; i <= 95; i++) {
            if (i != 20) {
                codes.add(String.format("%02d", i));
            }
        }
        codes.addAll(List.of("2A", "2B", "971", "972", "973", "974", "976"));
        return codes;
    }
}

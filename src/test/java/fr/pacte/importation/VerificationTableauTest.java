package fr.pacte.importation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.financement.Sommes;
import fr.pacte.financement.rules.TableauSaisi.TotalAxe;
import fr.pacte.shared.Montants;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VerificationTableauTest {

    private final VerificationTableau verification = new VerificationTableau();

    static byte[] fixture(String nom) {
        try (InputStream in = VerificationTableauTest.class.getResourceAsStream("/tableaux/" + nom)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static BigDecimal e(String montant) {
        return Montants.of(montant);
    }

    private ResultatVerification verifier(String fichier, String parite, String base, String enveloppe) {
        return verification.verifier(fixture(fichier), VerificationTableau.parametres(parite, base, enveloppe));
    }

    @Test
    @DisplayName("R-FIN-1, R-FIN-2, R-FIN-3 : FX-1, le tableau 2024 avec la fiche 14 ne donne aucun constat")
    void fx1() {
        ResultatVerification resultat = verifier("vienne-2024.csv", null, null, "578633");

        assertThat(resultat.constats()).isEmpty();
        assertThat(resultat.lignes()).isEqualTo(15);
        assertThat(resultat.colonnesIgnorees()).isEmpty();
        assertThat(resultat.totaux()).isEqualTo(Sommes.de(e("578633"), e("701524"), e("535493"), e("0")));
        assertThat(resultat.totaux().total()).isEqualTo(e("1815650"));
        assertThat(resultat.axes()).extracting(TotalAxe::axe, a -> a.sommes().etat(), a -> a.sommes().departement(),
                        a -> a.sommes().total())
                .containsExactly(tuple("Axe 1", e("238205"), e("356096"), e("1129794")),
                        tuple("Axe 2", e("230000"), e("235000"), e("465000")),
                        tuple("Axe 3", e("110428"), e("110428"), e("220856")));
    }

    @Test
    @DisplayName("R-FIN-2, R-FIN-3, R-FIN-4 : FX-2, le tableau imprimé sans la fiche 14 donne exactement 3 SOUS_TOTAL sur l'axe 3, 3 TOTAL_GENERAL et ENVELOPPE")
    void fx2() {
        ResultatVerification resultat = verifier("vienne-2024-imprime.csv", null, null, "578633");

        assertThat(resultat.constats())
                .extracting(Constat::code, Constat::ligne, Constat::colonne, Constat::declare, Constat::calcule,
                        Constat::ecart)
                .containsExactly(
                        tuple("SOUS_TOTAL", 19, "etat", e("110428"), e("90428"), e("20000")),
                        tuple("SOUS_TOTAL", 19, "departement", e("110428"), e("90428"), e("20000")),
                        tuple("SOUS_TOTAL", 19, "total", e("220856"), e("180856"), e("40000")),
                        tuple("TOTAL_GENERAL", 20, "etat", e("578633"), e("558633"), e("20000")),
                        tuple("TOTAL_GENERAL", 20, "departement", e("701524"), e("681524"), e("20000")),
                        tuple("TOTAL_GENERAL", 20, "total", e("1815650"), e("1775650"), e("40000")),
                        tuple("ENVELOPPE", null, "etat", e("578633"), e("558633"), e("20000")));
        assertThat(resultat.constats().get(0).message()).isEqualTo("Sous-total de l'axe 3 (État) : "
                + "110 428,00 € déclarés, 90 428,00 € calculés (écart 20 000,00 €).");
        assertThat(resultat.bloquant()).isTrue();
        assertThat(resultat.lignes()).isEqualTo(14);
        assertThat(resultat.colonnesIgnorees()).containsExactly("Investissements ciblés");
        assertThat(resultat.totaux().etat()).isEqualTo(e("558633"));
        assertThat(resultat.axes()).extracting(TotalAxe::axe).containsExactly("Axe 1", "Axe 2", "Axe 3");
    }

    @Test
    @DisplayName("R-IMP-1 : FX-5, « 110 00 € » est une erreur MONTANT_INVALIDE, et le seul constat")
    void fx5() {
        ResultatVerification resultat = verifier("vienne-2024-malforme.csv", null, null, "578633");

        assertThat(resultat.constats()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("MONTANT_INVALIDE");
            assertThat(c.gravite()).isEqualTo(Gravite.ERREUR);
            assertThat(c.ligne()).isEqualTo(7);
            assertThat(c.colonne()).isEqualTo("departement");
            assertThat(c.declare()).isNull();
            assertThat(c.message()).contains("« 110 00 € »").contains("Ligne 7").contains("Département");
        });
    }

    @Test
    @DisplayName("R-FIN-5 : FX-8, volet 2 en base F par ligne, seule FA23 est sous 50 % (46,59 %) ; le total du volet est juste")
    void fx8() {
        ResultatVerification resultat = verifier("france-travail-2024.csv", "ligne", "total", "447608");

        assertThat(resultat.constats()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("PARITE");
            assertThat(c.gravite()).isEqualTo(Gravite.AVERTISSEMENT);
            assertThat(c.ligne()).isEqualTo(10);
            assertThat(c.colonne()).isNull();
            assertThat(c.declare()).isEqualTo(e("46.59"));
            assertThat(c.calcule()).isEqualTo(e("50"));
            assertThat(c.ecart()).isEqualTo(e("-3.41"));
        });
        assertThat(resultat.totaux().departement()).isEqualTo(e("486710"));
        assertThat(verifier("france-travail-2024.csv", "global", "total", null).constats()).isEmpty();
    }

    @Test
    @DisplayName("R-FIN-5 : FX-7, sur le fichier Vienne : (b) fiche 1 à 18,84 %, (c) rien, (d) 38,64 %")
    void fx7() {
        assertThat(verifier("vienne-2024.csv", "ligne", "total", null).constats())
                .extracting(Constat::code, Constat::ligne, Constat::declare)
                .containsExactly(tuple("PARITE", 2, e("18.84")));
        assertThat(verifier("vienne-2024.csv", "global", "etat_departement", null).constats()).isEmpty();
        assertThat(verifier("vienne-2024.csv", "global", "total", null).constats())
                .extracting(Constat::code, Constat::ligne, Constat::declare)
                .containsExactly(tuple("PARITE", null, e("38.64")));
        assertThat(verifier("vienne-2024.csv", "aucune", "total", null).constats()).isEmpty();
    }

    @Test
    @DisplayName("R-IMP-2 : sans enveloppe donnée, pas de constat ENVELOPPE ; avec 578 633 et la fiche 14, pas non plus")
    void envelopeOnlyWhenGiven() {
        assertThat(verifier("vienne-2024-imprime.csv", null, null, null).constats())
                .extracting(Constat::code).doesNotContain("ENVELOPPE");
        assertThat(verifier("vienne-2024.csv", null, null, "578 633,00 €").constats()).isEmpty();
    }
}

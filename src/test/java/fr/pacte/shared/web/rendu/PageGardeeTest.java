package fr.pacte.shared.web.rendu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class PageGardeeTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String ecrite(PageGardee page, String jeton) throws Exception {
        MockHttpServletResponse reponse = new MockHttpServletResponse();
        page.ecrire(reponse, jeton);
        assertThat(reponse.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(reponse.getContentLength()).isEqualTo(reponse.getContentAsByteArray().length);
        return reponse.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("Une page gardée est réécrite avec le jeton CSRF de la requête qui la demande, à chaque champ _csrf")
    void eachRequestWritesItsOwnToken() throws Exception {
        String html = "<p>État : 578 633,00 €</p><form><input type=\"hidden\" name=\"_csrf\" value=\"AAA-1\"/></form>"
                + "<form><input type=\"hidden\" name=\"_csrf\" value=\"AAA-1\"/></form>";
        PageGardee page = PageGardee.decouper(utf8(html), "AAA-1");
        assertThat(page).isNotNull();
        assertThat(page.morceaux().length).isEqualTo(3);
        assertThat(ecrite(page, "BBB-2")).isEqualTo(html.replace("AAA-1", "BBB-2")).doesNotContain("AAA-1");
    }

    @Test
    @DisplayName("Une page dont un champ _csrf ne porte pas le jeton de la requête n'est jamais gardée : "
            + "le jeton d'une session n'atteint jamais une autre")
    void aTokenItCannotFindIsNeverKept() {
        String html = "<form><input type=\"hidden\" name=\"_csrf\" value=\"AUTRE\"/></form>";
        assertThat(PageGardee.decouper(utf8(html), "AAA-1")).isNull();
        assertThat(PageGardee.decouper(utf8(html), null)).isNull();
        String deux = html + "<form><input type=\"hidden\" name=\"_csrf\" value=\"AAA-1\"/></form>";
        assertThat(PageGardee.decouper(utf8(deux), "AAA-1")).isNull();
    }

    @Test
    @DisplayName("Une page sans formulaire POST est gardée d'un seul morceau, accents compris")
    void aPageWithoutTokenIsOnePiece() throws Exception {
        String html = "<h1>Contrôles 2024 — Vienne</h1>";
        PageGardee page = PageGardee.decouper(utf8(html), "AAA-1");
        assertThat(page.morceaux().length).isEqualTo(1);
        assertThat(page.octets()).isEqualTo(utf8(html).length);
        assertThat(ecrite(page, "BBB-2")).isEqualTo(html);
    }
}

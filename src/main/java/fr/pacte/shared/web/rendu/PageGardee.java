package fr.pacte.shared.web.rendu;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole page as rendered once, in UTF-8 bytes, cut where the CSRF token of the request that rendered it was
 * written: each request writes its own token there. A page is kept only if every {@code _csrf} field of it holds that
 * token, so that no session's token can ever reach another session.
 */
record PageGardee(byte[][] morceaux) {

    private static final Pattern CHAMP_CSRF = Pattern.compile("name=\"_csrf\"");

    /** The page cut at each occurrence of {@code jeton}, or null when it holds a {@code _csrf} field it cannot cut. */
    static PageGardee decouper(byte[] corps, String jeton) {
        String html = new String(corps, StandardCharsets.UTF_8);
        int champs = 0;
        for (Matcher m = CHAMP_CSRF.matcher(html); m.find(); ) {
            champs++;
        }
        if (champs > 0 && (jeton == null || jeton.isEmpty())) {
            return null;
        }
        String[] parties = champs == 0 ? new String[] {html} : html.split(Pattern.quote(jeton), -1);
        if (parties.length - 1 != champs) {
            return null;
        }
        byte[][] morceaux = new byte[parties.length][];
        for (int i = 0; i < parties.length; i++) {
            morceaux[i] = parties[i].getBytes(StandardCharsets.UTF_8);
        }
        return new PageGardee(morceaux);
    }

    int octets() {
        int n = 0;
        for (byte[] m : morceaux) {
            n += m.length;
        }
        return n;
    }

    /** Writes the page with this request's token (already in bytes: no character conversion per request). */
    void ecrire(HttpServletResponse reponse, String jeton) throws IOException {
        byte[] enOctets = jeton == null ? new byte[0] : jeton.getBytes(StandardCharsets.US_ASCII);
        reponse.setContentType("text/html;charset=UTF-8");
        reponse.setContentLength(octets() + enOctets.length * (morceaux.length - 1));
        ServletOutputStream sortie = reponse.getOutputStream();
        for (int i = 0; i < morceaux.length; i++) {
            if (i > 0) {
                sortie.write(enOctets);
            }
            sortie.write(morceaux[i]);
        }
    }
}

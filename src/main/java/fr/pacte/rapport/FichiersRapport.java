package fr.pacte.rapport;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes a report's model in one of the five formats, and freezes all five at transmission (R-WF-7): the XLSX first,
 * then the four others whose footer carries the SHA-256 of that frozen XLSX.
 */
@Component
class FichiersRapport {

    private final RapportXlsx xlsx;
    private final RapportDocx docx;
    private final RapportPdf pdf;
    private final RapportOdf odf;

    FichiersRapport(RapportXlsx xlsx, RapportDocx docx, RapportPdf pdf, RapportOdf odf) {
        this.xlsx = xlsx;
        this.docx = docx;
        this.pdf = pdf;
        this.odf = odf;
    }

    byte[] ecrire(ModeleRapport m, FormatRapport format) {
        return switch (format) {
            case XLSX -> xlsx.ecrire(m);
            case DOCX -> docx.ecrire(m);
            case PDF -> pdf.ecrire(m);
            case ODS -> odf.ods(m);
            case ODT -> odf.odt(m);
        };
    }

    String html(ModeleRapport m) {
        return pdf.html(m);
    }

    /** The five files of a transmitted report, in format order, XLSX first. */
    Map<FormatRapport, byte[]> figer(ModeleRapport m) {
        Map<FormatRapport, byte[]> fichiers = new LinkedHashMap<>();
        byte[] classeur = xlsx.ecrire(m);
        fichiers.put(FormatRapport.XLSX, classeur);
        ModeleRapport signe = m.avecSha(sha256(classeur));
        for (FormatRapport f : FormatRapport.values()) {
            if (f != FormatRapport.XLSX) {
                fichiers.put(f, ecrire(signe, f));
            }
        }
        return fichiers;
    }

    static String sha256(byte[] contenu) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenu));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static LocalDateTime maintenant(java.time.Clock horloge) {
        return LocalDateTime.now(horloge).withNano(0);
    }
}

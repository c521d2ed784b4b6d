package fr.pacte.rapport;

import java.util.Arrays;
import java.util.Optional;

/** The five formats of a report; the first three are the "main" ones the bench times. */
public enum FormatRapport {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf"),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet"),
    ODT("odt", "application/vnd.oasis.opendocument.text");

    private final String extension;
    private final String typeMime;

    FormatRapport(String extension, String typeMime) {
        this.extension = extension;
        this.typeMime = typeMime;
    }

    public String extension() {
        return extension;
    }

    public String typeMime() {
        return typeMime;
    }

    public static Optional<FormatRapport> de(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(extension)).findFirst();
    }
}

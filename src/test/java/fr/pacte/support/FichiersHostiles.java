package fr.pacte.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile files of issue 13, made in the test (never committed blobs): a few kilobytes each, built to cost a
 * naive reader minutes or gigabytes. bench/hostile.sh makes the same files with Python.
 */
public final class FichiersHostiles {

    public static final String ENTETE = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Fiche</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>Intitulé</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>État</t></is></c>"
            + "<c r=\"D1\" t=\"inlineStr\"><is><t>Département</t></is></c></row>";
    public static final String LIGNE_2 = "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>Action</t>"
            + "</is></c><c r=\"C2\"><v>100</v></c><c r=\"D2\"><v>100</v></c></row>";

    private FichiersHostiles() {
    }

    /**
     * A header, one row and one merged region, e.g. {@code A3:XFD1048576} (POI refuses to write that one: the file is
     * made by hand, as the tester of issue 13 did): 1.6 kB that used to exhaust the heap after 37 s.
     */
    public static byte[] fusionGeante(String region) {
        return xlsx(feuilleAvecFusions(ENTETE + LIGNE_2 + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>Axe "
                + "fusionné</t></is></c></row>", "<mergeCells count=\"1\"><mergeCell ref=\"" + region
                        + "\"/></mergeCells>"));
    }

    /** A minimal XLSX package around one sheet's XML (what goes inside {@code <worksheet>}), inline strings only. */
    public static byte[] xlsx(String contenuFeuille) {
        return xlsx("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + feuille(contenuFeuille), null);
    }

    /** The same with a sheet part written by hand (a DOCTYPE, for instance) and an optional shared strings part. */
    public static byte[] xlsx(String feuilleXml, String chainesXml) {
        Map<String, Consumer<ZipOutputStream>> parties = new LinkedHashMap<>();
        parties.put("xl/worksheets/sheet1.xml", ecrire(feuilleXml));
        if (chainesXml != null) {
            parties.put("xl/sharedStrings.xml", ecrire(chainesXml));
        }
        return paquet(parties);
    }

    /** A ratio bomb: a sheet of {@code megaOctets} MB of blanks, a few hundred kB once deflated. */
    public static byte[] bombeDeDecompression(int megaOctets) {
        Map<String, Consumer<ZipOutputStream>> parties = new LinkedHashMap<>();
        parties.put("xl/worksheets/sheet1.xml", zip -> {
            try {
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + NS + "\"><sheetData>")
                        .getBytes(StandardCharsets.UTF_8));
                byte[] blancs = new byte[1024 * 1024];
                java.util.Arrays.fill(blancs, (byte) ' ');
                for (int i = 0; i < megaOctets; i++) {
                    zip.write(blancs);
                }
                zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return paquet(parties);
    }

    /** XXE: an external entity pointing at a local file, used in a cell. */
    public static byte[] entiteExterne() {
        return xlsx("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "
                + "\"file:///etc/passwd\">]>" + feuille(ENTETE + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;"
                        + "</t></is></c></row>"), null);
    }

    /** Billion laughs: ten levels of ten entities, 10^9 "lol" once expanded. */
    public static byte[] milliardDeRires() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i - 1).append(';');
            }
            dtd.append("\">");
        }
        dtd.append("]>");
        return xlsx("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + dtd + feuille(ENTETE
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>"), null);
    }

    /** {@code n} merged regions of two cells each. */
    public static byte[] fusions(int n) {
        StringBuilder fusions = new StringBuilder("<mergeCells count=\"" + n + "\">");
        for (int i = 0; i < n; i++) {
            fusions.append("<mergeCell ref=\"F").append(i + 3).append(":G").append(i + 3).append("\"/>");
        }
        return xlsx(feuilleAvecFusions(ENTETE + LIGNE_2, fusions.append("</mergeCells>").toString()));
    }

    /** A value in the last column of Excel (XFD). */
    public static byte[] colonneLointaine() {
        return xlsx(ENTETE + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"XFD2\"><v>7</v></c></row>");
    }

    /** {@code n} non-empty rows after the header. */
    public static byte[] lignes(int n) {
        StringBuilder rangs = new StringBuilder(ENTETE);
        for (int r = 2; r <= n + 1; r++) {
            rangs.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r)
                    .append("</v></c></row>");
        }
        return xlsx(rangs.toString());
    }

    /** A shared strings table of {@code n} entries. */
    public static byte[] chainesPartagees(int n) {
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + NS + "\">");
        for (int i = 0; i < n; i++) {
            sst.append("<si><t>t").append(i).append("</t></si>");
        }
        sst.append("</sst>");
        return xlsx("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + feuille(ENTETE), sst.toString());
    }

    /** A CSV whose second line holds {@code caracteres} characters in one unterminated quoted field. */
    public static byte[] csvGuillemetOuvert(int caracteres) {
        return ("Fiche;Intitulé;État;Département\n1;\"" + "a".repeat(caracteres) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A CSV whose second line has {@code colonnes} fields. */
    public static byte[] csvColonnes(int colonnes) {
        return ("Fiche;Intitulé;État;Département\n1" + ";1".repeat(colonnes - 1) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static String feuille(String rangs) {
        return "<worksheet xmlns=\"" + NS + "\"><sheetData>" + rangs + "</sheetData></worksheet>";
    }

    private static String feuilleAvecFusions(String rangs, String fusions) {
        return "<worksheet xmlns=\"" + NS + "\"><sheetData>" + rangs + "</sheetData>" + fusions + "</worksheet>";
    }

    private static Consumer<ZipOutputStream> ecrire(String xml) {
        return zip -> {
            try {
                zip.write(xml.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static byte[] paquet(Map<String, Consumer<ZipOutputStream>> parties) {
        Map<String, Consumer<ZipOutputStream>> tout = new LinkedHashMap<>();
        tout.put("[Content_Types].xml", ecrire("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
                + "application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"));
        tout.put("_rels/.rels", ecrire("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                + "Target=\"xl/workbook.xml\"/></Relationships>"));
        tout.put("xl/workbook.xml", ecrire("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + NS
                + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                + "<sheet name=\"Annexe 2\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                + "Target=\"worksheets/sheet1.xml\"/>");
        if (parties.containsKey("xl/sharedStrings.xml")) {
            rels.append("<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }
        tout.put("xl/_rels/workbook.xml.rels", ecrire(rels.append("</Relationships>").toString()));
        tout.putAll(parties);
        try (ByteArrayOutputStream sortie = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(sortie)) {
            for (Map.Entry<String, Consumer<ZipOutputStream>> partie : tout.entrySet()) {
                zip.putNextEntry(new ZipEntry(partie.getKey()));
                partie.getValue().accept(zip);
                zip.closeEntry();
            }
            zip.finish();
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

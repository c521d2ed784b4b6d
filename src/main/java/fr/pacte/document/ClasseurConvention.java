package fr.pacte.document;

import fr.pacte.indicateur.IndicateurDocument;
import fr.pacte.shared.Messages;
import fr.pacte.shared.fichier.FichierIllisibleException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The convention workbook (contracts/convention.md): written from a document, read back into one, and the template a
 * newcomer fills in (every sheet with its headers and one example row, a small convention that imports as it is).
 */
public final class ClasseurConvention {

    /** A workbook read: its document, where each part came from, and the findings of the reading. */
    public record Lu(DocumentConvention document, PlacesClasseur places, List<ConstatDocument> constats) {

        /** A cell that cannot be read (an amount "110 00 €", a missing column): nothing can be saved. */
        public boolean bloquant() {
            return constats.stream().anyMatch(ConstatDocument::bloquant);
        }
    }

    private ClasseurConvention() {
    }

    public static byte[] ecrire(DocumentConvention document) {
        return EcritureClasseur.ecrire(document);
    }

    /** @throws ClasseurIllisibleException when the file is not an XLSX workbook or goes over its limits (400) */
    public static Lu lire(byte[] contenu) {
        try {
            LectureClasseur.Resultat r = LectureClasseur.lire(contenu);
            return new Lu(r.document(), r.places(), r.constats());
        } catch (FichierIllisibleException e) {
            throw new ClasseurIllisibleException(Messages.texte("document.classeur.illisible", e.getMessage()), e);
        }
    }

    public static byte[] modele() {
        return ecrire(exemple());
    }

    /** The example of the template: one champ, one axe, one fiche, its money, an amount of the articles, an indicator. */
    public static DocumentConvention exemple() {
        DocumentConvention.Champ champ = new DocumentConvention.Champ("SOL", "Champ des solidarités", "2025-01-01",
                "2025-12-31", "01-01", "304", new DocumentConvention.Parite("LIGNE", "ETAT_DEPARTEMENT",
                BigDecimal.valueOf(50)), List.of(new DocumentConvention.Versement("UNIQUE", BigDecimal.valueOf(100),
                "SIGNATURE", null)), List.of(new DocumentConvention.Axe("1",
                "Prévenir la pauvreté et lutter contre les inégalités dès l'enfance", "AXE", null, true, null, null,
                null)), BigDecimal.valueOf(80), null);
        DocumentConvention.Fiche fiche = new DocumentConvention.Fiche("1", "1", "Exemple d'action : accompagnement "
                + "des familles", "SOL", List.of("1"), "NOUVELLE", "Décrivez l'action.", "Familles", "Département",
                "Département", null, "CAF", "1er janvier 2025", "1 an", null, null, Map.of());
        return new DocumentConvention("2025-C-EXEMPLE-0001", null, "Exemple de convention (à remplacer)",
                "PACTE_SOLIDARITES", null, "2025-01-01", "2025-12-31",
                List.of(new DocumentConvention.Partie("ETAT", "Préfecture", "Prénom NOM", "Préfet", null),
                        new DocumentConvention.Partie("DEPARTEMENT", "Département", "Prénom NOM",
                                "Président du Conseil départemental", null)),
                null, null, List.of(champ), List.of(fiche),
                List.of(new DocumentConvention.Montant("SOL", "1", 2025, "ETAT", new BigDecimal("10000.00"),
                        "dix mille euros", "article 2", null)),
                List.of(new DocumentConvention.Ligne("1", "1", 2025, "ETAT", null, "CREDITS_NOUVEAUX",
                                new BigDecimal("10000.00"), null, null, null, null),
                        new DocumentConvention.Ligne("1", "1", 2025, "DEPARTEMENT", null, "CREDITS_NOUVEAUX",
                                new BigDecimal("10000.00"), null, null, null, null)),
                List.of(new DocumentConvention.Declare("CONVENTION", null, null, null, 2025, "total",
                        new BigDecimal("20000.00"), "tableau financier", List.of(), null)),
                List.of(IndicateurDocument.simple("1", "Nombre de familles accompagnées", "LOCAL", "familles",
                        List.of(IndicateurDocument.ValeurDocument.de("T0", 2024, "10"),
                                IndicateurDocument.ValeurDocument.de("CIBLE", 2025, "20")))),
                null);
    }
}

package fr.pacte.shared.fichier;

import fr.pacte.shared.Libelles;
import java.util.List;
import java.util.Optional;

/** The sheets read from a workbook, in workbook order. Sheet names are matched without case, accents or spaces. */
public record Classeur(List<Feuille> feuilles) {

    public Classeur {
        feuilles = List.copyOf(feuilles);
    }

    /** The sheet of that name ({@code "Déclarés"} finds {@code Declares}), if it was read. */
    public Optional<Feuille> feuille(String nom) {
        String cle = Libelles.normaliser(nom);
        return feuilles.stream().filter(f -> Libelles.normaliser(f.nom()).equals(cle)).findFirst();
    }

    public List<String> noms() {
        return feuilles.stream().map(Feuille::nom).toList();
    }
}

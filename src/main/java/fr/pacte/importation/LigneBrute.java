package fr.pacte.importation;

import java.util.List;

/** A non-blank row of the file and its physical line number (the first line of the file is 1). */
record LigneBrute(int numero, List<Cellule> cellules) {

    Cellule cellule(int index) {
        return index >= 0 && index < cellules.size() ? cellules.get(index) : Cellule.VIDE;
    }

    static boolean vide(List<Cellule> cellules) {
        return cellules.stream().allMatch(Cellule::vide);
    }
}

package fr.pacte.revue;

import fr.pacte.securite.Perimetre;
import java.util.List;

/** A feature that has items waiting for the signed-in user (the inbox « À traiter »): fiches, avenants. */
public interface ElementsATraiter {

    List<ElementATraiter> enAttente(Perimetre perimetre);
}

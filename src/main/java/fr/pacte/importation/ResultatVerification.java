package fr.pacte.importation;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.financement.Sommes;
import fr.pacte.financement.rules.TableauSaisi;
import java.util.List;

/** The answer of a check of a tableau financier: figures computed from the detail rows, and the findings. */
public record ResultatVerification(TableauLu lu, List<Constat> constats) {

    public ResultatVerification {
        constats = List.copyOf(constats);
    }

    /** Number of detail rows. */
    public int lignes() {
        return lu.tableau().details().size();
    }

    public List<String> colonnesIgnorees() {
        return lu.colonnesIgnorees();
    }

    public Sommes totaux() {
        return lu.tableau().totaux();
    }

    public List<TableauSaisi.TotalAxe> axes() {
        return lu.tableau().axes();
    }

    /** True when a finding is an ERREUR: nothing may be saved. */
    public boolean bloquant() {
        return constats.stream().anyMatch(c -> c.gravite() == Gravite.ERREUR);
    }
}

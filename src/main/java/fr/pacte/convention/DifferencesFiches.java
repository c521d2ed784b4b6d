package fr.pacte.convention;

import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.FicheLue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed in the fiches between two versions of a convention (contracts/avenant.md, {@code fiches} of the
 * comparison): fiches added, and for the others each descriptive field and the axes, old → new. Computed from the
 * components of {@link FicheAction.Description}, so a field added later is compared too (STYLE.md §2).
 */
public final class DifferencesFiches {

    /** Field names of contracts/convention.md where they differ from the record's. */
    private static final Map<String, String> NOMS = Map.of("dateMiseEnPlaceTexte", "dateMiseEnPlace",
            "dureeTexte", "duree");

    private DifferencesFiches() {
    }

    /** One fiche that changed: its key (its number), whether it is new, and its fields old → new. */
    public record DifferenceFiche(Long ficheId, String cle, boolean nouvelle, List<Changement> modifications) {
    }

    public static List<DifferenceFiche> entre(ConventionLue avant, ConventionLue apres) {
        List<DifferenceFiche> differences = new ArrayList<>();
        for (FicheLue f : apres.fiches()) {
            Optional<FicheLue> ancienne = avant.fiche(f.id());
            List<Changement> modifications = modifications(f.id(), ancienne.orElse(null), f);
            if (ancienne.isEmpty() || !modifications.isEmpty()) {
                differences.add(new DifferenceFiche(f.id(), f.numero(), ancienne.isEmpty(), modifications));
            }
        }
        return differences;
    }

    /** The fields of a fiche that differ between two of its states ({@code avant} null: the fiche is new). */
    public static List<Changement> modifications(Long ficheId, FicheLue avant, FicheLue apres) {
        List<Changement> changements = new ArrayList<>();
        for (Changement c : Changement.entre("FICHE", ficheId, avant == null ? null : avant.contenu(), apres.contenu())) {
            changements.add(new Changement(c.objet(), c.objetId(), NOMS.getOrDefault(c.champ(), c.champ()), c.avant(),
                    c.apres()));
        }
        String axesAvant = avant == null ? null : axes(avant);
        if (!Objects.equals(axesAvant, axes(apres))) {
            changements.add(new Changement("FICHE", ficheId, "axes", axesAvant, axes(apres)));
        }
        return changements;
    }

    private static String axes(FicheLue fiche) {
        return String.join(", ", fiche.axes().stream().map(AxeLu::numero).toList());
    }
}

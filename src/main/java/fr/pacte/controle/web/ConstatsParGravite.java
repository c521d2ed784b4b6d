package fr.pacte.controle.web;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The findings of the Contrôles page: by severity (errors first), then by fiche in the convention's order, findings
 * without fiche (envelopes, global parity) first as "Convention".
 */
record ConstatsParGravite(Gravite gravite, List<ParFiche> fiches, int nombre) {

    /** A fiche of the convention as the page links to it. */
    record FicheLiee(Long id, String numero, String intitule) {
    }

    record ParFiche(FicheLiee fiche, List<Constat> constats) {
    }

    static List<ConstatsParGravite> grouper(List<Constat> constats, List<FicheLiee> fiches) {
        List<ConstatsParGravite> groupes = new ArrayList<>();
        for (Gravite gravite : Gravite.values()) {
            List<Constat> deCetteGravite = constats.stream().filter(c -> c.gravite() == gravite).toList();
            if (deCetteGravite.isEmpty()) {
                continue;
            }
            Map<String, List<Constat>> parNumero = new LinkedHashMap<>();
            parNumero.put(null, new ArrayList<>());
            fiches.forEach(f -> parNumero.put(f.numero(), new ArrayList<>()));
            for (Constat c : deCetteGravite) {
                parNumero.computeIfAbsent(c.fiche(), k -> new ArrayList<>()).add(c);
            }
            List<ParFiche> parFiche = new ArrayList<>();
            parNumero.forEach((numero, liste) -> {
                if (!liste.isEmpty()) {
                    FicheLiee fiche = fiches.stream().filter(f -> Objects.equals(f.numero(), numero)).findFirst()
                            .orElse(numero == null ? null : new FicheLiee(null, numero, null));
                    parFiche.add(new ParFiche(fiche, liste));
                }
            });
            groupes.add(new ConstatsParGravite(gravite, parFiche, deCetteGravite.size()));
        }
        return groupes;
    }
}

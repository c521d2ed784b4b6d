package fr.pacte.avenant.rules;

import fr.pacte.avenant.DocumentAvenant.Deliberation;
import fr.pacte.shared.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * R-ADM-3 A délibération is complete before it authorises a signature: organe (Conseil départemental or Commission
 * permanente), date of the séance, votes (pour, contre, abstentions) and attendance (présents, représentés). R-ADM-4
 * the votes balance: pour + contre + abstentions = présents + représentés − ne prennent pas part. FX-23 (29/03/2024):
 * 33 + 0 + 3 = 33 + 3. Answers what is missing or wrong, in French; empty when complete.
 */
public final class DeliberationRule {

    private static final Set<String> ORGANES = Set.of("CONSEIL_DEPARTEMENTAL", "COMMISSION_PERMANENTE");

    public List<String> verifier(Deliberation d) {
        List<String> problemes = new ArrayList<>();
        if (d == null) {
            problemes.add(Messages.texte("avenant.deliberation.absente"));
            return problemes;
        }
        if (d.organe() == null || !ORGANES.contains(d.organe())) {
            problemes.add(Messages.texte("avenant.deliberation.organe"));
        }
        if (d.dateSeance() == null) {
            problemes.add(Messages.texte("avenant.deliberation.dateSeance"));
        }
        Integer[] nombres = {d.pour(), d.contre(), d.abstentions(), d.presents(), d.representes()};
        boolean complets = true;
        for (Integer n : nombres) {
            if (n == null) {
                complets = false;
            } else if (n < 0) {
                problemes.add(Messages.texte("avenant.deliberation.negatif"));
                return problemes;
            }
        }
        if (!complets) {
            problemes.add(Messages.texte("avenant.deliberation.votes"));
            return problemes;
        }
        int npp = d.nePrennentPasPart() == null ? 0 : d.nePrennentPasPart();
        int votants = d.pour() + d.contre() + d.abstentions();
        int attendus = d.presents() + d.representes() - npp;
        if (votants != attendus) {
            problemes.add(Messages.texte("avenant.deliberation.equilibre", d.pour(), d.contre(), d.abstentions(),
                    votants, d.presents(), d.representes(), npp, attendus));
        }
        return problemes;
    }
}

package fr.pacte.versement.rules;

import fr.pacte.convention.ConditionVersement;
import fr.pacte.shared.Messages;
import java.util.Optional;

/**
 * R-PAY-2, R-PAY-3, R-PAY-11: whether an instalment's condition is met, and the French reason when it is not.
 * SIGNATURE: the convention is signed (the Vienne, without a known date, Q12). AVENANT_SIGNE (R-PAY-2): the exercice's
 * amount is fixed by a signed avenant, read as a montant conventionnel of the champ for that exercice with statut
 * NOTIFIE in the version in force (an avenant turns the PREVISIONNEL amounts into NOTIFIE, Q22). BILAN_FINAL_RECU
 * (R-PAY-3) and RAPPORT_TRANSMIS (R-PAY-11): the report was transmitted to both préfets. Others wait for a
 * confirmation that only an event records.
 */
public final class ConditionVersementRule {

    /** What is known of the convention when the schedule is read. */
    public record Faits(boolean signee, boolean montantNotifie, boolean bilanFinalTransmis,
            boolean rapportMiParcoursTransmis, boolean autreConditionRemplie) {
    }

    /** Empty when met; else the reason, e.g. "Bilan final non transmis", "Avenant 2025 non signé". */
    public Optional<String> motif(ConditionVersement condition, int exercice, Faits f) {
        return switch (condition) {
            case SIGNATURE -> f.signee() ? Optional.empty() : Optional.of(Messages.texte("versement.motif.SIGNATURE"));
            case AVENANT_SIGNE -> f.montantNotifie() ? Optional.empty()
                    : Optional.of(Messages.texte("versement.motif.AVENANT_SIGNE", exercice));
            case BILAN_FINAL_RECU -> f.bilanFinalTransmis() ? Optional.empty()
                    : Optional.of(Messages.texte("versement.motif.BILAN_FINAL_RECU"));
            case RAPPORT_TRANSMIS -> f.rapportMiParcoursTransmis() ? Optional.empty()
                    : Optional.of(Messages.texte("versement.motif.RAPPORT_TRANSMIS"));
            default -> f.autreConditionRemplie() ? Optional.empty()
                    : Optional.of(Messages.texte("versement.motif." + condition.name()));
        };
    }

    /** R-PAY-11: an instalment gated by the mid-term report is not created before the report is transmitted. */
    public boolean cree(ConditionVersement condition, Faits f) {
        return condition != ConditionVersement.RAPPORT_TRANSMIS || f.rapportMiParcoursTransmis();
    }
}

package fr.pacte.convention;

/** DOMAIN.md §3.7: what makes an instalment due (R-PAY-2, R-PAY-3, R-PAY-4, R-PAY-11). */
public enum ConditionVersement {
    SIGNATURE, AVENANT_SIGNE, BILAN_FINAL_RECU, RAPPORT_TRANSMIS, CREDITS_OUVERTS_LOI_DE_FINANCES, PIECE_JUSTIFICATIVE
}

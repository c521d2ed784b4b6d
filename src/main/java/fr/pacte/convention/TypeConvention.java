package fr.pacte.convention;

/** The kind of a convention; its French label is {@code convention.type.<NAME>} in messages.properties. */
public enum TypeConvention {
    CALPAE, PACTE_SOLIDARITES, PDI_PTI, CAOM, AUTRE
}

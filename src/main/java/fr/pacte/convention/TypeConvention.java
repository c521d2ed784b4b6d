package fr.pacte.convention;

public enum TypeConvention {
    CALPAE, PACTE_SOLIDARITES, PDI_PTI, CAOM, AUTRE
}

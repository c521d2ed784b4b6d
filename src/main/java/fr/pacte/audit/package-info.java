/**
 * The audit journal (DOMAIN.md §3.8 JournalAudit, R-SEC-10, contracts/avenant.md § Journal): every change of a
 * convention, fiche, line, montant, indicator value, avenant or status, recorded from the events the write use cases
 * publish, append-only, each entry chained to the previous one by SHA-256; its reading and its verification.
 */
package fr.pacte.audit;

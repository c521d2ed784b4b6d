-- The audit journal (DOMAIN.md §3.8 JournalAudit; contracts/avenant.md § Journal; R-SEC-10): one entry per changed
-- field of a convention, fiche, line, montant, indicator value, avenant or status, with who, when, old → new and the
-- comment. Append-only: no update or delete path in the application, and this trigger refuses both (and TRUNCATE)
-- at the database. Each entry carries the SHA-256 of its content and of the previous entry's hash (hash_precedent):
-- a row changed behind the application's back breaks the chain at that row. No foreign key: the journal outlives
-- what it describes.
create table journal_audit (
    id              bigint primary key,
    horodatage      timestamp not null,
    convention_id   bigint,
    version         int,
    fiche_id        bigint,
    utilisateur     varchar(100),
    role            varchar(40),
    action          varchar(60) not null,
    objet           varchar(30),
    objet_id        bigint,
    champ           text,
    avant           text,
    apres           text,
    commentaire     text,
    hash_precedent  char(64),
    hash            char(64) not null
);
create sequence journal_audit_id_seq owned by journal_audit.id;
create index idx_journal_convention on journal_audit(convention_id, id);
create index idx_journal_fiche on journal_audit(fiche_id);

create function journal_audit_ajout_seul() returns trigger language plpgsql as $$
begin
    raise exception 'Le journal d''audit est en ajout seul : % refusé (R-SEC-10)', tg_op;
end;
$$;
create trigger journal_audit_sans_modification before update or delete on journal_audit
    for each row execute function journal_audit_ajout_seul();
create trigger journal_audit_sans_vidage before truncate on journal_audit
    for each statement execute function journal_audit_ajout_seul();

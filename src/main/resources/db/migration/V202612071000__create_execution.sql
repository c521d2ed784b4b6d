-- Executed amounts (DOMAIN.md §3.5, §3.7 Execution): facts recorded against the plan, in their own table, never mixed
-- into the planned lines (ligne_financement). One row per fiche × axe × exercice × financeur × nature × pièce, with the
-- date and the reference of the supporting piece (mandat). Not versioned: what was spent does not change with an
-- avenant; the plan it is compared with is read in the version in force at the end of the exercice.
create table ligne_execution (
    id                  bigserial primary key,
    convention_id       bigint not null references convention(id) on delete cascade,
    fiche_id            bigint references fiche_action(id) on delete cascade,
    axe_id              bigint not null references axe(id),
    exercice            int not null,
    financeur           varchar(20) not null,
    nature              varchar(30) not null,
    montant             numeric(15,2) not null,
    date_execution      date,
    piece               varchar(200),
    saisi_par           varchar(100),
    saisi_le            timestamp,
    constraint ck_execution_montant check (montant >= 0 and montant < 10000000000000),
    constraint ck_execution_financeur check (financeur in ('ETAT', 'DEPARTEMENT', 'AUTRE')),
    constraint ck_execution_nature check (nature in ('CREDITS_NOUVEAUX', 'VALORISATION', 'REPORT'))
);
create index idx_execution_convention_exercice on ligne_execution(convention_id, exercice);
create index idx_execution_fiche on ligne_execution(fiche_id);
create index idx_execution_axe on ligne_execution(axe_id);
-- The natural key the execution is saved by difference on.
create unique index uq_execution_cle on ligne_execution (convention_id, coalesce(fiche_id, 0), axe_id, exercice,
    financeur, nature, coalesce(piece, ''));

-- R-PAY-7: a justification of a fiche's low execution rate in one exercice (a documented ramp-up) silences
-- SOUS_CONSOMMATION for that fiche and exercice.
create table justification_execution (
    id                  bigserial primary key,
    convention_id       bigint not null references convention(id) on delete cascade,
    fiche_id            bigint not null references fiche_action(id) on delete cascade,
    exercice            int not null,
    texte               text not null,
    saisi_par           varchar(100),
    saisi_le            timestamp,
    constraint uq_justification_execution unique (fiche_id, exercice)
);
create index idx_justification_execution_convention on justification_execution(convention_id);

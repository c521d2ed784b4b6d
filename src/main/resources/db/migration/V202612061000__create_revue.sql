-- Review of fiches-actions by the préfecture (DOMAIN.md §6.3, §3.8 Revue; contracts/avenant.md § Review): the state of
-- each fiche in one version of its convention (the draft under review, or v0 of a convention being drafted), its
-- history, the status of each of its financing lines (NON_REVUE / ACCEPTEE / CONTESTEE, R-WF-2) with comments and
-- answers. A line is known by its natural key (axe, exercice, financeur, organisme, nature), not by the id of its
-- row, which a draft may replace.
create table revue_fiche (
    id              bigserial primary key,
    convention_id   bigint not null references convention(id) on delete cascade,
    fiche_id        bigint not null references fiche_action(id) on delete cascade,
    version         int not null,
    statut          varchar(20) not null,
    depuis          timestamp not null,
    verrou          bigint not null default 0,
    constraint ck_revue_statut check (statut in ('BROUILLON', 'SOUMISE', 'EN_REVUE', 'A_CORRIGER', 'VALIDEE',
        'EN_MODIFICATION')),
    constraint uq_revue_fiche_version unique (fiche_id, version)
);
create index idx_revue_convention on revue_fiche(convention_id, statut);

create table revue_fiche_historique (
    id              bigserial primary key,
    revue_id        bigint not null references revue_fiche(id) on delete cascade,
    de              varchar(20) not null,
    vers            varchar(20) not null,
    par             varchar(100) not null,
    role            varchar(40),
    le              timestamp not null,
    commentaire     text
);
create index idx_revue_historique on revue_fiche_historique(revue_id);

create table revue_ligne (
    id              bigserial primary key,
    revue_id        bigint not null references revue_fiche(id) on delete cascade,
    axe_id          bigint not null references axe(id),
    exercice        int not null,
    financeur       varchar(20) not null,
    organisme       varchar(200),
    nature          varchar(30) not null,
    statut          varchar(20) not null default 'NON_REVUE',
    montant_revu    numeric(15,2),
    montant_valide  numeric(15,2),
    constraint ck_revue_ligne_statut check (statut in ('NON_REVUE', 'ACCEPTEE', 'CONTESTEE'))
);
create unique index uq_revue_ligne_cle on revue_ligne (revue_id, axe_id, exercice, financeur, coalesce(organisme, ''),
    nature);

create table revue_commentaire (
    id              bigserial primary key,
    ligne_id        bigint not null references revue_ligne(id) on delete cascade,
    type            varchar(20) not null,
    par             varchar(100) not null,
    role            varchar(40),
    le              timestamp not null,
    texte           text,
    avant           numeric(15,2),
    apres           numeric(15,2),
    constraint ck_revue_commentaire_type check (type in ('COMMENTAIRE', 'REPONSE', 'MODIFICATION', 'STATUT'))
);
create index idx_revue_commentaire on revue_commentaire(ligne_id);

-- Financing lines: fiche x axe x exercice x financeur x nature x stade (DOMAIN.md §3.5).
-- Totals are never stored: they are computed from these lines (§3.10).
create table ligne_financement (
    id                  bigserial primary key,
    convention_id       bigint not null references convention(id) on delete cascade,
    fiche_id            bigint references fiche_action(id) on delete cascade,
    axe_id              bigint not null references axe(id),
    exercice            int not null,
    financeur           varchar(20) not null,
    financeur_libelle   varchar(200),
    nature              varchar(30) not null,
    stade               varchar(20) not null default 'PREVU',
    montant             numeric(15,2) not null,
    objet               text,
    justification       text,
    constraint ck_ligne_montant check (montant >= 0 and montant < 10000000000000),
    constraint ck_ligne_financeur check (financeur in ('ETAT', 'DEPARTEMENT', 'AUTRE')),
    constraint ck_ligne_nature check (nature in ('CREDITS_NOUVEAUX', 'VALORISATION', 'REPORT'))
);
create index idx_ligne_convention_exercice on ligne_financement(convention_id, exercice);
create index idx_ligne_fiche on ligne_financement(fiche_id);
create index idx_ligne_axe on ligne_financement(axe_id);

-- Amounts written in the articles of the convention (legal facts, checked against the lines, R-FIN-4).
create table montant_conventionnel (
    id                  bigserial primary key,
    convention_id       bigint not null references convention(id) on delete cascade,
    champ_id            bigint references champ(id) on delete cascade,
    axe_id              bigint references axe(id) on delete cascade,
    exercice            int not null,
    financeur           varchar(20) not null,
    montant             numeric(15,2) not null,
    montant_en_lettres  text,
    reference_article   varchar(200),
    statut              varchar(20) not null default 'NOTIFIE'
);
create index idx_montant_conv_convention on montant_conventionnel(convention_id);

-- Any figure printed in a document (a fiche's budget text, a Rapport du Président total...):
-- kept for comparison with the computed figure, never used as data (R-IMP-2).
create table chiffre_declare (
    id              bigserial primary key,
    convention_id   bigint not null references convention(id) on delete cascade,
    fiche_id        bigint references fiche_action(id) on delete cascade,
    axe_id          bigint references axe(id) on delete cascade,
    exercice        int,
    code            varchar(50) not null,
    colonne         varchar(20),
    valeur          numeric(15,2) not null,
    texte_source    text,
    source          varchar(300)
);
create index idx_chiffre_declare_convention on chiffre_declare(convention_id);

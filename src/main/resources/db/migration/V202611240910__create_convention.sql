-- Convention, parties, délibération, champs, axes, fiches-actions (DOMAIN.md §3.2-3.4).
create table convention (
    id              bigserial primary key,
    departement_id  bigint not null references departement(id),
    type            varchar(30)  not null,
    numero_interne  varchar(100) not null,
    numero_etat     varchar(100),
    intitule        text not null,
    aliases         text,
    statut          varchar(30) not null default 'ELABORATION',
    version         bigint not null default 0,
    constraint uq_convention_numero unique (departement_id, numero_interne)
);
create index idx_convention_departement on convention(departement_id);

create table partie (
    id              bigserial primary key,
    convention_id   bigint not null references convention(id) on delete cascade,
    role            varchar(20)  not null,
    organisme       varchar(300) not null,
    representant    varchar(200),
    qualite         text,
    acte_nomination varchar(300),
    ordre           int not null default 0
);
create index idx_partie_convention on partie(convention_id);

create table deliberation (
    id                              bigserial primary key,
    convention_id                   bigint not null references convention(id) on delete cascade,
    organe                          varchar(30) not null,
    numero_rapport                  varchar(50),
    titre                           text,
    date_convocation                date,
    date_seance                     date not null,
    president                       varchar(200),
    secretaire                      varchar(200),
    decision                        text,
    voix_pour                       int,
    voix_contre                     int,
    abstentions                     int,
    presents                        int,
    representes                     int,
    absents                         int,
    date_teletransmission           date,
    identifiant_teletransmission    varchar(100),
    date_publication                date
);
create index idx_deliberation_convention on deliberation(convention_id);

create table champ (
    id                  bigserial primary key,
    convention_id       bigint not null references convention(id) on delete cascade,
    code                varchar(20)  not null,
    libelle             varchar(300) not null,
    date_debut          date not null,
    date_fin            date not null,
    programme           varchar(100),
    regle_versement     text,
    parite_portee       varchar(20) not null default 'LIGNE',
    parite_base         varchar(30) not null default 'ETAT_DEPARTEMENT',
    parite_seuil        numeric(7,4) not null default 50,
    ordre               int not null default 0,
    constraint uq_champ_code unique (convention_id, code),
    constraint ck_champ_periode check (date_fin >= date_debut)
);
create index idx_champ_convention on champ(convention_id);

create table axe (
    id                  bigserial primary key,
    champ_id            bigint not null references champ(id) on delete cascade,
    type                varchar(20)  not null,
    numero              varchar(20)  not null,
    numero_pilier       varchar(20),
    libelle             text not null,
    libelle_court       varchar(300),
    activite_chorus     varchar(30),
    parite_applicable   boolean not null default true,
    ordre               int not null default 0,
    constraint uq_axe_numero unique (champ_id, numero)
);
create index idx_axe_champ on axe(champ_id);

create table fiche_action (
    id                          bigserial primary key,
    convention_id               bigint not null references convention(id) on delete cascade,
    champ_id                    bigint not null references champ(id),
    numero                      varchar(30)  not null,
    code_alternatif             varchar(100),
    intitule                    text not null,
    libelle_annexe              varchar(500),
    description                 text,
    public_cible                text,
    territoire                  text,
    pilote                      varchar(300),
    partenaires                 text,
    operateur                   varchar(300),
    date_mise_en_place_texte    text,
    duree_texte                 text,
    statut                      varchar(30) not null,
    version                     bigint not null default 0,
    constraint uq_fiche_numero unique (convention_id, numero)
);
create index idx_fiche_convention on fiche_action(convention_id);
create index idx_fiche_champ on fiche_action(champ_id);

-- A fiche is allocated to one or more axes (fiche 9: axes 2 and 3, FX-6).
create table allocation_axe (
    id              bigserial primary key,
    fiche_id        bigint not null references fiche_action(id) on delete cascade,
    axe_id          bigint not null references axe(id),
    part_pourcent   numeric(7,4),
    ordre           int not null default 0,
    constraint uq_allocation unique (fiche_id, axe_id)
);
create index idx_allocation_axe on allocation_axe(axe_id);

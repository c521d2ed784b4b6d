-- Rapport d'exécution / bilan final of a champ and a period (DOMAIN.md §3.7 RapportExecution, §6.5, §7.5).
create table rapport_execution (
    id                          bigserial primary key,
    convention_id               bigint not null references convention(id) on delete cascade,
    numero                      int not null,
    champ_id                    bigint not null references champ(id) on delete cascade,
    type                        varchar(20) not null,
    debut                       date not null,
    fin                         date not null,
    statut                      varchar(20) not null default 'BROUILLON',
    synthese                    text,
    cree_par                    varchar(100),
    cree_le                     timestamp not null,
    deliberation_organe         varchar(30),
    deliberation_date           date,
    deliberation_numero         varchar(50),
    date_transmission           date,
    destinataires               varchar(100),
    transmis_par                varchar(100),
    transmis_le                 timestamp,
    version_convention          int,
    version                     bigint not null default 0,
    constraint uq_rapport_numero unique (convention_id, numero),
    constraint ck_rapport_type check (type in ('ANNUEL', 'MI_PARCOURS', 'BILAN_FINAL')),
    constraint ck_rapport_statut check (statut in ('BROUILLON', 'PRET', 'DELIBERE', 'TRANSMIS')),
    constraint ck_rapport_periode check (fin >= debut)
);
create index idx_rapport_convention on rapport_execution(convention_id);
create index idx_rapport_champ on rapport_execution(champ_id);

-- The narrative of one action in a report (results, social impact).
create table rapport_recit (
    id              bigserial primary key,
    rapport_id      bigint not null references rapport_execution(id) on delete cascade,
    fiche_id        bigint not null references fiche_action(id) on delete cascade,
    texte           text not null,
    constraint uq_rapport_recit unique (rapport_id, fiche_id)
);

-- R-WF-7: from TRANSMIS on, every format is frozen as stored bytes with its SHA-256, downloadable identical forever.
create table rapport_fichier (
    id              bigserial primary key,
    rapport_id      bigint not null references rapport_execution(id) on delete cascade,
    format          varchar(5) not null,
    contenu         bytea not null,
    sha256          varchar(64) not null,
    taille          bigint not null,
    genere_le       timestamp not null,
    constraint uq_rapport_fichier unique (rapport_id, format),
    constraint ck_rapport_format check (format in ('xlsx', 'docx', 'pdf', 'ods', 'odt'))
);

-- R-SEC-12: downloads of frozen files are logged.
create table rapport_telechargement (
    id              bigserial primary key,
    rapport_id      bigint not null references rapport_execution(id) on delete cascade,
    format          varchar(5) not null,
    login           varchar(100) not null,
    le              timestamp not null
);
create index idx_rapport_telechargement on rapport_telechargement(rapport_id);

-- Territories and users: every query of the app is scoped by departement / region (R-SEC-2..4).
create table region (
    id          bigserial primary key,
    code        varchar(10)  not null unique,
    nom         varchar(200) not null
);

create table departement (
    id          bigserial primary key,
    code        varchar(10)  not null unique,
    nom         varchar(200) not null,
    siret       varchar(20),
    region_id   bigint not null references region(id)
);
create index idx_departement_region on departement(region_id);

create table utilisateur (
    id              bigserial primary key,
    login           varchar(100) not null unique,
    mot_de_passe    varchar(200) not null,
    nom_affiche     varchar(200) not null,
    role            varchar(40)  not null,
    organisation    varchar(200) not null,
    departement_id  bigint references departement(id),
    region_id       bigint references region(id),
    actif           boolean not null default true,
    constraint ck_utilisateur_perimetre check (
        role = 'ADMIN' or departement_id is not null or region_id is not null)
);
create index idx_utilisateur_departement on utilisateur(departement_id);
create index idx_utilisateur_region on utilisateur(region_id);

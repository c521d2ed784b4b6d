-- Indicators (DOMAIN.md §3.6, R-IND rules §5.3): one catalogue entry per indicator, one link per fiche that carries
-- it, one typed value per (link, year, nature). Annexe 1, annexe 4 and the fiche tables are views of these records
-- (R-IND-1); figures printed by an imported document are kept apart in valeur_declaree and compared.

-- Catalogue. A NATIONAL indicator belongs to no convention (State framework, annexe 4 / annexe 8);
-- a LOCAL one is defined by a convention (or, for reuse, by a Département).
create table indicateur (
    id                  bigserial primary key,
    code                varchar(50),
    libelle             text not null,
    aliases             text,
    portee              varchar(10) not null,
    type_valeur         varchar(20) not null,
    unite               varchar(100),
    sens                varchar(10) not null default 'HAUSSE',
    nature_mesure       varchar(10),
    numerateur          text,
    denominateur        text,
    definition          text,
    source              text,
    code_national       varchar(50),
    thematique          text,
    champ_code          varchar(20),
    convention_id       bigint references convention(id) on delete cascade,
    departement_id      bigint references departement(id),
    constraint ck_indicateur_portee check (portee in ('NATIONAL', 'LOCAL')),
    constraint ck_indicateur_type check (type_valeur in
        ('ENTIER', 'DECIMAL', 'POURCENTAGE', 'MONTANT', 'DUREE_HEURES', 'TEXTE', 'JALON')),
    constraint ck_indicateur_sens check (sens in ('HAUSSE', 'BAISSE', 'MAINTIEN', 'SANS')),
    constraint ck_indicateur_nature check (nature_mesure is null or nature_mesure in ('FLUX', 'STOCK', 'CUMUL')),
    constraint ck_indicateur_scope check (portee = 'NATIONAL' or convention_id is not null or departement_id is not null)
);
create index idx_indicateur_convention on indicateur(convention_id);
create index idx_indicateur_departement on indicateur(departement_id);
create unique index uq_indicateur_code_national on indicateur(code_national) where code_national is not null;
create unique index uq_indicateur_code_convention on indicateur(convention_id, code) where convention_id is not null;

-- An indicator carried by a fiche (and so by the fiche's axe). axe_id is set only when a multi-axis fiche splits
-- its indicators between its axes (fiche 9: tenant-landlord on axe 2, energy arrears on axe 3, 000a §5.2).
-- A national indicator the Département does not run has no fiche and an exemption ("non concerné").
-- parent_id makes a "dont" sub-indicator (parts <= whole, R-IND-6; new entrants of a CUMUL series, R-IND-7);
-- somme_des_parties says that the children of this link form a partition of it (FA15: 1 057 + 479 = 1 536).
create table indicateur_fiche (
    id                  bigserial primary key,
    convention_id       bigint not null references convention(id) on delete cascade,
    indicateur_id       bigint not null references indicateur(id) on delete cascade,
    fiche_id            bigint references fiche_action(id) on delete cascade,
    axe_id              bigint references axe(id),
    parent_id           bigint references indicateur_fiche(id) on delete cascade,
    somme_des_parties   boolean not null default false,
    territoire          varchar(200),
    fiche_imprimee      varchar(200),
    ordre               int not null default 0,
    publie_annexe_1     boolean not null default false,
    publie_annexe_4     boolean not null default false,
    publie_fiche        boolean not null default true,
    commentaire         text,
    exemption           text
);
create index idx_indicateur_fiche_convention on indicateur_fiche(convention_id);
create index idx_indicateur_fiche_indicateur on indicateur_fiche(indicateur_id);
create index idx_indicateur_fiche_fiche on indicateur_fiche(fiche_id);
create index idx_indicateur_fiche_axe on indicateur_fiche(axe_id);
create index idx_indicateur_fiche_parent on indicateur_fiche(parent_id);

-- A typed value (R-IND-3): exactly one of nombre / code / texte. No row means "not entered", never zero (R-IND-4).
-- annee is the year of the period; a T0 "situation au 31/12/2023" has annee 2023 and date_reference 2023-12-31.
-- type_valeur is the kind of this value as typed ("18 %" is POURCENTAGE 18 even on a count indicator, so that
-- the unit mismatch can be shown); renvoi keeps a footnote mark ("55*").
create table valeur_indicateur (
    id                      bigserial primary key,
    indicateur_fiche_id     bigint not null references indicateur_fiche(id) on delete cascade,
    annee                   int not null,
    nature                  varchar(10) not null,
    type_valeur             varchar(20),
    nombre                  numeric(19,4),
    code                    varchar(30),
    texte                   text,
    qualificatif            text,
    renvoi                  varchar(10),
    commentaire             text,
    numerateur              numeric(19,4),
    denominateur            numeric(19,4),
    date_reference          date,
    statut                  varchar(10) not null default 'SAISIE',
    demo                    boolean not null default false,
    saisi_par               varchar(100),
    saisi_le                timestamp,
    version                 bigint not null default 0,
    constraint uq_valeur_indicateur unique (indicateur_fiche_id, annee, nature),
    constraint ck_valeur_nature check (nature in ('T0', 'CIBLE', 'RESULTAT')),
    constraint ck_valeur_statut check (statut in ('SAISIE', 'SOUMISE')),
    constraint ck_valeur_une_seule check (
        (case when nombre is not null then 1 else 0 end)
      + (case when code is not null then 1 else 0 end)
      + (case when texte is not null then 1 else 0 end) = 1),
    constraint ck_valeur_type check ((nombre is null) = (type_valeur is null)),
    constraint ck_valeur_type_liste check (type_valeur is null or type_valeur in
        ('ENTIER', 'DECIMAL', 'POURCENTAGE', 'MONTANT', 'DUREE_HEURES')),
    constraint ck_valeur_code check (code is null or code in ('NON_CONNU', 'NC', 'ACTION_NOUVELLE', 'NOUVELLE_ACTION',
        'NEANT', 'SANS_OBJET', 'NON_EVALUABLE', 'NON_DETERMINE', 'NON_COMPARABLE', 'ACTION_NON_DEMARREE', 'TIRET',
        'ASTERISQUE')),
    constraint ck_valeur_denominateur check (denominateur is null or denominateur <> 0)
);
create index idx_valeur_indicateur_fiche on valeur_indicateur(indicateur_fiche_id);

-- A value as printed by an imported document in one place (fiche table, annexe 1, annexe 4): a declared figure,
-- never used as data, compared across places by the cross-annex rule (R-IND-1, FX-17).
-- texte null means the cell was printed empty; the parsed columns follow R-IND-3 like valeur_indicateur.
create table valeur_declaree (
    id                      bigserial primary key,
    indicateur_fiche_id     bigint not null references indicateur_fiche(id) on delete cascade,
    annexe                  varchar(10) not null,
    annee                   int not null,
    nature                  varchar(10) not null,
    texte                   text,
    type_valeur             varchar(20),
    nombre                  numeric(19,4),
    code                    varchar(30),
    texte_lu                text,
    source                  varchar(300),
    constraint uq_valeur_declaree unique (indicateur_fiche_id, annexe, annee, nature),
    constraint ck_declaree_annexe check (annexe in ('ANNEXE_1', 'ANNEXE_4', 'FICHE')),
    constraint ck_declaree_nature check (nature in ('T0', 'CIBLE', 'RESULTAT'))
);
create index idx_valeur_declaree_fiche on valeur_declaree(indicateur_fiche_id);

-- State imputation of a champ or an axe (DOMAIN.md §3.5 ImputationEtat, M17, R-PAY-5): programme, centre financier,
-- centre de coût, domaine fonctionnel, activité (12 digits); the EJ per exercice in engagement_juridique.
create table imputation_etat (
    id                      bigserial primary key,
    convention_id           bigint not null references convention(id) on delete cascade,
    champ_id                bigint not null references champ(id) on delete cascade,
    axe_id                  bigint references axe(id) on delete cascade,
    programme               varchar(10),
    action                  varchar(50),
    centre_financier        varchar(50),
    centre_cout             varchar(50),
    domaine_fonctionnel     varchar(50),
    activite_code           varchar(30),
    activite_libelle        varchar(200),
    categorie_produit       varchar(30),
    ordre                   int not null default 0
);
create index idx_imputation_etat_convention on imputation_etat(convention_id);
create index idx_imputation_etat_champ on imputation_etat(champ_id);

-- The engagement juridique of a champ for one exercice (needed before ordering, R-PAY-5).
create table engagement_juridique (
    id                  bigserial primary key,
    convention_id       bigint not null references convention(id) on delete cascade,
    champ_id            bigint not null references champ(id) on delete cascade,
    exercice            int not null,
    numero              varchar(30) not null,
    constraint uq_engagement_juridique unique (champ_id, exercice)
);
create index idx_engagement_convention on engagement_juridique(convention_id);

-- Departmental imputation of a fiche's line (DOMAIN.md §3.5 ImputationDepartement): section, chapitre, fonction,
-- nature/article, AP/AE; written chapitre-fonction-nature, e.g. 65-555-65748 (Q24: optional).
create table imputation_departement (
    id                  bigserial primary key,
    convention_id       bigint not null references convention(id) on delete cascade,
    fiche_id            bigint not null references fiche_action(id) on delete cascade,
    axe_id              bigint references axe(id) on delete cascade,
    section             varchar(20) not null,
    chapitre            varchar(10) not null,
    fonction            varchar(10),
    nature_article      varchar(20) not null,
    autorisation        varchar(100),
    libelle             varchar(300),
    constraint ck_imputation_section check (section in ('FONCTIONNEMENT', 'INVESTISSEMENT'))
);
create index idx_imputation_departement_convention on imputation_departement(convention_id);
create index idx_imputation_departement_fiche on imputation_departement(fiche_id);

-- The payee account of the convention's State payments (DOMAIN.md §3.5 CompteBancaire, R-PAY-6); visible to finance
-- roles only (R-SEC-9).
create table compte_bancaire (
    id                  bigserial primary key,
    convention_id       bigint not null references convention(id) on delete cascade,
    titulaire           varchar(300) not null,
    siret               varchar(20),
    iban                varchar(40),
    bic                 varchar(11),
    code_etablissement  varchar(5),
    code_guichet        varchar(5),
    numero_compte       varchar(11),
    cle_rib             varchar(2),
    constraint uq_compte_convention unique (convention_id)
);

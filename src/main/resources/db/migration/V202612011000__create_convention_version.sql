-- Versions of a convention (DOMAIN.md §3.2 ConventionVersion, contracts/avenant.md). v0 is the initial text; each
-- signed avenant makes v(n). Rows of the versioned tables carry the half-open range [version_debut, version_fin) of
-- the versions they belong to, so that a draft changes rows without touching the version in force, and ids of
-- fiches, links and URLs never change (no copy of the aggregate per version).
create table convention_version (
    id                      bigserial primary key,
    convention_id           bigint not null references convention(id) on delete cascade,
    numero                  int not null,
    avenant_numero          int,
    statut                  varchar(20) not null,
    date_entree_vigueur     date,
    cree_le                 timestamp not null default now(),
    constraint uq_version_numero unique (convention_id, numero),
    constraint ck_version_statut check (statut in ('BROUILLON', 'EN_VIGUEUR', 'REMPLACEE', 'ABANDONNEE')),
    constraint ck_version_numero check (numero >= 0)
);
create index idx_version_convention on convention_version(convention_id);
-- At most one draft and one version in force per convention.
create unique index uq_version_brouillon on convention_version(convention_id) where statut = 'BROUILLON';
create unique index uq_version_en_vigueur on convention_version(convention_id) where statut = 'EN_VIGUEUR';

-- Date of the last signature (R-DATE-6); null when the documents do not give it (the Vienne, DOMAIN.md Q12).
alter table convention add column date_signature date;

-- Version 0 of every existing convention: in force when the convention is signed, else its draft.
insert into convention_version (convention_id, numero, statut, date_entree_vigueur)
select id, 0,
       case when statut in ('SIGNEE', 'EN_EXECUTION', 'EN_CLOTURE', 'CLOTUREE', 'DENONCEE') then 'EN_VIGUEUR'
            else 'BROUILLON' end,
       date_signature
from convention;

-- Financing lines: versioned, stade checked, the AUTRE financeur named by its organisme.
alter table ligne_financement rename column financeur_libelle to organisme;
alter table ligne_financement add column version_debut int not null default 0;
alter table ligne_financement add column version_fin int;
alter table ligne_financement add constraint ck_ligne_stade check (stade in ('PREVU', 'PRE_NOTIFIE', 'EXECUTE'));
alter table ligne_financement add constraint ck_ligne_versions check (version_fin is null or version_fin > version_debut);
-- The natural key of a line (the one writer saves by difference on it): one row per key and version that starts it.
-- Two concurrent or double-submitted saves of one line into one version cannot both insert it.
create unique index uq_ligne_cle_version on ligne_financement (convention_id, coalesce(fiche_id, 0), axe_id, exercice,
    financeur, coalesce(organisme, ''), nature, stade, version_debut);

-- Allocations of fiches to axes: versioned (an avenant may move a fiche to another axe).
alter table allocation_axe drop constraint uq_allocation;
alter table allocation_axe add column version_debut int not null default 0;
alter table allocation_axe add column version_fin int;
alter table allocation_axe add constraint ck_allocation_versions check (version_fin is null or version_fin > version_debut);
create unique index uq_allocation_version on allocation_axe (fiche_id, axe_id, version_debut);

-- Montants conventionnels: versioned (an avenant replaces them).
alter table montant_conventionnel add column version_debut int not null default 0;
alter table montant_conventionnel add column version_fin int;
alter table montant_conventionnel add constraint ck_montant_versions check (version_fin is null or version_fin > version_debut);
create unique index uq_montant_cle_version on montant_conventionnel (convention_id, coalesce(champ_id, 0),
    coalesce(axe_id, 0), exercice, financeur, version_debut);

-- The descriptive fields of a fiche move to versioned rows; fiche_action keeps the identity (id, convention, champ,
-- numero) and one @Version for the fiche and its money.
create table fiche_action_contenu (
    id                          bigserial primary key,
    fiche_id                    bigint not null references fiche_action(id) on delete cascade,
    version_debut               int not null default 0,
    version_fin                 int,
    intitule                    text not null,
    libelle_annexe              varchar(500),
    code_alternatif             varchar(100),
    description                 text,
    public_cible                text,
    territoire                  text,
    pilote                      varchar(300),
    partenaires                 text,
    operateur                   varchar(300),
    date_mise_en_place_texte    text,
    duree_texte                 text,
    statut                      varchar(30) not null,
    constraint ck_contenu_versions check (version_fin is null or version_fin > version_debut)
);
create unique index uq_contenu_version on fiche_action_contenu (fiche_id, version_debut);
create index idx_contenu_fiche on fiche_action_contenu (fiche_id);

insert into fiche_action_contenu (fiche_id, intitule, libelle_annexe, code_alternatif, description, public_cible,
    territoire, pilote, partenaires, operateur, date_mise_en_place_texte, duree_texte, statut)
select id, intitule, libelle_annexe, code_alternatif, description, public_cible, territoire, pilote, partenaires,
       operateur, date_mise_en_place_texte, duree_texte, statut
from fiche_action;

alter table fiche_action drop column intitule, drop column libelle_annexe, drop column code_alternatif,
    drop column description, drop column public_cible, drop column territoire, drop column pilote,
    drop column partenaires, drop column operateur, drop column date_mise_en_place_texte, drop column duree_texte,
    drop column statut;
-- Who changed the fiche or its money last, and when: shown next to the other person's values on a stale save.
alter table fiche_action add column modifie_par varchar(100);
alter table fiche_action add column modifie_le timestamp;

-- A confirmation token of the import screen is used once (a double click imports the year once).
create table jeton_utilise (
    jeton       varchar(64) primary key,
    utilise_le  timestamp not null default now()
);

-- Organisations (issue 12 item 1): the collectivité or State service an account belongs to, attached to one
-- Département or one région. Accounts keep their free-text "organisation" (what the header shows) and point to
-- their organisation row when there is one.
create table organisation (
    id              bigserial primary key,
    type            varchar(40)  not null,
    nom             varchar(300) not null,
    departement_id  bigint references departement(id),
    region_id       bigint references region(id),
    constraint ck_organisation_territoire check ((departement_id is null) <> (region_id is null))
);
create unique index ux_organisation_nom on organisation (lower(nom));
create index idx_organisation_departement on organisation(departement_id);
create index idx_organisation_region on organisation(region_id);

alter table utilisateur add column organisation_id bigint references organisation(id);
create index idx_utilisateur_organisation on utilisateur(organisation_id);

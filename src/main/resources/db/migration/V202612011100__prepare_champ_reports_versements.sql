-- What the convention document (issue 9), the avenants (issue 10) and the execution (issue 11) share, created once.

-- A champ's exercices start on a day of the year (R-DATE-2): exercice 2020 of a champ starting its exercices on 07-01
-- runs 01/07/2020–30/06/2021. R-PAY-7: below this execution rate (percent) a fiche is under-consumed.
alter table champ add column debut_exercice varchar(5) not null default '01-01';
alter table champ add constraint ck_champ_debut_exercice
    check (debut_exercice ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$');
alter table champ add column seuil_sous_consommation numeric(7,4) not null default 80;

-- A planned line of nature REPORT carries the exercice its credits come from (null: the previous exercice).
alter table ligne_financement add column exercice_origine int;
alter table ligne_financement add constraint ck_ligne_origine
    check (exercice_origine is null or (nature = 'REPORT' and exercice_origine < exercice));

-- The payment rule of a champ (DOMAIN.md §3.7 RegleVersement): its instalments, for one exercice or (exercice null)
-- for every exercice that has no rule of its own. SOLDE has no percentage: it is the amount minus earlier instalments.
create table regle_versement (
    id              bigserial primary key,
    champ_id        bigint not null references champ(id) on delete cascade,
    exercice        int,
    ordre           int not null,
    type            varchar(20) not null,
    pourcentage     numeric(7,4),
    condition       varchar(40) not null,
    constraint ck_regle_type check (type in ('UNIQUE', 'ACOMPTE', 'SOLDE', 'COMPLEMENT')),
    constraint ck_regle_condition check (condition in ('SIGNATURE', 'AVENANT_SIGNE', 'BILAN_FINAL_RECU',
        'RAPPORT_TRANSMIS', 'CREDITS_OUVERTS_LOI_DE_FINANCES', 'PIECE_JUSTIFICATIVE')),
    constraint ck_regle_pourcentage check ((type = 'SOLDE') = (pourcentage is null)
        and (pourcentage is null or (pourcentage > 0 and pourcentage <= 100))),
    constraint uq_regle_versement unique (champ_id, exercice, ordre)
);
create index idx_regle_versement_champ on regle_versement(champ_id);

-- Credits of an exercice carried to a later one by a signed avenant (R-PAY-8), kept apart from the new credits and
-- versioned like the lines: an avenant's draft adds them, they count once its version is in force.
create table report_credits (
    id                      bigserial primary key,
    convention_id           bigint not null references convention(id) on delete cascade,
    champ_id                bigint not null references champ(id) on delete cascade,
    fiche_id                bigint references fiche_action(id) on delete cascade,
    financeur               varchar(20) not null,
    exercice_origine        int not null,
    exercice_destination    int not null,
    montant                 numeric(15,2) not null,
    avenant_numero          int,
    version_debut           int not null default 0,
    version_fin             int,
    constraint ck_report_financeur check (financeur in ('ETAT', 'DEPARTEMENT', 'AUTRE')),
    constraint ck_report_montant check (montant >= 0 and montant < 10000000000000),
    constraint ck_report_exercices check (exercice_destination > exercice_origine),
    constraint ck_report_versions check (version_fin is null or version_fin > version_debut)
);
create index idx_report_convention on report_credits(convention_id);
create unique index uq_report_cle_version on report_credits (convention_id, champ_id, coalesce(fiche_id, 0), financeur,
    exercice_origine, exercice_destination, version_debut);

-- Avenants (DOMAIN.md §3.7, §6.4; contracts/avenant.md): a numbered change of a signed convention, prepared in the
-- convention's draft version (convention_version.avenant_numero) and in force on its last signature (R-DATE-6). The
-- changes themselves are the draft's versioned rows (lines, montants conventionnels, fiche contents, reports); the
-- avenant keeps what only it states: its object, the complements of the envelopes (R-FIN-22), its délibération
-- (R-ADM-3, R-ADM-4), its signature date and its history.
create table avenant (
    id                              bigserial primary key,
    convention_id                   bigint not null references convention(id) on delete cascade,
    numero                          int not null,
    objet                           text not null,
    statut                          varchar(20) not null,
    version_numero                  int not null,
    depuis                          timestamp not null,
    auteur                          varchar(100) not null,
    cree_le                         timestamp not null,
    modifie_par                     varchar(100),
    modifie_le                      timestamp,
    deliberation_organe             varchar(30),
    deliberation_numero             varchar(50),
    deliberation_date_seance        date,
    deliberation_pour               int,
    deliberation_contre             int,
    deliberation_abstentions        int,
    deliberation_presents           int,
    deliberation_representes        int,
    deliberation_ne_prennent_pas_part int,
    deliberation_date_transmission  date,
    deliberation_identifiant_transmission varchar(100),
    deliberation_date_publication   date,
    date_signature                  date,
    verrou                          bigint not null default 0,
    constraint uq_avenant_numero unique (convention_id, numero),
    constraint ck_avenant_numero check (numero >= 1),
    constraint ck_avenant_statut check (statut in ('PROJET', 'EN_REVUE', 'ACCORD', 'DELIBERE', 'EN_VIGUEUR',
        'ABANDONNE')),
    constraint ck_avenant_organe check (deliberation_organe is null
        or deliberation_organe in ('CONSEIL_DEPARTEMENTAL', 'COMMISSION_PERMANENTE'))
);
create index idx_avenant_convention on avenant(convention_id, statut);

-- The change of a champ's envelope the avenant states (negative for a reduction), per exercice and financeur.
create table avenant_complement (
    id              bigserial primary key,
    avenant_id      bigint not null references avenant(id) on delete cascade,
    champ_id        bigint not null references champ(id) on delete cascade,
    exercice        int not null,
    financeur       varchar(20) not null,
    montant         numeric(15,2) not null,
    constraint ck_complement_financeur check (financeur in ('ETAT', 'DEPARTEMENT', 'AUTRE')),
    constraint ck_complement_montant check (montant > -10000000000000 and montant < 10000000000000),
    constraint uq_complement unique (avenant_id, champ_id, exercice, financeur)
);

create table avenant_historique (
    id              bigserial primary key,
    avenant_id      bigint not null references avenant(id) on delete cascade,
    de              varchar(20),
    vers            varchar(20) not null,
    par             varchar(100) not null,
    role            varchar(40),
    le              timestamp not null,
    commentaire     text
);
create index idx_avenant_historique on avenant_historique(avenant_id);

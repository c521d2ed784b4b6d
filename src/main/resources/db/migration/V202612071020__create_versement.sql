-- State payments of a champ (DOMAIN.md §3.7 Versement, §6.6). The schedule is computed from the champ's rule and
-- the exercice's amount; a row gives each instalment a stable id and keeps what FINANCES_ETAT recorded (ordering with
-- its frozen amount and EJ, payment date, cancellation and its reason).
create table versement (
    id                      bigserial primary key,
    convention_id           bigint not null references convention(id) on delete cascade,
    champ_id                bigint not null references champ(id) on delete cascade,
    exercice                int not null,
    ordre                   int not null,
    statut_enregistre       varchar(20),
    montant_fige            numeric(15,2),
    ej                      varchar(30),
    date_ordonnancement     date,
    date_paiement           date,
    date_annulation         date,
    commentaire             text,
    modifie_par             varchar(100),
    modifie_le              timestamp,
    constraint uq_versement unique (champ_id, exercice, ordre),
    constraint ck_versement_statut check (statut_enregistre is null
        or statut_enregistre in ('ORDONNANCE', 'PAYE', 'ANNULE')),
    constraint ck_versement_montant check (montant_fige is null or (montant_fige >= 0 and montant_fige < 10000000000000))
);
create index idx_versement_convention on versement(convention_id);

-- A payment condition met by an event of another feature (the bilan final or the mid-term report transmitted to both
-- préfets, R-PAY-3, R-PAY-11): recorded once, read by the schedule.
create table condition_versement_remplie (
    id                  bigserial primary key,
    convention_id       bigint not null references convention(id) on delete cascade,
    champ_id            bigint not null references champ(id) on delete cascade,
    condition           varchar(40) not null,
    remplie_le          date not null,
    source              varchar(200),
    -- R-PAY-9: for the bilan final, Σ of what the State allows per action, fixed by the execution as transmitted
    montant_autorise    numeric(15,2),
    constraint uq_condition_remplie unique (champ_id, condition)
);
create index idx_condition_remplie_convention on condition_versement_remplie(convention_id);

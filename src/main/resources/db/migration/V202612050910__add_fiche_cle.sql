-- R-IMP-8: a fiche has a key unique in its convention (what lines, indicators and avenants name) and a number as
-- printed, which may repeat (a CALPAE socle "Action 6" and an initiative "Action 6": keys S-6 and I-6). Every existing
-- fiche keeps its number as its key. ordre orders the fiches of a champ as the user arranged them (0 = by number).
alter table fiche_action add column cle varchar(50);
update fiche_action set cle = numero;
alter table fiche_action alter column cle set not null;
alter table fiche_action add constraint uq_fiche_cle unique (convention_id, cle);
alter table fiche_action drop constraint uq_fiche_numero;
create index idx_fiche_numero on fiche_action(convention_id, numero);
alter table fiche_action add column ordre int not null default 0;

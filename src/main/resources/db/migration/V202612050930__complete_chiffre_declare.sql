-- A declared figure of a convention document (contracts/convention.md, "declares") names what it is about: the
-- convention, a champ, an axe, a union of axes ("Sous total 4+5", their numbers in axes_numeros) or a fiche. Existing
-- rows are figures printed about a fiche (FX-3).
alter table chiffre_declare add column champ_id bigint references champ(id) on delete cascade;
alter table chiffre_declare add column objet varchar(20);
alter table chiffre_declare add column axes_numeros text;
alter table chiffre_declare add column ordre int not null default 0;
update chiffre_declare set objet = case when fiche_id is not null then 'FICHE' when axe_id is not null then 'AXE'
    else 'CONVENTION' end;
alter table chiffre_declare alter column objet set not null;
alter table chiffre_declare add constraint ck_chiffre_objet check (objet in ('CONVENTION', 'CHAMP', 'AXE', 'FICHE'));

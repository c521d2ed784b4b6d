-- The period a convention document states (contracts/convention.md, debut / fin), kept as written; the period shown
-- is still computed from the champs (DOMAIN.md §3.2, "union of its champs"). Null for the conventions loaded before.
alter table convention add column date_debut date;
alter table convention add column date_fin date;
alter table convention add constraint ck_convention_periode check (date_fin is null or date_debut is null or date_fin >= date_debut);

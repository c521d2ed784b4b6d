-- Demo only: the organisations of the fictional Val-de-Brume (99) and of its fictional région, which the
-- reference data does not know, and the demo account of that Département linked to its collectivité.
insert into organisation (type, nom, departement_id)
select 'DEPARTEMENT', 'Département de Val-de-Brume (fictif)', id from departement where code = '99'
union all
select 'PREFECTURE_DEPARTEMENT', 'Préfecture de Val-de-Brume (fictive)', id from departement where code = '99'
on conflict do nothing;

insert into organisation (type, nom, region_id)
select 'PREFECTURE_REGION', 'Préfecture de la Région de démonstration (fictive)', id from region where code = 'DEMO'
on conflict do nothing;

update utilisateur u set organisation_id = o.id
from organisation o
where u.organisation_id is null and u.login = 'agent.autre' and o.nom = 'Département de Val-de-Brume (fictif)';

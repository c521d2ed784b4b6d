-- Existing accounts point to their organisation where it can be told: first by the exact name they carry, then by
-- role and périmètre (R-SEC-1..4): Département roles to their Département, a préfecture de département agent to
-- that préfecture, région roles to the préfecture de région. Their free-text organisation is left as it was.
update utilisateur u set organisation_id = o.id
from organisation o
where u.organisation_id is null and lower(o.nom) = lower(u.organisation)
  and (o.departement_id = u.departement_id or o.region_id = u.region_id);

update utilisateur u set organisation_id = o.id
from organisation o
where u.organisation_id is null and u.departement_id is not null and o.departement_id = u.departement_id
  and o.type = case when u.role = 'AGENT_PREFECTURE_DEPARTEMENT' then 'PREFECTURE_DEPARTEMENT' else 'DEPARTEMENT' end
  and u.role in ('AGENT_DEPARTEMENT', 'VALIDEUR_DEPARTEMENT', 'FINANCES_DEPARTEMENT', 'AGENT_PREFECTURE_DEPARTEMENT');

update utilisateur u set organisation_id = o.id
from organisation o
where u.organisation_id is null and u.region_id is not null and o.region_id = u.region_id
  and o.type = 'PREFECTURE_REGION' and u.role in ('AGENT_PREFECTURE_REGION', 'FINANCES_ETAT');

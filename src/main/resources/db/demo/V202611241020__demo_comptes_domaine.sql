-- The demo accounts of DOMAIN.md §9.17, beside those of the README: one per role of R-SEC-1, and a Département of
-- the same région without any convention (agent.deux-sevres) to show R-SEC-2. Password "demo".
insert into departement (code, nom, siret, region_id)
select '79', 'Deux-Sèvres', null, id from region where code = '75';

insert into utilisateur (login, mot_de_passe, nom_affiche, role, organisation, departement_id, region_id)
select x.login, '{bcrypt}$2a$10$QQU4FNy5jFdk1RV7WjeqHuuW3ubL8Q0ZRszv6IBwxJyAlZQEYIpjO', x.nom, x.role, x.organisation,
  (select id from departement where code = x.departement), (select id from region where code = x.region)
from (values
  ('agent.vienne', 'Agent de la Vienne (démo)', 'AGENT_DEPARTEMENT', 'Département de la Vienne', '86', null),
  ('valideur.vienne', 'Valideur de la Vienne (démo)', 'VALIDEUR_DEPARTEMENT', 'Département de la Vienne', '86', null),
  ('finances.vienne', 'Finances de la Vienne (démo)', 'FINANCES_DEPARTEMENT', 'Département de la Vienne', '86', null),
  ('ddets86', 'DDETS de la Vienne (démo)', 'AGENT_PREFECTURE_DEPARTEMENT', 'Préfecture de la Vienne — DDETS 86', '86', null),
  ('prefecture.na', 'Préfecture de région (démo)', 'AGENT_PREFECTURE_REGION', 'Préfecture de la région Nouvelle-Aquitaine', null, '75'),
  ('finances.etat.na', 'Finances de l''État (démo)', 'FINANCES_ETAT', 'Préfecture de la région Nouvelle-Aquitaine — SGAR', null, '75'),
  ('agent.deux-sevres', 'Agent des Deux-Sèvres (démo)', 'AGENT_DEPARTEMENT', 'Département des Deux-Sèvres', '79', null)
) as x(login, nom, role, organisation, departement, region);

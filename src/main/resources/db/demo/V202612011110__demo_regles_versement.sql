-- The payment rules of the Vienne's champs (DOMAIN.md §9.4, §9.15; FX-9, FX-10): solidarités 2024 100 % at
-- signature, later years by avenant (2027 after the mid-term report), France Travail 60 % at signature and the solde
-- after the bilan final.
insert into regle_versement (champ_id, exercice, ordre, type, pourcentage, condition)
select ch.id, r.exercice, r.ordre, r.type, r.pourcentage, r.condition
from champ ch join convention c on c.id = ch.convention_id, (values
  ('SOL', 2024, 1, 'UNIQUE', 100, 'SIGNATURE'),
  ('SOL', 2025, 1, 'UNIQUE', 100, 'AVENANT_SIGNE'),
  ('SOL', 2026, 1, 'UNIQUE', 100, 'AVENANT_SIGNE'),
  ('SOL', 2027, 1, 'UNIQUE', 100, 'RAPPORT_TRANSMIS'),
  ('FT', null, 1, 'ACOMPTE', 60, 'SIGNATURE'),
  ('FT', null, 2, 'SOLDE', null, 'BILAN_FINAL_RECU')
) as r(champ, exercice, ordre, type, pourcentage, condition)
where c.numero_interne = '2024-C-DGAS-DAS-0001' and ch.code = r.champ;

insert into regle_versement (champ_id, exercice, ordre, type, pourcentage, condition)
select ch.id, null, 1, 'UNIQUE', 100, 'SIGNATURE'
from champ ch join convention c on c.id = ch.convention_id where c.numero_interne = '2022-C-DEMO-0001';

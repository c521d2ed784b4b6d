-- A small fictional Département and its convention, only to prove that users see their own (R-SEC-2).
insert into convention (departement_id, type, numero_interne, numero_etat, intitule, statut)
select id, 'CALPAE', '2022-C-DEMO-0001', null,
  'Convention d''appui à la lutte contre la pauvreté et d''accès à l''emploi — Val-de-Brume (fictif)', 'EN_EXECUTION'
from departement where code = '99';

insert into partie (convention_id, role, organisme, representant, qualite, ordre)
select c.id, p.role, p.organisme, p.representant, p.qualite, p.ordre
from convention c, (values
  ('ETAT', 'Préfecture de Val-de-Brume (fictive)', 'Claire EXEMPLE', 'préfète du département', 1),
  ('DEPARTEMENT', 'Département de Val-de-Brume (fictif)', 'Paul MODELE', 'Président du Conseil départemental', 2)
) as p(role, organisme, representant, qualite, ordre)
where c.numero_interne = '2022-C-DEMO-0001';

insert into champ (convention_id, code, libelle, date_debut, date_fin, programme, regle_versement, ordre)
select id, 'CALPAE', 'Champ unique CALPAE', date '2022-01-01', date '2022-12-31', '304', 'Versement unique à la signature', 1
from convention where numero_interne = '2022-C-DEMO-0001';

insert into axe (champ_id, type, numero, libelle, libelle_court, ordre)
select ch.id, a.type, a.numero, a.libelle, a.court, a.ordre
from champ ch join convention c on c.id = ch.convention_id, (values
  ('SECTION', '1', 'Socle', 'Socle', 1),
  ('SECTION', '2', 'Initiatives', 'Initiatives', 2)
) as a(type, numero, libelle, court, ordre)
where c.numero_interne = '2022-C-DEMO-0001';

insert into fiche_action (convention_id, champ_id, numero, intitule, libelle_annexe, description, statut)
select c.id, ch.id, f.numero, f.intitule, f.intitule, f.description, 'RECONDUITE'
from convention c join champ ch on ch.convention_id = c.id, (values
  ('S-1', 'Prévention des sorties sèches de l''ASE', 'Accompagnement des jeunes sortant de l''aide sociale à l''enfance.'),
  ('S-2', 'Premier accueil social inconditionnel', 'Accueil social de proximité.'),
  ('I-1', 'Épicerie sociale itinérante', 'Initiative départementale (fictive).')
) as f(numero, intitule, description)
where c.numero_interne = '2022-C-DEMO-0001';

insert into allocation_axe (fiche_id, axe_id, ordre)
select f.id, a.id, 1
from fiche_action f join champ ch on ch.id = f.champ_id join axe a on a.champ_id = ch.id
  and a.numero = case when f.numero like 'S-%' then '1' else '2' end
join convention c on c.id = f.convention_id
where c.numero_interne = '2022-C-DEMO-0001';

insert into ligne_financement (convention_id, fiche_id, axe_id, exercice, financeur, nature, montant)
select f.convention_id, f.id, al.axe_id, 2022, l.financeur, l.nature, l.montant
from fiche_action f join allocation_axe al on al.fiche_id = f.id join convention c on c.id = f.convention_id, (values
  ('S-1', 'ETAT', 'CREDITS_NOUVEAUX', 40000.00), ('S-1', 'DEPARTEMENT', 'CREDITS_NOUVEAUX', 40000.00),
  ('S-2', 'ETAT', 'CREDITS_NOUVEAUX', 25000.00), ('S-2', 'DEPARTEMENT', 'VALORISATION', 25000.00),
  ('I-1', 'ETAT', 'CREDITS_NOUVEAUX', 12500.50), ('I-1', 'DEPARTEMENT', 'CREDITS_NOUVEAUX', 12500.50)
) as l(fiche, financeur, nature, montant)
where c.numero_interne = '2022-C-DEMO-0001' and f.numero = l.fiche;

-- The Vienne's State imputations and payee account (DOMAIN.md §9.6, §9.7, FX-24, FX-25). The FT cost centre keeps the
-- template marker MI6DDETSXX printed in the convention (L275): ordering an FT versement is blocked until a finance
-- officer of the State corrects it (R-PAY-5). EJ are not in the source: none is seeded.
insert into imputation_etat (convention_id, champ_id, axe_id, programme, centre_financier, centre_cout,
    domaine_fonctionnel, activite_code, activite_libelle, categorie_produit, ordre)
select c.id, ch.id, a.id, i.programme, i.cf, i.cc, i.df, i.activite, i.libelle, '10.02.01', i.ordre
from (values
  ('SOL', '1', '304', '0304-D033-DR33', 'MI6DDETS86', '0304-23', '030450232301', 'Contrac dép pilier 1', 1),
  ('SOL', '2', '304', '0304-D033-DR33', 'MI6DDETS86', '0304-23', '030450232501', 'Contrac dép pilier 3', 2),
  ('SOL', '3', '304', '0304-D033-DR33', 'MI6DDETS86', '0304-23', '030450232601', 'Contrac dép pilier 4', 3),
  ('FT', null, '102', '0102-DR33-DR33', 'MI6DDETSXX', '0102-02-01', '010200002501', 'Expé Fr Travail', 4),
  ('FT', null, '102', '0102-DR33-DR33', 'MI6DDETSXX', '0102-02-01', '010200002535', 'Contract CD-FT', 5)
) as i(champ, axe, programme, cf, cc, df, activite, libelle, ordre)
join convention c on c.numero_interne = '2024-C-DGAS-DAS-0001'
join champ ch on ch.convention_id = c.id and ch.code = i.champ
left join axe a on a.champ_id = ch.id and a.numero = i.axe;

insert into compte_bancaire (convention_id, titulaire, siret, iban, bic, code_etablissement, code_guichet,
    numero_compte, cle_rib)
select c.id, '086090 Paierie départementale de la Vienne', '22860001100016', 'FR753000100639D869000000081',
    'BDFEFRPPCCT', '30001', '00639', 'D8690000000', '81'
from convention c where c.numero_interne = '2024-C-DGAS-DAS-0001';

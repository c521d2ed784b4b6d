-- Demo data (profile "demo" only): the Vienne 2024 convention of DOMAIN.md §9, and a small fictional
-- Département that proves scoping (R-SEC-2). Passwords are bcrypt hashes of "demo".
insert into region (code, nom) values ('75', 'Nouvelle-Aquitaine'), ('DEMO', 'Région de démonstration');
insert into departement (code, nom, siret, region_id) values
  ('86', 'Vienne', '22860001100016', (select id from region where code = '75')),
  ('99', 'Val-de-Brume (fictif)', null, (select id from region where code = 'DEMO'));

insert into utilisateur (login, mot_de_passe, nom_affiche, role, organisation, departement_id, region_id) values
  ('agent.departement', '{bcrypt}$2a$10$QQU4FNy5jFdk1RV7WjeqHuuW3ubL8Q0ZRszv6IBwxJyAlZQEYIpjO', 'Agent du Département (démo)',
   'AGENT_DEPARTEMENT', 'Département de la Vienne', (select id from departement where code = '86'), null),
  ('agent.prefecture', '{bcrypt}$2a$10$QQU4FNy5jFdk1RV7WjeqHuuW3ubL8Q0ZRszv6IBwxJyAlZQEYIpjO', 'Agent de préfecture (démo)',
   'AGENT_PREFECTURE_DEPARTEMENT', 'Préfecture de la Vienne — DDETS 86', (select id from departement where code = '86'), null),
  ('agent.finances', '{bcrypt}$2a$10$QQU4FNy5jFdk1RV7WjeqHuuW3ubL8Q0ZRszv6IBwxJyAlZQEYIpjO', 'Agent financier (démo)',
   'FINANCES_DEPARTEMENT', 'Département de la Vienne — Finances', (select id from departement where code = '86'), null),
  ('agent.autre', '{bcrypt}$2a$10$QQU4FNy5jFdk1RV7WjeqHuuW3ubL8Q0ZRszv6IBwxJyAlZQEYIpjO', 'Agent d''un autre Département (démo)',
   'AGENT_DEPARTEMENT', 'Département de Val-de-Brume (fictif)', (select id from departement where code = '99'), null),
  ('admin', '{bcrypt}$2a$10$QQU4FNy5jFdk1RV7WjeqHuuW3ubL8Q0ZRszv6IBwxJyAlZQEYIpjO', 'Administrateur (démo)',
   'ADMIN', 'Pacte', null, null);

-- Convention 2024-C-DGAS-DAS-0001 (000a §1.4)
insert into convention (departement_id, type, numero_interne, numero_etat, intitule, aliases, statut) values
  ((select id from departement where code = '86'), 'PACTE_SOLIDARITES', '2024-C-DGAS-DAS-0001', '24 102 304 URNA 86 E 001',
   'Contrat départemental des solidarités et au titre de l''insertion et de l''emploi dans le cadre de la réforme France Travail',
   'Contrat local des solidarités; Pacte local des solidarités; Contrat départemental des solidarités (2024-2027)', 'EN_EXECUTION');

insert into partie (convention_id, role, organisme, representant, qualite, acte_nomination, ordre)
select c.id, p.role, p.organisme, p.representant, p.qualite, p.acte, p.ordre
from convention c, (values
  ('ETAT', 'Préfecture de la Vienne', 'Jean-Marie GIRIER', 'préfet du département de la Vienne', 'décret du 15/02/2022', 1),
  ('ETAT', 'Préfecture de la région Nouvelle-Aquitaine', 'Etienne GUYOT',
   'préfet de la région Nouvelle-Aquitaine, préfet de la zone de défense et de sécurité du Sud-Ouest, préfet de la Gironde',
   'décret du 11/01/2023', 2),
  ('DEPARTEMENT', 'Département de la Vienne', 'Alain PICHON', 'Président du Conseil départemental', 'délibération du 29/03/2024', 3)
) as p(role, organisme, representant, qualite, acte, ordre)
where c.numero_interne = '2024-C-DGAS-DAS-0001';

insert into deliberation (convention_id, organe, numero_rapport, titre, date_convocation, date_seance, president, secretaire,
  decision, voix_pour, voix_contre, abstentions, presents, representes, absents, date_teletransmission,
  identifiant_teletransmission, date_publication)
select id, 'CONSEIL_DEPARTEMENTAL', '12',
  'Contrat départemental des solidarités (2024-2027) et au titre de l''insertion et de l''emploi dans le cadre de la réforme France Travail (2024) entre l''État et le Département',
  date '2024-03-04', date '2024-03-29', 'Alain PICHON', 'Alain JOYEUX',
  'Autoriser le Président du Conseil Départemental à signer le contrat joint en annexe',
  33, 0, 3, 33, 3, 2, date '2024-04-12', '086-228600011-20240329-000000000008967-DE', date '2024-04-12'
from convention where numero_interne = '2024-C-DGAS-DAS-0001';

insert into champ (convention_id, code, libelle, date_debut, date_fin, programme, regle_versement, parite_portee, parite_base, parite_seuil, ordre)
select c.id, x.code, x.libelle, x.debut, x.fin, x.programme, x.regle, 'LIGNE', x.base, 50, x.ordre
from convention c, (values
  ('SOL', 'Champ des solidarités', date '2024-01-01', date '2027-12-31', '304 « Inclusion sociale et protection des personnes »',
   '2024 : versement unique de 100 % à la signature ; 2025 et suivantes : montant fixé par avenant, sous réserve des crédits', 'ETAT_DEPARTEMENT', 1),
  ('FT', 'Insertion et emploi — réforme France Travail', date '2024-01-01', date '2024-12-31', '102 « Accès et retour à l''emploi »',
   'Acompte de 60 % à la signature ; solde après réception du bilan final (annexe 7)', 'TOTAL', 2)
) as x(code, libelle, debut, fin, programme, regle, base, ordre)
where c.numero_interne = '2024-C-DGAS-DAS-0001';

insert into axe (champ_id, type, numero, numero_pilier, libelle, libelle_court, activite_chorus, parite_applicable, ordre)
select ch.id, a.type, a.numero, a.pilier, a.libelle, a.court, a.chorus, a.parite, a.ordre
from champ ch join convention c on c.id = ch.convention_id, (values
  ('SOL', 'AXE', '1', '1', 'Prévenir la pauvreté et lutter contre les inégalités dès l''enfance', 'Axe 1', '030450232301', true, 1),
  ('SOL', 'AXE', '2', '3', 'Lutter contre la grande exclusion grâce à l''accès aux droits', 'Axe 2', '030450232501', true, 2),
  ('SOL', 'AXE', '3', '4', 'Construire une transition écologique solidaire', 'Axe 3', '030450232601', true, 3),
  ('FT', 'VOLET', '1', null, 'Préparation et mise en place du projet France Travail et application de la loi pour le plein emploi', 'Volet 1', null, false, 1),
  ('FT', 'VOLET', '2', null, 'Étoffer l''offre de solutions d''insertion locales', 'Volet 2', null, true, 2),
  ('FT', 'VOLET', '3', null, 'Nouveaux déploiements territorialisés : accompagnement rénové des allocataires du RSA', 'Volet 3', null, false, 3)
) as a(champ, type, numero, pilier, libelle, court, chorus, parite, ordre)
where ch.code = a.champ and c.numero_interne = '2024-C-DGAS-DAS-0001';

-- Fiches 1-23 (DOMAIN.md §9.8, §9.9)
insert into fiche_action (convention_id, champ_id, numero, code_alternatif, intitule, libelle_annexe, description, public_cible,
  territoire, operateur, partenaires, date_mise_en_place_texte, duree_texte, statut)
select c.id, ch.id, f.numero, f.code, f.intitule, f.libelle, f.description, f.public_cible, f.territoire, f.operateur, f.partenaires,
  f.date_texte, f.duree, f.statut
from convention c join champ ch on ch.convention_id = c.id, (values
  ('SOL', '1', 'Action 1.1', 'Stabiliser et développer le dispositif de Crèche familiale préventive', 'Crèche familiale préventive',
   'Crèche familiale à visée préventive accueillant des enfants de familles en situation de précarité (30 places : 12 en rural, 18 en urbain).',
   'Enfants de familles en situation de précarité', 'Vienne', 'Association Enfant Présent', 'État, CAF, PMI, Croix Rouge, Audacia',
   'La crèche est pleinement active depuis le mois de septembre 2021', 'Vocation à être pérennisé tant que les co-financements le permettront', 'RECONDUITE'),
  ('SOL', '2', 'Action 1.2', 'Expérimentation thérapie familiale pour des familles fragilisées dans le cadre d''une approche préventive sur Poitiers et Châtellerault',
   'Thérapie familiale', 'Thérapie familiale proposée à des familles fragilisées dans une approche préventive.', 'Familles fragilisées',
   'Poitiers, Châtellerault', 'Département de la Vienne', 'Professionnels du Département (Action sociale, PMI, ASE), référents éducatifs extérieurs',
   '1er janvier 2024', 'Expérimentation d''1 an, renouvelable', 'EXPERIMENTATION'),
  ('SOL', '3', 'Action 1.3', 'Renforcement de la prévention spécialisée', 'Prévention spécialisée aux 12-25 ans',
   'Renfort de la prévention spécialisée dans deux quartiers prioritaires (1 ETP aux Couronneries, 0,5 ETP aux Renardières / Le Lac).',
   'Jeunes de 12 à 25 ans', 'QPV Couronneries (Poitiers), Renardières – Le Lac (Châtellerault)', 'ADSEA',
   'Villes de Poitiers et Châtellerault, missions locales, SPIP, bailleurs sociaux', 'Renfort effectif depuis 2020 (Stratégie pauvreté)',
   'Vocation à être pérennisé tant que les co-financements le permettront', 'RECONDUITE'),
  ('SOL', '4', 'Action 1.4', 'Favoriser l''accès au logement des jeunes', 'Favoriser l''accès au logement des jeunes',
   'Expérimentation d''un accompagnement global vers le logement des jeunes en situation de précarité.',
   'Jeunes en situation de précarité dont jeunes sortants de l''ASE', 'Territoire expérimental à définir', null,
   'UDAF, RHJ, MLI, ASE, MDS (CESF), opérateur ASLL, SIAO, FSL, Action logement',
   'S1 2024 : cahier des charges partenarial ; S2 2024 : début d''expérimentation', '1 an d''expérimentation, renouvelable', 'EXPERIMENTATION'),
  ('SOL', '5', 'Action 3.1', 'Aller vers pour faciliter l''accès au juste droit en ruralité', '"Aller vers" en ruralité',
   'Démarches d''aller-vers en milieu rural pour l''accès aux droits (1 ETP travailleur social, 1 ETP administratif, un bus).',
   'Personnes éloignées des droits en milieu rural', 'Civraisien en Poitou, Vienne et Gartempe, Pays Loudunais', null,
   'État, Département, acteurs de l''ASIP (centres sociaux, espaces France services, mairies, organismes sociaux, MSA)',
   'Action nouvelle', 'Expérimentation d''1 an renouvelable', 'NOUVELLE'),
  ('SOL', '6', 'Action 3.2', 'Chargée de mission Participation des personnes accompagnées', 'Chargé(e) de mission participation',
   'Développer la participation des personnes accompagnées aux instances et projets qui les concernent.', 'Personnes accompagnées',
   'Vienne', 'Département de la Vienne', 'Associations de représentants d''usagers, usagers, partenaires sociaux',
   'Prise de poste depuis le 5 décembre 2022', 'Indéterminée, à évaluer à mi-parcours', 'RECONDUITE'),
  ('SOL', '7', 'Action 3.3', 'ACCEO Langues, outil de traduction', 'ACCEO Langues',
   'Outil de traduction à distance pour les professionnels de l''action sociale.', 'Personnes non francophones', 'Vienne', 'ACCEO',
   'État, ACCEO, Département', 'Action existante renforcée', 'Indéterminée', 'RECONDUITE'),
  ('SOL', '8', 'Action 3.4', 'Renforcement de la mission APEL (Accompagnement pour prévenir les Expulsions Locatives) sur le volet « santé mentale »',
   'Renforcement mission APEL', 'Renfort de la mission APEL sur le volet santé mentale, en lien avec le CMP.', 'Locataires menacés d''expulsion',
   'Vienne', 'Département de la Vienne', 'Partenaires de la Charte de prévention des expulsions, CCAPEX, bailleurs sociaux, CMP',
   'Mise en place en juin 2019 (Stratégie pauvreté), renouvelée depuis', 'Durée indéterminée, sur la durée du Contrat Local des Solidarités', 'RENFORCEE'),
  ('SOL', '9', 'Actions 3.5 et 4.2', 'Chargé de mission Prévention Expulsion locative et Repérage précoce des impayés Energie auprès de l''ADIL',
   'Chargé(e) de mission prévention expulsion et repérage précoce impayés énergie',
   'Poste de chargé de mission auprès de l''ADIL 86, à temps plein, partagé entre la prévention des expulsions (axe 2) et le repérage précoce des impayés d''énergie (axe 3).',
   'Ménages locataires en difficulté', 'Vienne', 'ADIL 86', 'DDETS, bailleurs sociaux, URHLM, FSL 86, partenaires de la CCAPEX',
   'Action nouvelle', 'Expérimentation sur un an, renouvelable en fonction de l''évaluation', 'NOUVELLE'),
  ('SOL', '10', 'Action 4.1', 'Soutien aux ménages en situation de précarité énergétique. Développer les capacités de réponse aux ménages repérés en précarité énergétique',
   'Soutien aux ménages en situation de précarité énergétique', 'Fonds éco-travaux (FASTME) et aides aux impayés d''énergie.',
   'Ménages en précarité énergétique', 'Vienne', 'FSL 86', 'CLER, ADIL 86', 'AM2E depuis le 1er janvier 2023 (SLIME+)',
   'Convention CLER – Département 2023-2025', 'NOUVELLE'),
  ('SOL', '11', 'Action 4.3', 'SOLIGO 86, garage solidaire : Lever le frein de la mobilité pour favoriser l''inclusion sociale et professionnelle',
   'SOLIGO garage solidaire', 'Garage solidaire (atelier et chantier d''insertion) : réparations à tarif solidaire, location et vente de véhicules.',
   'Personnes en insertion ayant un frein de mobilité', 'Vienne', 'SOLIGO 86',
   'DDETS, Région Nouvelle-Aquitaine, Grand Poitiers, CAF, CCAS de Saint-Georges-lès-Baillargeaux',
   'Démarrage échelonné sur le 1er trimestre 2024 ; ouverture au public le 8 janvier 2024', 'Durée indéterminée', 'NOUVELLE'),
  ('SOL', '12', 'Action 4.4', 'Création et développement d''une autoécole sociale itinérante dans le centre et sud-Vienne', 'Auto-école sociale itinérante',
   'Auto-école sociale itinérante, six mois à Montmorillon puis six mois au Vigeant.', 'Jeunes et adultes en insertion',
   'Montmorillon, Le Vigeant', 'Mission Locale et Rurale Centre et Sud Vienne', 'État, CC Vienne et Gartempe, Région, MSA',
   'Recrutement d''un moniteur au printemps 2024 ; premiers élèves en septembre 2024', 'Reconduite chaque année sans limite dans le temps', 'NOUVELLE'),
  ('SOL', '13', 'Action 4.5', 'Accompagnement à l''élaboration du Plan d''Action Mobilité Solidaire : du diagnostic territorial à la rédaction',
   'Elaboration du PAMS (financement 2025)', 'Étude pour l''élaboration du plan d''action mobilité solidaire sur les 4 bassins de mobilité.',
   'Habitants des 4 bassins de mobilité', '4 bassins de mobilité', 'Cabinet d''étude à retenir', 'État, Région, Département, EPCI',
   'Démarrage de l''action en 2025', 'Action ponctuelle, 12 à 18 mois à compter du lancement', 'NOUVELLE'),
  ('SOL', '14', 'Action 4.6', 'Soutien à la structuration logistique des acteurs de l''aide alimentaire',
   'Soutien à la structuration logistique des acteurs de l''aide alimentaire',
   'Soutien à la mutualisation des moyens logistiques (transport, locaux) des acteurs de l''aide alimentaire.',
   'Acteurs de l''aide alimentaire', 'Vienne', null, 'Coordinations locales, PAT, direction de l''Agriculture du Département',
   'S1 2024 : co-construction avec les coordinations locales et la DDETS ; S2 : validation des projets', 'Action ponctuelle proposée sur 2024', 'NOUVELLE'),
  ('FT', '15', 'Action 2.1', 'Réalisation d''un 1er entretien diagnostic dans les 15 jours après l''ouverture du droit RSA afin d''engager le bon accompagnement',
   'Premier entretien diagnostic sous 15 jours', 'Entretien diagnostic téléphonique dans les 15 jours suivant l''ouverture du droit RSA.',
   'Nouveaux allocataires du RSA', 'Vienne', 'CAF de la Vienne (CSU) et service RSA du Département', null,
   'Action existante qui a débuté en décembre 2019 ; à compter du 1er janvier 2024 pour 12 mois', 'Indéterminée', 'RECONDUITE'),
  ('FT', '16', 'Action 2.2', 'Proposer un accompagnement renforcé socio-professionnel vers l''emploi dans deux territoires ruraux',
   'Accompagnement renforcé en territoire rural', 'Deux conseillers en insertion professionnelle pour un accompagnement renforcé.',
   'Bénéficiaires du RSA', 'CC du Civraisien en Poitou, CC de Vienne et Gartempe', 'Département de la Vienne (CIP)', null,
   'Action existante renforcée', 'Indéterminée', 'RENFORCEE'),
  ('FT', '17', 'Action 2.3', 'Proposer un accompagnement renforcé socio-professionnel vers l''emploi des familles monoparentales bénéficiaires du RSA',
   'Accompagnement des familles monoparentales', 'Un conseiller en insertion professionnelle dédié aux familles monoparentales.',
   'Familles monoparentales bénéficiaires du RSA', 'Vienne', 'Département de la Vienne (CIP)', null,
   'Action existante reconduite ; 1er janvier 2024 sur 12 mois', 'Indéterminée', 'RECONDUITE'),
  ('FT', '18', 'Action 2.4', 'Poursuite de la référence unique portée par l''association Coallia sur les territoires de Poitiers et Migné-Auxances pour accompagner les personnes bénéficiaires du RSA et de la protection internationale (réfugiés ou bénéficiaires de la protection subsidiaire)',
   'Référence unique Coallia', 'Référent unique pour les bénéficiaires du RSA et de la protection internationale.',
   'Bénéficiaires du RSA et de la protection internationale', 'Poitiers, Migné-Auxances', 'Coallia', null,
   'Action existante, à compter du 1er juillet 2024 pour 6 mois', 'Indéterminée', 'RECONDUITE'),
  ('FT', '19', 'Action 2.5', 'Poursuivre la proposition d''un parcours inclusif pour des publics en insertion vers les métiers du grand âge par la SATE86',
   'Parcours inclusif métiers du grand âge', 'Parcours inclusif vers les métiers du grand âge (contrat de professionnalisation inclusion).',
   'Publics en insertion', 'Vienne', 'SATE 86', 'Fédération des associations intermédiaires de la Vienne',
   '4e session de sélection en mars 2024, démarrage entre juin et septembre 2024', 'Indéterminée', 'RECONDUITE'),
  ('FT', '20', 'Action 2.6', 'Poursuite de l''expérimentation d''un travailleur social dédié à l''accompagnement global sur le territoire de Châtellerault-Loudun',
   'Travailleur social dédié à l''accompagnement global', 'Travailleur social dédié à l''accompagnement global avec un conseiller France Travail.',
   'Bénéficiaires du RSA', 'Châtellerault, Loudun', 'Département de la Vienne', 'France Travail',
   'Action existante qui a débuté le 24 juillet 2023 ; du 01/01/2024 au 31/12/2024', 'Indéterminée', 'RECONDUITE'),
  ('FT', '21', 'Action 2.7', 'Proposer des prestations de socio-esthétiques, de conseil en image aux bénéficiaires du RSA dans leur parcours d''insertion',
   'Socio-esthétique et conseil en image', 'Prestations de socio-esthétique et de conseil en image.', 'Bénéficiaires du RSA', 'Vienne',
   'Salon « L''effet Papillon »', null, 'Action existante depuis 2020 ; l''année 2024', 'Indéterminée', 'RECONDUITE'),
  ('FT', '22', 'Action 2.8', 'Expérimentation d''une équipe dédiée à l''accompagnement Insertion-Santé avec priorisation sur la santé mentale',
   'Équipe Insertion-Santé', 'Équipe dédiée (infirmier(e), psychologue) à l''accompagnement insertion-santé.', 'Bénéficiaires du RSA',
   'Poitiers', 'Département de la Vienne', 'EMPP', 'Indéterminée', 'Durée de 12 mois avec un bilan d''activité', 'NOUVELLE'),
  ('FT', '23', 'Action 2.9', 'Favoriser l''insertion sociale et professionnelle des salariés en parcours au sein des structures d''insertion par l''activité économique de Grand Poitiers grâce à deux outils complémentaires : la mission santé emploi et le Comité des Activités Sociales, Sportives et Culturelles (CASSC)',
   'Mission santé emploi et CASSC', 'Mission santé emploi et comité des activités sociales, sportives et culturelles pour les salariés des SIAE.',
   'Salariés en parcours d''insertion', 'Grand Poitiers', 'CAPEE', 'SIAE de Grand Poitiers',
   'Action à développer au cours de l''année 2024', 'Indéterminée', 'NOUVELLE')
) as f(champ, numero, code, intitule, libelle, description, public_cible, territoire, operateur, partenaires, date_texte, duree, statut)
where ch.code = f.champ and c.numero_interne = '2024-C-DGAS-DAS-0001';

-- Allocation to axes: fiche 9 on axes 2 and 3 with the "(50 %)" notes of the fiche (FX-6).
insert into allocation_axe (fiche_id, axe_id, part_pourcent, ordre)
select f.id, a.id, x.part, x.ordre
from fiche_action f join convention c on c.id = f.convention_id join champ ch on ch.convention_id = c.id
  join axe a on a.champ_id = ch.id, (values
  ('1', 'SOL', '1', null, 1), ('2', 'SOL', '1', null, 1), ('3', 'SOL', '1', null, 1), ('4', 'SOL', '1', null, 1),
  ('5', 'SOL', '2', null, 1), ('6', 'SOL', '2', null, 1), ('7', 'SOL', '2', null, 1), ('8', 'SOL', '2', null, 1),
  ('9', 'SOL', '2', 50, 1), ('9', 'SOL', '3', 50, 2), ('10', 'SOL', '3', null, 1), ('11', 'SOL', '3', null, 1),
  ('12', 'SOL', '3', null, 1), ('13', 'SOL', '3', null, 1), ('14', 'SOL', '3', null, 1),
  ('15', 'FT', '2', null, 1), ('16', 'FT', '2', null, 1), ('17', 'FT', '2', null, 1), ('18', 'FT', '2', null, 1),
  ('19', 'FT', '2', null, 1), ('20', 'FT', '2', null, 1), ('21', 'FT', '2', null, 1), ('22', 'FT', '2', null, 1),
  ('23', 'FT', '2', null, 1)
) as x(fiche, champ, axe, part, ordre)
where c.numero_interne = '2024-C-DGAS-DAS-0001' and f.numero = x.fiche and ch.code = x.champ and a.numero = x.axe;

-- Financing lines (DOMAIN.md §9.10). Fiche 13 carries a justified 0 in 2024 and its money in 2025 (R-FIN-18);
-- FT volet 1 is an envelope line without fiche.
insert into ligne_financement (convention_id, fiche_id, axe_id, exercice, financeur, financeur_libelle, nature, montant, justification)
select c.id, f.id, a.id, l.exercice, l.financeur, l.libelle, l.nature, l.montant, l.justification
from (values
  ('1', 'SOL', '1', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 93507.00, null),
  ('1', 'SOL', '1', 2024, 'DEPARTEMENT', null, 'CREDITS_NOUVEAUX', 146000.00, null),
  ('1', 'SOL', '1', 2024, 'AUTRE', 'Autres financeurs (CAF, familles)', 'CREDITS_NOUVEAUX', 535493.00, null),
  ('2', 'SOL', '1', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 50000.00, null),
  ('2', 'SOL', '1', 2024, 'DEPARTEMENT', null, 'VALORISATION', 50000.00, null),
  ('3', 'SOL', '1', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 69698.00, null),
  ('3', 'SOL', '1', 2024, 'DEPARTEMENT', null, 'CREDITS_NOUVEAUX', 135096.00, null),
  ('4', 'SOL', '1', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 25000.00, null),
  ('4', 'SOL', '1', 2024, 'DEPARTEMENT', null, 'VALORISATION', 25000.00, null),
  ('5', 'SOL', '2', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 110000.00, null),
  ('5', 'SOL', '2', 2024, 'DEPARTEMENT', null, 'VALORISATION', 110000.00, null),
  ('6', 'SOL', '2', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 50000.00, null),
  ('6', 'SOL', '2', 2024, 'DEPARTEMENT', null, 'VALORISATION', 50000.00, null),
  ('7', 'SOL', '2', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 10000.00, null),
  ('7', 'SOL', '2', 2024, 'DEPARTEMENT', null, 'CREDITS_NOUVEAUX', 15000.00, null),
  ('8', 'SOL', '2', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 35000.00, null),
  ('8', 'SOL', '2', 2024, 'DEPARTEMENT', null, 'VALORISATION', 35000.00, null),
  ('9', 'SOL', '2', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 25000.00, null),
  ('9', 'SOL', '2', 2024, 'DEPARTEMENT', null, 'VALORISATION', 25000.00, null),
  ('10', 'SOL', '3', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 20000.00, null),
  ('10', 'SOL', '3', 2024, 'DEPARTEMENT', null, 'CREDITS_NOUVEAUX', 10000.00, null),
  ('10', 'SOL', '3', 2024, 'DEPARTEMENT', null, 'VALORISATION', 10000.00, null),
  ('9', 'SOL', '3', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 25428.00, null),
  ('9', 'SOL', '3', 2024, 'DEPARTEMENT', null, 'VALORISATION', 25428.00, null),
  ('11', 'SOL', '3', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 30000.00, null),
  ('11', 'SOL', '3', 2024, 'DEPARTEMENT', null, 'CREDITS_NOUVEAUX', 30000.00, null),
  ('12', 'SOL', '3', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 15000.00, null),
  ('12', 'SOL', '3', 2024, 'DEPARTEMENT', null, 'CREDITS_NOUVEAUX', 15000.00, null),
  ('14', 'SOL', '3', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 20000.00, null),
  ('14', 'SOL', '3', 2024, 'DEPARTEMENT', null, 'VALORISATION', 20000.00, null),
  ('13', 'SOL', '3', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 0.00, 'Financement prévu en 2025'),
  ('13', 'SOL', '3', 2025, 'ETAT', null, 'CREDITS_NOUVEAUX', 15000.00, null),
  ('13', 'SOL', '3', 2025, 'DEPARTEMENT', null, 'VALORISATION', 15000.00, null),
  (null, 'FT', '1', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 106000.00, 'Enveloppe du volet 1, sans fiche-action (L2578)'),
  ('15', 'FT', '2', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 40000.00, null),
  ('15', 'FT', '2', 2024, 'DEPARTEMENT', null, 'CREDITS_NOUVEAUX', 50000.00, null),
  ('15', 'FT', '2', 2024, 'DEPARTEMENT', null, 'VALORISATION', 20000.00, null),
  ('16', 'FT', '2', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 100000.00, null),
  ('16', 'FT', '2', 2024, 'DEPARTEMENT', null, 'VALORISATION', 100000.00, null),
  ('17', 'FT', '2', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 50000.00, null),
  ('17', 'FT', '2', 2024, 'DEPARTEMENT', null, 'VALORISATION', 50000.00, null),
  ('18', 'FT', '2', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 30000.00, null),
  ('18', 'FT', '2', 2024, 'DEPARTEMENT', null, 'VALORISATION', 30000.00, null),
  ('19', 'FT', '2', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 35000.00, null),
  ('19', 'FT', '2', 2024, 'DEPARTEMENT', null, 'CREDITS_NOUVEAUX', 10000.00, null),
  ('19', 'FT', '2', 2024, 'DEPARTEMENT', null, 'VALORISATION', 30000.00, null),
  ('20', 'FT', '2', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 50000.00, null),
  ('20', 'FT', '2', 2024, 'DEPARTEMENT', null, 'VALORISATION', 50000.00, null),
  ('21', 'FT', '2', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 30000.00, null),
  ('21', 'FT', '2', 2024, 'DEPARTEMENT', null, 'CREDITS_NOUVEAUX', 15000.00, null),
  ('21', 'FT', '2', 2024, 'DEPARTEMENT', null, 'VALORISATION', 15000.00, null),
  ('22', 'FT', '2', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 100000.00, null),
  ('22', 'FT', '2', 2024, 'DEPARTEMENT', null, 'CREDITS_NOUVEAUX', 55710.00, null),
  ('22', 'FT', '2', 2024, 'DEPARTEMENT', null, 'VALORISATION', 50000.00, null),
  ('23', 'FT', '2', 2024, 'ETAT', null, 'CREDITS_NOUVEAUX', 12608.00, null),
  ('23', 'FT', '2', 2024, 'DEPARTEMENT', null, 'CREDITS_NOUVEAUX', 11000.00, null)
) as l(fiche, champ, axe, exercice, financeur, libelle, nature, montant, justification)
join convention c on c.numero_interne = '2024-C-DGAS-DAS-0001'
join champ ch on ch.convention_id = c.id and ch.code = l.champ
join axe a on a.champ_id = ch.id and a.numero = l.axe
left join fiche_action f on f.convention_id = c.id and f.numero = l.fiche;

-- Amounts written in the articles (FX-4), stored as declared legal facts for the controls (R-FIN-4, R-FIN-13).
insert into montant_conventionnel (convention_id, champ_id, axe_id, exercice, financeur, montant, montant_en_lettres, reference_article, statut)
select c.id, ch.id, a.id, m.exercice, 'ETAT', m.montant, m.lettres, m.article, m.statut
from (values
  ('SOL', '1', 2024, 238205.00, 'deux-cent trente-huit mille deux-cent cinq euros', 'article 2.3', 'NOTIFIE'),
  ('SOL', '2', 2024, 230000.00, 'deux-cent trente mille euros', 'article 2.3', 'NOTIFIE'),
  ('SOL', '3', 2024, 110428.00, 'cent-dix mille quatre cent vingt-huit euros', 'article 2.3', 'NOTIFIE'),
  ('SOL', null, 2024, 578633.00, null, 'article 2.2', 'NOTIFIE'),
  ('SOL', null, 2025, 578633.00, null, 'article 2.2 (prévisionnel, fixé par avenant)', 'PREVISIONNEL'),
  ('SOL', null, 2026, 578633.00, null, 'article 2.2 (prévisionnel, fixé par avenant)', 'PREVISIONNEL'),
  ('FT', '1', 2024, 106000.00, 'cent-six mille euros', 'article 2.4', 'NOTIFIE'),
  ('FT', '2', 2024, 447608.00, 'quatre-cent quarante-sept mille six-cent huit euros', 'article 2.4', 'NOTIFIE'),
  ('FT', null, 2024, 553608.00, null, 'article 4.2', 'NOTIFIE')
) as m(champ, axe, exercice, montant, lettres, article, statut)
join convention c on c.numero_interne = '2024-C-DGAS-DAS-0001'
join champ ch on ch.convention_id = c.id and ch.code = m.champ
left join axe a on a.champ_id = ch.id and a.numero = m.axe;

-- Figures printed elsewhere that disagree with the signed annex (FX-3): kept as declared, compared by the controls.
insert into chiffre_declare (convention_id, fiche_id, exercice, code, colonne, valeur, texte_source, source)
select c.id, f.id, 2024, 'FICHE_BUDGET_TEXTE', 'departement', 135090.00, 'Part CD : 135 090 €', 'Annexe 3, fiche 3, Budget détaillé (L676)'
from convention c join fiche_action f on f.convention_id = c.id and f.numero = '3'
where c.numero_interne = '2024-C-DGAS-DAS-0001';

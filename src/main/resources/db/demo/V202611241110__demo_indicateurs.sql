-- Demo data (profile "demo" only): the indicators of the Vienne convention 2024-C-DGAS-DAS-0001.
-- Local indicators of fiches 1-14 (DOMAIN.md §9.12, values of the fiche tables, 000a §5.3), national indicators of
-- annexe 4 (§9.13) with their corrected fiche links, France Travail indicators of fiches 15-23 (§9.14, 000b §5.1),
-- the figures printed differently in two places (valeur_declaree, FX-17) and a few 2024 results marked demo.
--
-- Values are written as tokens "<kind> <payload>", read by the statements below:
--   E 52 / D 1.5 / P 18 / M 250 / H 188     ENTIER, DECIMAL, POURCENTAGE, MONTANT, DUREE_HEURES
--   E 55*                                   number with the footnote mark "*"
--   E 1 | locataire « capté »               number followed by a qualifier, printed after it
--   C NON_CONNU                             special code (R-IND-4; "-" is C TIRET)
--   T Réalisation de l'étude                free text
-- Rows are keyed by (convention numero_interne, fiche numero), never by id.

create temporary table demo_lien (
    code        text,     -- indicator code: local "F1-1", national "SOL-N07"
    fiche       text,     -- fiche numero, null for a national indicator carried by no fiche
    territoire  text,
    axe         text,     -- only for fiche 9, whose indicators are split between axes 2 and 3
    ordre       int,
    a1          boolean,  -- printed in annexe 1
    a4          boolean,  -- printed in annexe 4
    parent      text,     -- code of the whole this indicator is a part of ("dont")
    partition   boolean,  -- its parts add up to it
    t0 text, c2024 text, c2025 text, c2026 text, c2027 text,
    commentaire text,
    imprime     text      -- fiche reference as printed in annexe 4
) on commit drop;

create temporary table demo_indicateur (
    code text, champ text, portee text, libelle text, aliases text, type_valeur text, unite text, sens text,
    nature_mesure text, numerateur text, denominateur text, thematique text
) on commit drop;

-- Catalogue: local indicators of the Vienne convention --------------------------------------------------------------
insert into demo_indicateur (code, champ, portee, libelle, aliases, type_valeur, unite, sens) values
  ('F1-1', 'SOL', 'LOCAL', 'Nombre d''enfants accompagnés', 'Nb d''enfants accompagnés', 'ENTIER', 'enfants', 'HAUSSE'),
  ('F1-2', 'SOL', 'LOCAL', 'Nombre de familles accompagnées', 'Nb de familles accompagnées', 'ENTIER', 'familles', 'HAUSSE'),
  ('F1-3', 'SOL', 'LOCAL', 'Pourcentage de familles monoparentales', null, 'POURCENTAGE', '%', 'SANS'),
  ('F1-4', 'SOL', 'LOCAL', 'Pourcentage de familles avec parents séparés', null, 'POURCENTAGE', '%', 'SANS'),
  ('F1-5', 'SOL', 'LOCAL', 'Pourcentage de familles sans emploi', null, 'POURCENTAGE', '%', 'SANS'),
  ('F1-6', 'SOL', 'LOCAL', 'Nombre de familles bénéficiant d''une mesure éducative', 'Nb de familles bénéficiant d''une mesure éducative', 'ENTIER', 'familles', 'BAISSE'),
  ('F2-1', 'SOL', 'LOCAL', 'File active (familles)', 'File active en nb de famille', 'ENTIER', 'familles', 'HAUSSE'),
  ('F2-2', 'SOL', 'LOCAL', 'Nombre d''enfants concernés', 'Nb d''enfants concernés dont nb d''ado de 11-16 ans', 'ENTIER', 'enfants', 'HAUSSE'),
  ('F2-3', 'SOL', 'LOCAL', 'Dont nombre d''adolescents de 11 à 16 ans', null, 'ENTIER', 'adolescents', 'HAUSSE'),
  ('F3-1', 'SOL', 'LOCAL', 'Nombre d''ETP', 'Nb d''ETP', 'DECIMAL', 'ETP', 'MAINTIEN'),
  ('F3-2', 'SOL', 'LOCAL', 'Nombre de jeunes accompagnés', 'Nb de jeunes accompagnés', 'ENTIER', 'jeunes', 'HAUSSE'),
  ('F3-3', 'SOL', 'LOCAL', 'Nombre de parcours d''insertion impulsés', 'Nb de parcours d''insertion impulsés', 'ENTIER', 'parcours', 'HAUSSE'),
  ('F3-4', 'SOL', 'LOCAL', 'Nombre de parcours de soins engagés', 'Nb de parcours de soins engagés', 'ENTIER', 'parcours', 'HAUSSE'),
  ('F3-5', 'SOL', 'LOCAL', 'Nombre de parcours d''autonomie réussis', 'Nb de parcours d''autonomie réussis', 'ENTIER', 'parcours', 'HAUSSE'),
  ('F3-6', 'SOL', 'LOCAL', 'Nombre d''actions collectives réalisées', 'Nb d''actions collectives réalisées', 'ENTIER', 'actions', 'HAUSSE'),
  ('F4-1', 'SOL', 'LOCAL', 'Réalisation du cahier des charges de l''accompagnement', null, 'JALON', null, 'SANS'),
  ('F5-1', 'SOL', 'LOCAL', 'Réalisation d''une analyse complémentaire : zones blanches, publics cibles, droits repérés', null, 'ENTIER', 'analyse', 'HAUSSE'),
  ('F5-2', 'SOL', 'LOCAL', 'Nombre de nouvelles permanences en tiers lieu (autre que MDS/P)', 'Nb de nouvelles permanences en tiers lieu (autre que MDS/P)', 'ENTIER', 'permanences', 'HAUSSE'),
  ('F6-1', 'SOL', 'LOCAL', 'Nombre de personnes ayant participé à des instances les concernant (RDP, synthèse, commission...)', 'Nb de personnes ayant participé à des instances les concernant', 'ENTIER', 'personnes', 'HAUSSE'),
  ('F6-2', 'SOL', 'LOCAL', 'Nombre de projets intégrant des personnes concernées', 'Nb de projets intégrant des personnes concernées', 'ENTIER', 'projets', 'HAUSSE'),
  ('F6-3', 'SOL', 'LOCAL', 'Nombre de personnes ayant participé aux projets', 'Nb de personnes ayant participé aux projets', 'ENTIER', 'personnes', 'HAUSSE'),
  ('F6-4', 'SOL', 'LOCAL', 'Nombre d''actions collectives transversales', 'Nb d''actions collectives transversales', 'ENTIER', 'actions', 'HAUSSE'),
  ('F6-5', 'SOL', 'LOCAL', 'Nombre de personnes participant aux actions collectives transversales', 'Nb de personnes participants aux actions collectives transversales', 'ENTIER', 'personnes', 'HAUSSE'),
  ('F6-6', 'SOL', 'LOCAL', 'Nombre de familles/enfants sollicités dans le cadre du développement de la participation en protection de l''enfance', 'Nb de familles/enfants sollicités dans le cadre du dév. de la participation en protection de l''enfance', 'ENTIER', 'familles/enfants', 'HAUSSE'),
  ('F7-1', 'SOL', 'LOCAL', 'Nombre d''heures de recours à l''application de traduction', 'Nombre de recours à cette application; Nb d''heure de recours à cette application', 'DUREE_HEURES', 'heures', 'HAUSSE'),
  ('F8-1', 'SOL', 'LOCAL', 'Nombre de dossiers étudiés', null, 'ENTIER', 'dossiers', 'HAUSSE'),
  ('F8-2', 'SOL', 'LOCAL', 'Nombre de ménages contactés', 'Nb de ménages contactés', 'ENTIER', 'ménages', 'HAUSSE'),
  ('F8-3', 'SOL', 'LOCAL', 'Nombre de ménages accompagnés/orientés par le dispositif APEL', 'Nb de ménages accompagnés par le dispositif APPEL', 'ENTIER', 'ménages', 'HAUSSE'),
  ('F8-4', 'SOL', 'LOCAL', 'Nombre de locataires rencontrés/orientés par l''intervenante du CMP (volet « santé mentale »)', 'Nb de locataires rencontrés/orientés par l''intervenante du CMP', 'ENTIER', 'locataires', 'HAUSSE'),
  ('F8-5', 'SOL', 'LOCAL', 'VAD communes : nombre de personnes rencontrées selon les modalités d''« aller-vers »', 'Volet « santé mentale »', 'ENTIER', 'personnes', 'HAUSSE'),
  ('F9-1', 'SOL', 'LOCAL', 'Nombre de dossiers pris en charge par la CCAPEX ayant abouti à la prévention d''une expulsion', null, 'ENTIER', 'dossiers', 'HAUSSE'),
  ('F9-2', 'SOL', 'LOCAL', 'Nombre de ménages ayant sollicité l''ADIL dans le cadre de la médiation locataire-bailleur', null, 'ENTIER', 'ménages', 'HAUSSE'),
  ('F9-3', 'SOL', 'LOCAL', 'Nombre d''actions collectives ou de réunions d''information à destination des bailleurs privés', null, 'ENTIER', 'actions', 'HAUSSE'),
  ('F9-4', 'SOL', 'LOCAL', 'Nombre de ménages précaires en impayé d''énergie repérés de façon précoce', null, 'ENTIER', 'ménages', 'HAUSSE'),
  ('F10-1', 'SOL', 'LOCAL', 'Nombre de ménages soutenus dans le cadre du FASTME', 'Nb de ménages soutenus dans le cadre du FASTME', 'ENTIER', 'ménages', 'HAUSSE'),
  ('F10-2', 'SOL', 'LOCAL', 'Montant moyen de l''aide octroyée par ménage', null, 'MONTANT', '€', 'HAUSSE'),
  ('F10-3', 'SOL', 'LOCAL', 'Nombre de ménages pour lesquels les préconisations de travaux ont été suivies d''effet (mesure possible 1 an après)', null, 'ENTIER', 'ménages', 'HAUSSE'),
  ('F10-4', 'SOL', 'LOCAL', 'Nombre de ménages repérés et soutenus précocement face aux difficultés de paiement des factures d''énergie', null, 'ENTIER', 'ménages', 'HAUSSE'),
  ('F11-1', 'SOL', 'LOCAL', 'Nombre d''interventions sur véhicule avec barème solidaire (réparation, entretien, devis, etc.)', null, 'ENTIER', 'interventions', 'HAUSSE'),
  ('F11-2', 'SOL', 'LOCAL', 'Nombre de demandes d''achat de véhicule', null, 'ENTIER', 'demandes', 'HAUSSE'),
  ('F11-3', 'SOL', 'LOCAL', 'Nombre de ventes de véhicule', null, 'ENTIER', 'ventes', 'HAUSSE'),
  ('F11-4', 'SOL', 'LOCAL', 'Nombre de personnes ayant bénéficié d''une location de voiture à tarif solidaire', null, 'ENTIER', 'personnes', 'HAUSSE'),
  ('F11-5', 'SOL', 'LOCAL', 'Nombre de jours de location solidaire', null, 'ENTIER', 'jours', 'HAUSSE'),
  ('F11-6', 'SOL', 'LOCAL', 'Nombre de personnes ayant participé à un atelier collectif', null, 'ENTIER', 'personnes', 'HAUSSE'),
  ('F11-7', 'SOL', 'LOCAL', 'Nombre d''ateliers collectifs réalisés', 'Nb d''atelier collectifs réalisés', 'ENTIER', 'ateliers', 'HAUSSE'),
  ('F11-8', 'SOL', 'LOCAL', 'Nombre de personnes accompagnées pour l''achat d''un véhicule dans le cadre des conseils mobilité', null, 'ENTIER', 'personnes', 'HAUSSE'),
  ('F12-1', 'SOL', 'LOCAL', 'Nombre de prescriptions reçues', null, 'ENTIER', 'prescriptions', 'HAUSSE'),
  ('F12-2', 'SOL', 'LOCAL', 'Nombre de participants', null, 'ENTIER', 'participants', 'HAUSSE'),
  ('F12-3', 'SOL', 'LOCAL', 'Nombre de participants ayant obtenu le code', null, 'ENTIER', 'participants', 'HAUSSE'),
  ('F12-4', 'SOL', 'LOCAL', 'Nombre de participants ayant obtenu le permis B', null, 'ENTIER', 'participants', 'HAUSSE'),
  ('F13-1', 'SOL', 'LOCAL', 'Réalisation du diagnostic', null, 'JALON', null, 'SANS'),
  ('F13-2', 'SOL', 'LOCAL', 'Analyse des besoins non pourvus et pistes de propositions', null, 'JALON', null, 'SANS'),
  ('F13-3', 'SOL', 'LOCAL', 'Livrable diffusable au grand public par bassin de mobilité (4 au total)', null, 'JALON', null, 'SANS'),
  ('F14-1', 'SOL', 'LOCAL', 'Nombre de projets locaux soutenus facilitant l''approvisionnement grâce à une approche mutualisée', null, 'TEXTE', 'projets', 'SANS');

-- Catalogue: France Travail indicators of fiches 15-23 (000b §5.1). FA16's four indicators are shared by its two
-- territories (one catalogue entry, two links).
insert into demo_indicateur (code, champ, portee, libelle, type_valeur, unite, sens, nature_mesure, numerateur, denominateur) values
  ('F15-1', 'FT', 'LOCAL', 'Nombre de nouveaux entrants dans l''année', 'ENTIER', 'personnes', 'HAUSSE', 'FLUX', null, null),
  ('F15-2', 'FT', 'LOCAL', 'Nombre de nouveaux entrants orientés vers un référent unique', 'ENTIER', 'personnes', 'HAUSSE', 'FLUX', null, null),
  ('F15-3', 'FT', 'LOCAL', 'Nombre de nouveaux ARSA orientés vers l''action dans l''année sous 15 jours', 'ENTIER', 'personnes', 'HAUSSE', 'FLUX',
   'Nouveaux ARSA orientés sous 15 jours', 'Nouveaux entrants dans l''année'),
  ('F15-4', 'FT', 'LOCAL', 'Nombre de nouveaux entrants orientés et accompagnés (hors France Travail)', 'ENTIER', 'personnes', 'HAUSSE', 'FLUX', null, null),
  ('F15-5', 'FT', 'LOCAL', 'Nombre de nouveaux entrants orientés et accompagnés France Travail', 'ENTIER', 'personnes', 'HAUSSE', 'FLUX', null, null),
  ('F16-1', 'FT', 'LOCAL', 'Nombre de nouveaux entrants orientés vers l''action', 'ENTIER', 'personnes', 'HAUSSE', 'FLUX', null, null),
  ('F16-2', 'FT', 'LOCAL', 'Nombre de nouveaux bénéficiaires du RSA orientés vers l''action sous 1 mois', 'ENTIER', 'personnes', 'HAUSSE', 'FLUX', null, null),
  ('F16-3', 'FT', 'LOCAL', 'Nombre d''allocataires (nouveaux entrants + ARSA avec antériorité dans le dispositif) concernés par l''action', 'ENTIER', 'personnes', 'HAUSSE', 'STOCK', null, null),
  ('F16-4', 'FT', 'LOCAL', 'Nombre de sorties positives (emploi ou formation qualifiante)', 'ENTIER', 'personnes', 'HAUSSE', 'FLUX', null, null),
  ('F17-1', 'FT', 'LOCAL', 'Nombre de nouveaux entrants orientés vers l''action', 'ENTIER', 'personnes', 'HAUSSE', 'FLUX', null, null),
  ('F17-2', 'FT', 'LOCAL', 'Nombre de nouveaux bénéficiaires du RSA orientés vers l''action sous 1 mois', 'ENTIER', 'personnes', 'HAUSSE', 'FLUX', null, null),
  ('F17-3', 'FT', 'LOCAL', 'Nombre d''allocataires (nouveaux entrants + ARSA avec antériorité dans le dispositif) concernés par l''action', 'ENTIER', 'personnes', 'HAUSSE', 'STOCK', null, null),
  ('F17-4', 'FT', 'LOCAL', 'Nombre de sorties positives (emploi ou formation qualifiante)', 'ENTIER', 'personnes', 'HAUSSE', 'FLUX', null, null),
  ('F18-1', 'FT', 'LOCAL', 'Nombre de nouveaux bénéficiaires du RSA/BPI orientés vers l''action', 'ENTIER', 'personnes', 'HAUSSE', 'FLUX', null, null),
  ('F18-2', 'FT', 'LOCAL', 'Nombre de nouveaux bénéficiaires du RSA/BPI orientés vers l''action sous 1 mois', 'ENTIER', 'personnes', 'HAUSSE', 'FLUX', null, null),
  ('F18-3', 'FT', 'LOCAL', 'Nombre de bénéficiaires du RSA/BPI en cours d''accompagnement (nouveaux entrants et ceux avec antériorité dans l''action)', 'ENTIER', 'personnes', 'HAUSSE', 'STOCK', null, null),
  ('F19-1', 'FT', 'LOCAL', 'Nombre de nouveaux entrants orientés vers l''action', 'ENTIER', 'personnes', 'HAUSSE', 'FLUX', null, null),
  ('F19-2', 'FT', 'LOCAL', 'Nombre de personnes concernées par l''action (nouveaux entrants + ceux avec antériorité dans le dispositif)', 'ENTIER', 'personnes', 'HAUSSE', 'CUMUL', null, null),
  ('F19-3', 'FT', 'LOCAL', 'Nombre de sorties positives (emploi ou formation qualifiante)', 'ENTIER', 'personnes', 'HAUSSE', 'FLUX', null, null),
  ('F20-1', 'FT', 'LOCAL', 'File active accompagnée par le travailleur social dédié accompagnement global sur Loudun et Châtellerault', 'ENTIER', 'personnes', 'HAUSSE', 'STOCK', null, null),
  ('F20-2', 'FT', 'LOCAL', 'Nombre de ménages entrés dans le dispositif dédié', 'ENTIER', 'ménages', 'HAUSSE', 'FLUX', null, null),
  ('F20-3', 'FT', 'LOCAL', 'Nombre de bénéficiaires du RSA dans le dispositif dédié', 'ENTIER', 'personnes', 'HAUSSE', 'STOCK', null, null),
  ('F20-4', 'FT', 'LOCAL', 'Nombre de sorties positives dans le dispositif dédié', 'ENTIER', 'personnes', 'HAUSSE', 'FLUX', null, null),
  ('F20-5', 'FT', 'LOCAL', 'Nombre total de ménages accompagnés au titre de l''accompagnement global au sein du Département', 'ENTIER', 'ménages', 'HAUSSE', 'STOCK', null, null),
  ('F21-1', 'FT', 'LOCAL', 'Nombre de personnes bénéficiaires du RSA ayant eu une ou plusieurs prestations', 'ENTIER', 'personnes', 'HAUSSE', 'FLUX', null, null),
  ('F21-2', 'FT', 'LOCAL', 'Nombre de prestations réalisées', 'ENTIER', 'prestations', 'HAUSSE', 'FLUX', null, null),
  ('F21-3', 'FT', 'LOCAL', 'Nombre d''actions collectives réalisées', 'ENTIER', 'actions', 'HAUSSE', 'FLUX', null, null),
  ('F22-1', 'FT', 'LOCAL', 'Nombre de nouveaux bénéficiaires du RSA orientés vers l''action en 2024', 'ENTIER', 'personnes', 'HAUSSE', 'FLUX', null, null),
  ('F22-2', 'FT', 'LOCAL', 'Nombre de nouveaux bénéficiaires du RSA orientés vers l''action en 2024 sous 15 jours ou à défaut 1 mois', 'ENTIER', 'personnes', 'HAUSSE', 'FLUX', null, null),
  ('F22-3', 'FT', 'LOCAL', 'Nombre de bénéficiaires du RSA en cours d''accompagnement (nouveaux entrants et ceux avec antériorité dans l''action)', 'ENTIER', 'personnes', 'HAUSSE', 'STOCK', null, null),
  ('F23-1', 'FT', 'LOCAL', 'CASSC : nombre de personnes sollicitant les services du CASSC', 'ENTIER', 'personnes', 'HAUSSE', 'FLUX', null, null),
  ('F23-2', 'FT', 'LOCAL', 'Médiation santé : nombre de personnes ayant bénéficié d''une prestation de la mission Santé Emploi', 'ENTIER', 'personnes', 'HAUSSE', 'FLUX', null, null),
  ('F23-3', 'FT', 'LOCAL', 'Nombre d''ateliers Mission Santé réalisés dans les SIAE', 'ENTIER', 'ateliers', 'HAUSSE', 'FLUX', null, null),
  ('F23-4', 'FT', 'LOCAL', 'Analyse de pratique ASP/ETI : nombre de sessions et de personnes concernées', 'ENTIER', 'sessions', 'HAUSSE', 'FLUX', null, null),
  ('F23-5', 'FT', 'LOCAL', 'Nombre de structures concernées (territoires) dont QPV', 'ENTIER', 'structures', 'HAUSSE', 'FLUX', null, null);

-- Catalogue: national indicators of the contrats locaux des solidarités (annexe 4, L1498-L1520), typos corrected;
-- the thématique column of the printed table is uncertain (000a §5.4 item 8, DOMAIN.md Q17).
insert into demo_indicateur (code, champ, portee, libelle, aliases, type_valeur, unite, sens, thematique) values
  ('SOL-N01', 'SOL', 'NATIONAL', 'Nombre de familles précaires avec enfants ayant bénéficié d''actions d''aller-vers éducatives et d''accompagnement dans la parentalité',
   'Nombre de familles précaires avec enfants ayant bénéficié d''actions d''aller-vers et/ou d''accompagnement dans la parentalité', 'ENTIER', 'familles', 'HAUSSE',
   'Soutien à la parentalité et aux familles en situation de précarité'),
  ('SOL-N02', 'SOL', 'NATIONAL', 'Nombre de mères seules sans domicile avec enfants de moins de 3 ans accompagnées', null, 'ENTIER', 'personnes', 'HAUSSE',
   'Soutien à la parentalité et aux familles en situation de précarité'),
  ('SOL-N03', 'SOL', 'NATIONAL', 'Nombre d''adolescents (mineurs) ayant bénéficié des actions en matière de prévention et de traitement du harcèlement scolaire et des actions d''ouverture à la culture, aux sports et aux loisirs',
   'Nombre d''adolescents (mineurs) ayant bénéficié des actions en matière de prévention et de traitement du décrochage scolaire et des actions d''ouverture à la culture, aux sports et aux loisirs', 'ENTIER', 'adolescents', 'HAUSSE',
   'Accompagner les jeunes précaires vers l''autonomie'),
  ('SOL-N04', 'SOL', 'NATIONAL', 'Nombre de jeunes de 16 à 25 ans sans solution, bénéficiaires des actions en matière « d''aller-vers » et en matière de mobilisation vers l''autonomie',
   'Nombre de jeunes de 16 à 25 ans sans scolarité, bénéficiaires des actions en matière "d''allier-verse"', 'ENTIER', 'jeunes', 'HAUSSE',
   'Accompagner les jeunes précaires vers l''autonomie'),
  ('SOL-N05', 'SOL', 'NATIONAL', 'Nombre de personnes bénéficiaires de démarches « d''aller-vers » pour l''accès aux droits',
   'Nombre de personnes bénéficiant de démarches "d''aller-vers" pour l''accès aux droits dont : Nb de personnes non connues reçues dans les nouveaux lieux de réception, Nb de personnes reçues sans rdv', 'ENTIER', 'personnes', 'HAUSSE',
   'Accès aux droits sociaux et santé pour prévenir la bascule dans la pauvreté : démarches « d''aller-vers »'),
  ('SOL-N06', 'SOL', 'NATIONAL', 'Nombre de personnes ayant bénéficié d''un accompagnement renforcé vers les droits',
   'Nombre de ménages ayant pu bénéficier d''un droit plus favorable (ASPA, rétablissement de droits...)', 'ENTIER', 'personnes', 'HAUSSE',
   'Accès aux droits sociaux et santé pour prévenir la bascule dans la pauvreté : démarches « d''aller-vers »'),
  ('SOL-N07', 'SOL', 'NATIONAL', 'Nombre de professionnels de l''action sociale formés à l''évolution des pratiques',
   'Nombre de professionnels action sociale formés à l''évolution des pratiques (CD et autres partenaires)', 'ENTIER', 'professionnels', 'HAUSSE',
   'Accès aux droits sociaux et santé pour prévenir la bascule dans la pauvreté : renforcement de l''accompagnement'),
  ('SOL-N08', 'SOL', 'NATIONAL', 'Nombre d''ETP de chargé de mission en renfort de la CCAPEX remplissant les fonctions définies dans le référentiel',
   null, 'DECIMAL', 'ETP', 'HAUSSE',
   'Accès aux droits sociaux et santé pour prévenir la bascule dans la pauvreté : renforcement de l''accompagnement'),
  ('SOL-N09', 'SOL', 'NATIONAL', 'Nombre de personnes vulnérables en situation de précarité ayant bénéficié d''une action renforcée', null, 'ENTIER', 'personnes', 'HAUSSE',
   'Accompagnement des personnes vulnérables en situation de précarité'),
  ('SOL-N10', 'SOL', 'NATIONAL', 'Nombre de personnes en bidonvilles concernées par une action dédiée de services', null, 'ENTIER', 'personnes', 'HAUSSE',
   'Accompagnement des personnes vulnérables en situation de précarité'),
  ('SOL-N11', 'SOL', 'NATIONAL', 'Nombre de personnes sans domicile concernées par une action d''accompagnement dédiée', null, 'ENTIER', 'personnes', 'HAUSSE',
   'Accompagnement des personnes sans domicile'),
  ('SOL-N12', 'SOL', 'NATIONAL', 'Nombre de ménages ayant fait l''objet d''une visite à domicile de lutte contre la précarité énergétique par un professionnel formé et s''étant vu proposer un soutien pour la mise en place d''au moins une solution',
   null, 'ENTIER', 'ménages', 'HAUSSE', 'Lutte contre la précarité énergétique (thématique incertaine dans l''annexe 4 imprimée)'),
  ('SOL-N13', 'SOL', 'NATIONAL', 'Nombre de personnes ayant fait l''objet d''un diagnostic de mobilité par une personne formée et ayant bénéficié d''au moins une action de levée des freins à la mobilité à la suite de ce diagnostic',
   null, 'ENTIER', 'personnes', 'HAUSSE', 'Accès à la mobilité pour tous'),
  ('SOL-N14', 'SOL', 'NATIONAL', 'Nombre d''élèves en établissement REP/REP+ bénéficiant d''une tarification sociale à moins d''un euro (par repas)',
   null, 'ENTIER', 'élèves', 'HAUSSE', 'Accès à la mobilité pour tous');

-- Links and values, in the order of the fiche tables ------------------------------------------------------------------
insert into demo_lien (code, fiche, axe, ordre, a1, a4, parent, partition, t0, c2024, c2025, c2026, c2027, commentaire, imprime) values
  ('F1-1', '1', null, 1, true, false, null, false, 'E 52', 'E 60', 'E 70', 'E 70', 'E 70', null, null),
  ('F1-2', '1', null, 2, true, false, null, false, 'E 45', 'E 50', 'E 60', 'E 60', 'E 60', null, null),
  ('F1-3', '1', null, 3, true, false, null, false, 'P 18', 'P 30', 'P 30', 'P 30', 'P 30', null, null),
  ('F1-4', '1', null, 4, true, false, null, false, 'P 42', 'P 30', 'P 30', 'P 30', 'P 30', null, null),
  ('F1-5', '1', null, 5, true, false, null, false, 'P 73', 'P 75', 'P 75', 'P 75', 'P 75', null, null),
  ('F1-6', '1', null, 6, true, false, null, false, 'E 12', 'E 10', 'E 10', 'E 10', 'E 10', null, null),
  ('F2-1', '2', null, 1, true, false, null, false, 'E 2', 'E 15', 'E 15', 'E 15', 'E 15', null, null),
  ('SOL-N01', '2', null, 2, false, true, null, false, 'E 4', 'E 20', 'E 25', 'E 25', 'E 25', null, 'fiche action n°2'),
  ('F2-2', '2', null, 3, true, false, null, false, 'E 11', 'E 55*', 'E 70*', 'E 70*', 'E 70*',
   '* évaluation sur la base de 2023, dépend de la composition familiale', null),
  ('F2-3', '2', null, 4, false, false, 'F2-2', false, null, null, null, null, null, null, null),
  ('SOL-N03', '3', null, 1, false, true, null, false, null, null, null, null, null,
   'La fiche parle de décrochage scolaire, l''annexe 4 de harcèlement scolaire.', 'fiche action n°3'),
  ('SOL-N04', '3', null, 2, false, true, null, false, null, null, null, null, null, null, 'fiches action n°3 et n°4'),
  ('F3-1', '3', null, 3, true, false, null, false, 'D 1.5', 'D 1.5', 'D 1.5', 'D 1.5', 'D 1.5', null, null),
  ('F3-2', '3', null, 4, true, false, null, false, 'E 40', 'E 70', 'E 80', 'E 90', 'E 100', null, null),
  ('F3-3', '3', null, 5, true, false, null, false, 'C NON_CONNU', 'C TIRET', 'C TIRET', 'C TIRET', 'C TIRET', null, null),
  ('F3-4', '3', null, 6, true, false, null, false, 'C NON_CONNU', 'C TIRET', 'C TIRET', 'C TIRET', 'C TIRET', null, null),
  ('F3-5', '3', null, 7, true, false, null, false, 'C NON_CONNU', 'C TIRET', 'C TIRET', 'C TIRET', 'C TIRET', null, null),
  ('F3-6', '3', null, 8, true, false, null, false, 'C NON_CONNU', 'C TIRET', 'C TIRET', 'C TIRET', 'C TIRET', null, null),
  ('F4-1', '4', null, 1, true, false, null, false, 'C NEANT',
   'T Validation du cahier des charges, du territoire expérimental et des acteurs engagés', null, null, null, null, null),
  ('SOL-N04', '4', null, 2, false, true, null, false,
   'T En moyenne 25 jeunes accompagnés dans le cadre de l''ASLL/an. 127 jeunes soutenus financièrement par le FSL dans l''accès au logement en 2023 (68 500 euros)',
   'T Expérimentation de 5 à 7 jeunes bénéficiant d''un accompagnement global', 'E 15', 'E 15', 'E 15', null, 'fiches action n°3 et n°4'),
  ('F5-1', '5', null, 1, true, false, null, false, 'E 0', 'E 1', 'E 1', 'E 1', 'E 1', null, null),
  ('SOL-N06', '5', null, 2, false, true, null, false, 'C NON_CONNU', 'E 80', 'E 80', 'E 80', 'E 80', null, 'fiche action n°5'),
  ('F5-2', '5', null, 3, true, false, null, false, 'E 100', 'E 5', 'E 5', 'E 5', 'E 5', null, null),
  ('SOL-N05', '5', null, 4, false, true, null, false, 'E 0', 'E 200', 'E 400', 'E 500', 'E 500', null, 'fiche action n°5'),
  ('SOL-N07', '6', null, 1, false, true, null, false, 'E 259', 'E 320', 'E 320', 'E 320', 'E 320', null, 'fiche action n°6'),
  ('F6-1', '6', null, 2, true, false, null, false, 'E 85', 'E 130', 'E 130', 'E 130', 'E 130', null, null),
  ('F6-2', '6', null, 3, true, false, null, false, 'E 4', 'E 7', 'E 10', 'E 10', 'E 10', null, null),
  ('F6-3', '6', null, 4, true, false, null, false, 'E 29', 'E 42', 'E 60', 'E 60', 'E 60', null, null),
  ('F6-4', '6', null, 5, true, false, null, false, 'E 15', 'E 18', 'E 20', 'E 20', 'E 20', null, null),
  ('F6-5', '6', null, 6, true, false, null, false, 'E 125', 'E 140', 'E 160', 'E 160', 'E 160', null, null),
  ('F6-6', '6', null, 7, true, false, null, false, 'E 5', 'E 10', 'E 15', 'E 15', 'E 15', null, null),
  ('F7-1', '7', null, 1, true, false, null, false, 'H 188', 'H 200', 'H 200', 'H 200', 'H 200', null, null),
  ('F8-1', '8', null, 1, true, false, null, false, 'E 377', 'E 400', 'E 400', 'E 400', 'E 400', null, null),
  ('F8-2', '8', null, 2, true, false, null, false, 'E 197', 'E 200', 'E 200', 'E 200', 'E 200', null, null),
  ('F8-3', '8', null, 3, true, false, null, false, 'E 96', 'E 100', 'E 100', 'E 100', 'E 100', null, null),
  ('F8-4', '8', null, 4, true, false, null, false, 'E 7', 'E 30', 'E 30', 'E 30', 'E 30', null, null),
  ('F8-5', '8', null, 5, true, false, null, false, 'E 1 | locataire « capté »', 'E 10', 'E 10', 'E 10', 'E 10', null, null),
  ('SOL-N08', '9', '2', 1, false, true, null, false, 'D 0', 'D 0.5', null, null, null,
   'Rattaché à la fiche 6 dans l''annexe 4 imprimée ; porté par la fiche 9 (R-IND-11). Le poste est à temps plein, la cible est de 0,5 ETP (Q13).',
   'fiche action n°6'),
  ('F9-1', '9', '2', 2, false, false, null, false, null, null, null, null, null, null, null),
  ('F9-2', '9', '2', 3, true, false, null, false,
   'T Consultations auprès des juristes de l''ADIL en 2022 : 3850 (essentiellement par téléphone)', null, null, null, null, null, null),
  ('F9-3', '9', '2', 4, true, false, null, false, 'E 1 | forum habitat/an', 'E 2', 'E 2', 'E 2', 'E 2',
   'Indicateur imprimé dans l''annexe 1 seulement, absent du tableau de la fiche.', null),
  ('F9-4', '9', '3', 5, true, false, null, false, null, null, null, null, null, null, null),
  ('F10-1', '10', null, 1, true, false, null, false, 'E 40', 'E 40', 'E 50', 'E 50', 'E 50', null, null),
  ('F10-2', '10', null, 2, true, false, null, false, 'M 250', 'M 500', 'M 500', 'M 500', 'M 500', null, null),
  ('F10-3', '10', null, 3, true, false, null, false, 'C NON_CONNU', 'E 20', 'E 25', 'E 35', 'E 45', null, null),
  ('F10-4', '10', null, 4, true, false, null, false, 'C NON_CONNU', 'T Réalisation de l''étude', 'T En fonction de l''étude',
   'T En fonction de l''étude', 'T En fonction de l''étude', null, null),
  ('SOL-N12', '10', null, 5, false, true, null, false, 'E 390', 'E 411', 'E 411', 'E 411', 'E 411', null, 'fiche action n°10'),
  ('F11-1', '11', null, 1, true, false, null, false, 'C TIRET', 'E 500', 'E 588', 'E 600', 'E 615', null, null),
  ('F11-2', '11', null, 2, true, false, null, false, 'C TIRET', null, null, null, null, null, null),
  ('F11-3', '11', null, 3, true, false, null, false, 'C TIRET', 'E 15', 'E 15', 'E 18', 'E 18', null, null),
  ('F11-4', '11', null, 4, true, false, null, false, 'C TIRET', 'E 10', 'E 12', 'E 12', 'E 30', null, null),
  ('F11-5', '11', null, 5, true, false, null, false, 'C TIRET', 'E 700', 'E 750', 'E 750', 'E 1500', null, null),
  ('F11-6', '11', null, 6, true, false, null, false, 'C TIRET', 'E 9', 'E 16', 'E 25', 'E 25', null, null),
  ('F11-7', '11', null, 7, true, false, null, false, 'C TIRET', 'E 3', 'E 4', 'E 5', 'E 5', null, null),
  ('F11-8', '11', null, 8, false, false, null, false, 'C TIRET', 'E 22', 'E 24', 'E 25', 'E 26', null, null),
  ('F12-1', '12', null, 1, false, false, null, false, 'C NOUVELLE_ACTION', 'E 9', 'E 18', 'E 18', 'E 18', null, null),
  ('F12-2', '12', null, 2, false, false, null, false, 'C NOUVELLE_ACTION', 'E 9', 'E 18', 'E 18', 'E 18', null, null),
  ('F12-3', '12', null, 3, false, false, 'F12-2', false, 'C NOUVELLE_ACTION', 'E 9', 'E 16', 'E 17', 'E 18', null, null),
  ('F12-4', '12', null, 4, false, false, 'F12-3', false, 'C NOUVELLE_ACTION', 'E 7', 'E 14', 'E 15', 'E 16', null, null),
  ('F13-1', '13', null, 1, false, false, null, false, null, null, null, null, null, 'Livrable attendu en 2025.', null),
  ('F13-2', '13', null, 2, false, false, null, false, null, null, null, null, null, 'Livrable attendu en 2025.', null),
  ('F13-3', '13', null, 3, false, false, null, false, null, null, null, null, null, 'Livrable attendu en 2025.', null),
  ('F14-1', '14', null, 1, false, false, null, false,
   'T Soutien à l''achat de denrées locales via Agrilocal + subvention exceptionnelle (stratégie lutte pauvreté) + 3 projets « mieux manger pour tous » financés par l''État + soutien du CD et de l''État au fonctionnement des coordinations locales',
   'T Soutien de 1 ou 2 projets territoriaux pour la mutualisation de moyens de transport / locaux', 'T 1 ou 2', 'T 1 ou 2', 'T 1 ou 2', null, null),
  -- National indicators the Département does not run: kept with no fiche, marked "non concerné" or unmatched.
  ('SOL-N02', null, null, 1, false, true, null, false, null, null, null, null, null, null, null),
  ('SOL-N09', null, null, 2, false, true, null, false, null, null, null, null, null,
   'Rattaché à la fiche 7 dans l''annexe 4 imprimée ; aucune fiche ne porte cet indicateur (R-IND-11).', 'fiche action n°7'),
  ('SOL-N10', null, null, 3, false, true, null, false, null, null, null, null, null, null, null),
  ('SOL-N11', null, null, 4, false, true, null, false, null, null, null, null, null, null, null),
  ('SOL-N13', null, null, 5, false, true, null, false, null, null, null, null, null, null, null),
  ('SOL-N14', null, null, 6, false, true, null, false, null, null, null, null, null, null, null);

-- France Travail (T0 = résultats au 31/12/2023, cible = résultats attendus au 31/12/2024)
insert into demo_lien (code, fiche, territoire, ordre, a1, a4, parent, partition, t0, c2024, commentaire) values
  ('F15-1', '15', null, 1, false, false, null, false, 'E 2640', 'C NON_EVALUABLE', null),
  ('F15-2', '15', null, 2, false, false, null, true, 'E 1536', 'C NON_EVALUABLE', null),
  ('F15-3', '15', null, 3, false, false, null, false, 'E 1094', 'P 80 | des ARSA orientés',
   'Cible exprimée en pourcentage pour un indicateur de comptage (000b §5.1) ; objectif national : 100 % en moins de 15 jours.'),
  ('F15-4', '15', null, 4, false, false, 'F15-2', false, 'E 1057', 'C NON_EVALUABLE', null),
  ('F15-5', '15', null, 5, false, false, 'F15-2', false, 'E 479', 'C NON_EVALUABLE', null),
  ('F16-1', '16', 'Civraisien en Poitou', 1, false, false, null, false, 'E 44', 'E 45', null),
  ('F16-2', '16', 'Civraisien en Poitou', 2, false, false, null, false, 'E 44', 'E 45', null),
  ('F16-3', '16', 'Civraisien en Poitou', 3, false, false, null, false, 'E 97', 'E 96', null),
  ('F16-4', '16', 'Civraisien en Poitou', 4, false, false, null, false, 'E 19', 'E 20', null),
  ('F16-1', '16', 'Vienne et Gartempe', 5, false, false, null, false, 'E 0', 'E 30', null),
  ('F16-2', '16', 'Vienne et Gartempe', 6, false, false, null, false, 'E 0', 'E 30', null),
  ('F16-3', '16', 'Vienne et Gartempe', 7, false, false, null, false, 'E 0', 'E 30', null),
  ('F16-4', '16', 'Vienne et Gartempe', 8, false, false, null, false, 'E 0', 'C NON_DETERMINE', null),
  ('F17-1', '17', null, 1, false, false, null, false, 'E 75', 'E 45', null),
  ('F17-2', '17', null, 2, false, false, null, false, 'E 75', 'E 45', null),
  ('F17-3', '17', null, 3, false, false, null, false, 'E 75', 'E 98', null),
  ('F17-4', '17', null, 4, false, false, null, false, 'E 11', 'E 20', null),
  ('F18-1', '18', null, 1, false, false, null, false, 'E 100 | BRSA sur Poitiers (en entrées et sorties permanentes)', 'E 100', null),
  ('F18-2', '18', null, 2, false, false, null, false, 'E 100', 'E 100', null),
  ('F18-3', '18', null, 3, false, false, null, false, 'E 94', 'C NON_EVALUABLE', null),
  ('F19-1', '19', null, 1, false, false, 'F19-2', false, 'E 11', 'E 10', null),
  ('F19-2', '19', null, 2, false, false, null, false, 'E 24', 'E 34', 'Cumul des sessions 2021 (5), 2022 (8) et 2023 (11).'),
  ('F19-3', '19', null, 3, false, false, null, false, 'E 11', 'E 20', null),
  ('F20-1', '20', null, 1, false, false, null, false, 'C NC', 'E 70', null),
  ('F20-2', '20', null, 2, false, false, null, false, 'C NC', 'E 100', null),
  ('F20-3', '20', null, 3, false, false, null, false, 'C NC', 'E 60', null),
  ('F20-4', '20', null, 4, false, false, null, false, 'C NC', 'E 45', null),
  ('F20-5', '20', null, 5, false, false, null, false, 'C NC', 'E 500', null),
  ('F21-1', '21', null, 1, false, false, null, false, 'C NON_COMPARABLE', 'E 400', null),
  ('F21-2', '21', null, 2, false, false, null, false, 'C NON_COMPARABLE', 'E 600', null),
  ('F21-3', '21', null, 3, false, false, null, false, 'E 1', 'E 2', null),
  ('F22-1', '22', null, 1, false, false, null, false, 'C ACTION_NOUVELLE', 'E 70 | BRSA sur Poitiers (en entrées et sorties permanentes)', null),
  ('F22-2', '22', null, 2, false, false, null, false, 'C ACTION_NOUVELLE', 'E 70', null),
  ('F22-3', '22', null, 3, false, false, null, false, 'C ACTION_NOUVELLE', 'E 70', null),
  ('F23-1', '23', null, 1, false, false, null, false, 'C ACTION_NOUVELLE', 'C NON_DETERMINE', null),
  ('F23-2', '23', null, 2, false, false, null, false, 'C ACTION_NOUVELLE', 'C NON_DETERMINE', null),
  ('F23-3', '23', null, 3, false, false, null, false, 'C ACTION_NOUVELLE', 'C NON_DETERMINE', null),
  ('F23-4', '23', null, 4, false, false, null, false, 'C ACTION_NOUVELLE', 'C NON_DETERMINE', null),
  ('F23-5', '23', null, 5, false, false, null, false, 'C ACTION_NOUVELLE', 'C NON_DETERMINE', null);

-- Catalogue rows. National ones belong to no convention; local ones to the Vienne convention.
insert into indicateur (code, libelle, aliases, portee, type_valeur, unite, sens, nature_mesure, numerateur, denominateur,
  source, code_national, thematique, champ_code, convention_id)
select d.code, d.libelle, d.aliases, d.portee, d.type_valeur, d.unite, d.sens, d.nature_mesure, d.numerateur, d.denominateur,
  case when d.portee = 'NATIONAL' then 'Annexe 4 — tableau des indicateurs nationaux des contrats locaux des solidarités'
       when d.champ = 'FT' then 'Fiche-action (annexe 5), 000b §5.1' else 'Fiche-action (annexe 3), 000a §5.3' end,
  case when d.portee = 'NATIONAL' then d.code end, d.thematique, d.champ,
  case when d.portee = 'LOCAL' then c.id end
from demo_indicateur d
join convention c on c.numero_interne = '2024-C-DGAS-DAS-0001';

-- One link per (indicator, fiche, territoire).
insert into indicateur_fiche (convention_id, indicateur_id, fiche_id, axe_id, territoire, fiche_imprimee, ordre,
  publie_annexe_1, publie_annexe_4, publie_fiche, commentaire, exemption, somme_des_parties)
select c.id, i.id, f.id, a.id, l.territoire, l.imprime, l.ordre, l.a1, l.a4, l.fiche is not null, l.commentaire,
  case when l.fiche is null and l.code <> 'SOL-N09' then 'non concerné' end, l.partition
from demo_lien l
join convention c on c.numero_interne = '2024-C-DGAS-DAS-0001'
join indicateur i on i.code = l.code and (i.convention_id = c.id or i.portee = 'NATIONAL')
left join fiche_action f on f.convention_id = c.id and f.numero = l.fiche
left join champ ch on ch.convention_id = c.id and ch.code = 'SOL'
left join axe a on a.champ_id = ch.id and a.numero = l.axe;

-- "dont" sub-indicators: the parent is the link of the same fiche whose indicator has the parent code.
update indicateur_fiche enfant
set parent_id = parent.id
from demo_lien l
join convention c on c.numero_interne = '2024-C-DGAS-DAS-0001'
join indicateur ie on ie.code = l.code and ie.convention_id = c.id
join indicateur ip on ip.code = l.parent and ip.convention_id = c.id
join fiche_action f on f.convention_id = c.id and f.numero = l.fiche
join indicateur_fiche parent on parent.indicateur_id = ip.id and parent.fiche_id = f.id
where l.parent is not null and enfant.indicateur_id = ie.id and enfant.fiche_id = f.id;

-- Values: T0 (annee of the baseline, 31/12/2023) then cibles per year.
insert into valeur_indicateur (indicateur_fiche_id, annee, nature, type_valeur, nombre, code, texte, qualificatif, renvoi,
  date_reference, statut, saisi_par)
select lf.id, x.annee, x.nature,
  case left(x.tok, 1) when 'E' then 'ENTIER' when 'D' then 'DECIMAL' when 'P' then 'POURCENTAGE'
                      when 'M' then 'MONTANT' when 'H' then 'DUREE_HEURES' end,
  case when left(x.tok, 1) in ('E', 'D', 'P', 'M', 'H')
       then rtrim(split_part(substr(x.tok, 3), ' | ', 1), '*')::numeric end,
  case when left(x.tok, 1) = 'C' then substr(x.tok, 3) end,
  case when left(x.tok, 1) = 'T' then substr(x.tok, 3) end,
  case when left(x.tok, 1) in ('E', 'D', 'P', 'M', 'H') then nullif(split_part(substr(x.tok, 3), ' | ', 2), '') end,
  case when left(x.tok, 1) in ('E', 'D', 'P', 'M', 'H') and split_part(substr(x.tok, 3), ' | ', 1) like '%*' then '*' end,
  case when x.nature = 'T0' then date '2023-12-31' end,
  'SAISIE', 'reprise des annexes signées'
from demo_lien l
join convention c on c.numero_interne = '2024-C-DGAS-DAS-0001'
join indicateur i on i.code = l.code and (i.convention_id = c.id or i.portee = 'NATIONAL')
join fiche_action f on f.convention_id = c.id and f.numero = l.fiche
join indicateur_fiche lf on lf.indicateur_id = i.id and lf.fiche_id = f.id
  and coalesce(lf.territoire, '') = coalesce(l.territoire, '')
cross join lateral (values (2023, 'T0', l.t0), (2024, 'CIBLE', l.c2024), (2025, 'CIBLE', l.c2025),
                           (2026, 'CIBLE', l.c2026), (2027, 'CIBLE', l.c2027)) as x(annee, nature, tok)
where x.tok is not null;

-- Comments printed next to a value in the fiche.
update valeur_indicateur v set commentaire = x.commentaire
from (values
  ('F7-1', '7', '23 langues différentes'),
  ('F8-3', '8', '+ 23 des années précédentes')
) as x(code, fiche, commentaire)
join convention c on c.numero_interne = '2024-C-DGAS-DAS-0001'
join indicateur i on i.code = x.code and i.convention_id = c.id
join fiche_action f on f.convention_id = c.id and f.numero = x.fiche
join indicateur_fiche lf on lf.indicateur_id = i.id and lf.fiche_id = f.id
where v.indicateur_fiche_id = lf.id and v.nature = 'T0';

-- FA15 2023: the rate of orientation within 15 days is computed, never typed (R-IND-5, FX-20: 1 094 / 2 640).
update valeur_indicateur v set numerateur = 1094, denominateur = 2640
from convention c
join indicateur i on i.code = 'F15-3' and i.convention_id = c.id
join fiche_action f on f.convention_id = c.id and f.numero = '15'
join indicateur_fiche lf on lf.indicateur_id = i.id and lf.fiche_id = f.id
where c.numero_interne = '2024-C-DGAS-DAS-0001' and v.indicateur_fiche_id = lf.id and v.nature = 'T0';

-- Figures printed in two places (FX-17). Fiche 6 "professionnels formés" T0 259 in the fiche, 320 in annexe 4;
-- fiche 10 "visites à domicile" T0 390 in the fiche, 360 in annexe 4 (000a §5.4 items 3 and 5).
insert into valeur_declaree (indicateur_fiche_id, annexe, annee, nature, texte, type_valeur, nombre, source)
select lf.id, x.annexe, x.annee, x.nature, x.texte, 'ENTIER', x.nombre, x.source
from (values
  ('SOL-N07', '6', 'FICHE', 2023, 'T0', '259', 259, '000a L941, fiche 6 « Objectifs et progression »'),
  ('SOL-N07', '6', 'ANNEXE_4', 2023, 'T0', '320', 320, '000a L1513, annexe 4'),
  ('SOL-N07', '6', 'FICHE', 2024, 'CIBLE', '320', 320, '000a L941, fiche 6 « Objectifs et progression »'),
  ('SOL-N07', '6', 'ANNEXE_4', 2024, 'CIBLE', '320', 320, '000a L1513, annexe 4'),
  ('SOL-N12', '10', 'FICHE', 2023, 'T0', '390', 390, '000a L1182, fiche 10 « Objectifs et progression »'),
  ('SOL-N12', '10', 'ANNEXE_4', 2023, 'T0', '360', 360, '000a L1518, annexe 4'),
  ('SOL-N12', '10', 'FICHE', 2024, 'CIBLE', '411', 411, '000a L1182, fiche 10 « Objectifs et progression »'),
  ('SOL-N12', '10', 'ANNEXE_4', 2024, 'CIBLE', '411', 411, '000a L1518, annexe 4')
) as x(code, fiche, annexe, annee, nature, texte, nombre, source)
join convention c on c.numero_interne = '2024-C-DGAS-DAS-0001'
join indicateur i on i.code = x.code and i.portee = 'NATIONAL'
join fiche_action f on f.convention_id = c.id and f.numero = x.fiche
join indicateur_fiche lf on lf.indicateur_id = i.id and lf.fiche_id = f.id;

-- Fiche 1's six indicators are printed identically in the fiche (L537-L543) and in annexe 1 (L338-L343): no finding.
insert into valeur_declaree (indicateur_fiche_id, annexe, annee, nature, texte, type_valeur, nombre, source)
select v.indicateur_fiche_id, a.annexe, v.annee, v.nature,
  case v.type_valeur when 'POURCENTAGE' then trim_scale(v.nombre)::text || ' %' else trim_scale(v.nombre)::text end,
  v.type_valeur, v.nombre, a.source
from valeur_indicateur v
join indicateur_fiche lf on lf.id = v.indicateur_fiche_id
join fiche_action f on f.id = lf.fiche_id and f.numero = '1'
join convention c on c.id = f.convention_id and c.numero_interne = '2024-C-DGAS-DAS-0001'
cross join (values ('FICHE', '000a L537-L543, fiche 1 « Objectifs et progression »'),
                   ('ANNEXE_1', '000a L338-L343, annexe 1')) as a(annexe, source);

-- A few 2024 results, clearly marked as demonstration entries (the sources give no execution figures).
insert into valeur_indicateur (indicateur_fiche_id, annee, nature, type_valeur, nombre, commentaire, statut, demo, saisi_par)
select lf.id, 2024, 'RESULTAT', x.type_valeur, x.nombre, 'Valeur de démonstration', 'SAISIE', true, 'démonstration'
from (values
  ('F1-1', '1', 'ENTIER', 58), ('F1-2', '1', 'ENTIER', 47), ('F1-3', '1', 'POURCENTAGE', 27),
  ('F5-1', '5', 'ENTIER', 1), ('F7-1', '7', 'DUREE_HEURES', 212), ('F10-1', '10', 'ENTIER', 38),
  ('F11-1', '11', 'ENTIER', 462)
) as x(code, fiche, type_valeur, nombre)
join convention c on c.numero_interne = '2024-C-DGAS-DAS-0001'
join indicateur i on i.code = x.code and i.convention_id = c.id
join fiche_action f on f.convention_id = c.id and f.numero = x.fiche
join indicateur_fiche lf on lf.indicateur_id = i.id and lf.fiche_id = f.id;

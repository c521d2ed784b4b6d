-- Reference data (issue 12 item 1): the 18 régions and 101 Départements with their INSEE codes and names (Code
-- officiel géographique). The demo migrations already insert région 75, Départements 86 and 79 and the fictional
-- 'DEMO' / '99': rows are inserted when missing and names corrected when they differ, so that this runs both on a
-- fresh database and on a demo one. The fictional territories of the demo are left alone.
create temporary table referentiel_region (code varchar(10) primary key, nom varchar(200) not null);
insert into referentiel_region (code, nom) values
  ('01', 'Guadeloupe'), ('02', 'Martinique'), ('03', 'Guyane'), ('04', 'La Réunion'), ('06', 'Mayotte'),
  ('11', 'Île-de-France'), ('24', 'Centre-Val de Loire'), ('27', 'Bourgogne-Franche-Comté'), ('28', 'Normandie'),
  ('32', 'Hauts-de-France'), ('44', 'Grand Est'), ('52', 'Pays de la Loire'), ('53', 'Bretagne'),
  ('75', 'Nouvelle-Aquitaine'), ('76', 'Occitanie'), ('84', 'Auvergne-Rhône-Alpes'),
  ('93', 'Provence-Alpes-Côte d''Azur'), ('94', 'Corse');

insert into region (code, nom) select code, nom from referentiel_region on conflict (code) do nothing;
update region r set nom = x.nom from referentiel_region x where x.code = r.code and r.nom <> x.nom;

-- "de" carries the French article used to name the Département's institutions ("Préfecture de la Vienne").
create temporary table referentiel_departement (
    code varchar(10) primary key, nom varchar(200) not null, region varchar(10) not null, de varchar(60) not null
);
insert into referentiel_departement (code, nom, region, de) values
  ('01', 'Ain', '84', 'de l''Ain'),
  ('02', 'Aisne', '32', 'de l''Aisne'),
  ('03', 'Allier', '84', 'de l''Allier'),
  ('04', 'Alpes-de-Haute-Provence', '93', 'des Alpes-de-Haute-Provence'),
  ('05', 'Hautes-Alpes', '93', 'des Hautes-Alpes'),
  ('06', 'Alpes-Maritimes', '93', 'des Alpes-Maritimes'),
  ('07', 'Ardèche', '84', 'de l''Ardèche'),
  ('08', 'Ardennes', '44', 'des Ardennes'),
  ('09', 'Ariège', '76', 'de l''Ariège'),
  ('10', 'Aube', '44', 'de l''Aube'),
  ('11', 'Aude', '76', 'de l''Aude'),
  ('12', 'Aveyron', '76', 'de l''Aveyron'),
  ('13', 'Bouches-du-Rhône', '93', 'des Bouches-du-Rhône'),
  ('14', 'Calvados', '28', 'du Calvados'),
  ('15', 'Cantal', '84', 'du Cantal'),
  ('16', 'Charente', '75', 'de la Charente'),
  ('17', 'Charente-Maritime', '75', 'de la Charente-Maritime'),
  ('18', 'Cher', '24', 'du Cher'),
  ('19', 'Corrèze', '75', 'de la Corrèze'),
  ('2A', 'Corse-du-Sud', '94', 'de la Corse-du-Sud'),
  ('2B', 'Haute-Corse', '94', 'de la Haute-Corse'),
  ('21', 'Côte-d''Or', '27', 'de la Côte-d''Or'),
  ('22', 'Côtes-d''Armor', '53', 'des Côtes-d''Armor'),
  ('23', 'Creuse', '75', 'de la Creuse'),
  ('24', 'Dordogne', '75', 'de la Dordogne'),
  ('25', 'Doubs', '27', 'du Doubs'),
  ('26', 'Drôme', '84', 'de la Drôme'),
  ('27', 'Eure', '28', 'de l''Eure'),
  ('28', 'Eure-et-Loir', '24', 'd''Eure-et-Loir'),
  ('29', 'Finistère', '53', 'du Finistère'),
  ('30', 'Gard', '76', 'du Gard'),
  ('31', 'Haute-Garonne', '76', 'de la Haute-Garonne'),
  ('32', 'Gers', '76', 'du Gers'),
  ('33', 'Gironde', '75', 'de la Gironde'),
  ('34', 'Hérault', '76', 'de l''Hérault'),
  ('35', 'Ille-et-Vilaine', '53', 'd''Ille-et-Vilaine'),
  ('36', 'Indre', '24', 'de l''Indre'),
  ('37', 'Indre-et-Loire', '24', 'd''Indre-et-Loire'),
  ('38', 'Isère', '84', 'de l''Isère'),
  ('39', 'Jura', '27', 'du Jura'),
  ('40', 'Landes', '75', 'des Landes'),
  ('41', 'Loir-et-Cher', '24', 'de Loir-et-Cher'),
  ('42', 'Loire', '84', 'de la Loire'),
  ('43', 'Haute-Loire', '84', 'de la Haute-Loire'),
  ('44', 'Loire-Atlantique', '52', 'de la Loire-Atlantique'),
  ('45', 'Loiret', '24', 'du Loiret'),
  ('46', 'Lot', '76', 'du Lot'),
  ('47', 'Lot-et-Garonne', '75', 'de Lot-et-Garonne'),
  ('48', 'Lozère', '76', 'de la Lozère'),
  ('49', 'Maine-et-Loire', '52', 'de Maine-et-Loire'),
  ('50', 'Manche', '28', 'de la Manche'),
  ('51', 'Marne', '44', 'de la Marne'),
  ('52', 'Haute-Marne', '44', 'de la Haute-Marne'),
  ('53', 'Mayenne', '52', 'de la Mayenne'),
  ('54', 'Meurthe-et-Moselle', '44', 'de Meurthe-et-Moselle'),
  ('55', 'Meuse', '44', 'de la Meuse'),
  ('56', 'Morbihan', '53', 'du Morbihan'),
  ('57', 'Moselle', '44', 'de la Moselle'),
  ('58', 'Nièvre', '27', 'de la Nièvre'),
  ('59', 'Nord', '32', 'du Nord'),
  ('60', 'Oise', '32', 'de l''Oise'),
  ('61', 'Orne', '28', 'de l''Orne'),
  ('62', 'Pas-de-Calais', '32', 'du Pas-de-Calais'),
  ('63', 'Puy-de-Dôme', '84', 'du Puy-de-Dôme'),
  ('64', 'Pyrénées-Atlantiques', '75', 'des Pyrénées-Atlantiques'),
  ('65', 'Hautes-Pyrénées', '76', 'des Hautes-Pyrénées'),
  ('66', 'Pyrénées-Orientales', '76', 'des Pyrénées-Orientales'),
  ('67', 'Bas-Rhin', '44', 'du Bas-Rhin'),
  ('68', 'Haut-Rhin', '44', 'du Haut-Rhin'),
  ('69', 'Rhône', '84', 'du Rhône'),
  ('70', 'Haute-Saône', '27', 'de la Haute-Saône'),
  ('71', 'Saône-et-Loire', '27', 'de Saône-et-Loire'),
  ('72', 'Sarthe', '52', 'de la Sarthe'),
  ('73', 'Savoie', '84', 'de la Savoie'),
  ('74', 'Haute-Savoie', '84', 'de la Haute-Savoie'),
  ('75', 'Paris', '11', 'de Paris'),
  ('76', 'Seine-Maritime', '28', 'de la Seine-Maritime'),
  ('77', 'Seine-et-Marne', '11', 'de Seine-et-Marne'),
  ('78', 'Yvelines', '11', 'des Yvelines'),
  ('79', 'Deux-Sèvres', '75', 'des Deux-Sèvres'),
  ('80', 'Somme', '32', 'de la Somme'),
  ('81', 'Tarn', '76', 'du Tarn'),
  ('82', 'Tarn-et-Garonne', '76', 'de Tarn-et-Garonne'),
  ('83', 'Var', '93', 'du Var'),
  ('84', 'Vaucluse', '93', 'de Vaucluse'),
  ('85', 'Vendée', '52', 'de la Vendée'),
  ('86', 'Vienne', '75', 'de la Vienne'),
  ('87', 'Haute-Vienne', '75', 'de la Haute-Vienne'),
  ('88', 'Vosges', '44', 'des Vosges'),
  ('89', 'Yonne', '27', 'de l''Yonne'),
  ('90', 'Territoire de Belfort', '27', 'du Territoire de Belfort'),
  ('91', 'Essonne', '11', 'de l''Essonne'),
  ('92', 'Hauts-de-Seine', '11', 'des Hauts-de-Seine'),
  ('93', 'Seine-Saint-Denis', '11', 'de la Seine-Saint-Denis'),
  ('94', 'Val-de-Marne', '11', 'du Val-de-Marne'),
  ('95', 'Val-d''Oise', '11', 'du Val-d''Oise'),
  ('971', 'Guadeloupe', '01', 'de la Guadeloupe'),
  ('972', 'Martinique', '02', 'de la Martinique'),
  ('973', 'Guyane', '03', 'de la Guyane'),
  ('974', 'La Réunion', '04', 'de La Réunion'),
  ('976', 'Mayotte', '06', 'de Mayotte');

insert into departement (code, nom, siret, region_id)
select x.code, x.nom, null, r.id from referentiel_departement x join region r on r.code = x.region
on conflict (code) do nothing;
update departement d set nom = x.nom from referentiel_departement x where x.code = d.code and d.nom <> x.nom;

-- The organisations of reference: each Département as a collectivité, its préfecture, and the préfecture of each
-- région. Where the collectivité that holds the Département's powers is not a "Département" (Paris, Corse, Alsace,
-- Martinique, Guyane), it carries its own name; the territory in brackets keeps one row per Département.
insert into organisation (type, nom, departement_id)
select 'DEPARTEMENT', case x.code
        when '75' then 'Ville de Paris'
        when '2A' then 'Collectivité de Corse (Corse-du-Sud)'
        when '2B' then 'Collectivité de Corse (Haute-Corse)'
        when '67' then 'Collectivité européenne d''Alsace (Bas-Rhin)'
        when '68' then 'Collectivité européenne d''Alsace (Haut-Rhin)'
        when '972' then 'Collectivité territoriale de Martinique'
        when '973' then 'Collectivité territoriale de Guyane'
        else 'Département ' || x.de end, d.id
from referentiel_departement x join departement d on d.code = x.code
union all
select 'PREFECTURE_DEPARTEMENT', 'Préfecture ' || x.de, d.id
from referentiel_departement x join departement d on d.code = x.code
on conflict do nothing;

insert into organisation (type, nom, region_id)
select 'PREFECTURE_REGION', case x.code when '94' then 'Préfecture de Corse' else 'Préfecture de la région ' || x.nom end, r.id
from referentiel_region x join region r on r.code = x.code
on conflict do nothing;

drop table referentiel_departement;
drop table referentiel_region;

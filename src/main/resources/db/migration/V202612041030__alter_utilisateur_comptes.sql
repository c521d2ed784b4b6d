-- Account administration (issue 12 item 2, R-SEC-6): a first password set by an administrator must be changed at
-- the first sign-in; the administrator sees the last sign-in of each account.
alter table utilisateur add column mot_de_passe_provisoire boolean not null default false;
alter table utilisateur add column derniere_connexion timestamp with time zone;
alter table utilisateur add column cree_le timestamp with time zone;

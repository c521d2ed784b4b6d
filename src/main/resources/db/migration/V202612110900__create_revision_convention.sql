-- Issue 12, point 5: a revision number per convention, raised once by every transaction that changes anything a page
-- of that convention shows. The immutable snapshot of a convention and what is computed from it (tableau financier,
-- controls, indicators) are cached in memory under (convention, revision, version): a new revision makes them unused.
-- Kept by the database, not by the application, so that no write path (a use case, a migration, a SQL fix) can forget
-- it. The triggers are deferred to the commit: the revision row is locked last and only for the commit, so writers
-- of one convention never deadlock on it.
create table revision_convention (
    convention_id bigint primary key,
    revision      bigint not null
);

create function pacte_noter_revision() returns trigger language plpgsql as $$
declare
    ligne jsonb := to_jsonb(case when tg_op = 'DELETE' then old else new end);
    cible bigint;
begin
    cible := case tg_argv[0]
        when 'id' then (ligne ->> 'id')::bigint
        when 'convention' then (ligne ->> 'convention_id')::bigint
        when 'champ' then (select convention_id from champ where id = (ligne ->> 'champ_id')::bigint)
        when 'fiche' then (select convention_id from fiche_action where id = (ligne ->> 'fiche_id')::bigint)
        when 'avenant' then (select convention_id from avenant where id = (ligne ->> 'avenant_id')::bigint)
        when 'rapport' then (select convention_id from rapport_execution where id = (ligne ->> 'rapport_id')::bigint)
        when 'revue' then (select convention_id from revue_fiche where id = (ligne ->> 'revue_id')::bigint)
        when 'revue_ligne' then (select r.convention_id from revue_ligne l join revue_fiche r on r.id = l.revue_id
                                 where l.id = (ligne ->> 'ligne_id')::bigint)
        when 'indicateur_fiche' then (select convention_id from indicateur_fiche
                                      where id = (ligne ->> 'indicateur_fiche_id')::bigint)
    end;
    -- once per transaction and convention: the flag is local to the transaction
    if cible is not null and coalesce(current_setting('pacte.revision_' || cible, true), '') = '' then
        perform set_config('pacte.revision_' || cible, '1', true);
        insert into revision_convention (convention_id, revision) values (cible, 1)
        on conflict (convention_id) do update set revision = revision_convention.revision + 1;
    end if;
    return null;
end $$;

do $$
declare
    t record;
begin
    for t in select * from (values
            ('convention', 'id'), ('convention_version', 'convention'), ('partie', 'convention'),
            ('deliberation', 'convention'), ('champ', 'convention'), ('fiche_action', 'convention'),
            ('montant_conventionnel', 'convention'), ('ligne_financement', 'convention'),
            ('report_credits', 'convention'), ('chiffre_declare', 'convention'), ('indicateur', 'convention'),
            ('indicateur_fiche', 'convention'), ('avenant', 'convention'), ('revue_fiche', 'convention'),
            ('ligne_execution', 'convention'), ('justification_execution', 'convention'),
            ('imputation_departement', 'convention'), ('imputation_etat', 'convention'),
            ('engagement_juridique', 'convention'), ('compte_bancaire', 'convention'),
            ('condition_versement_remplie', 'convention'), ('versement', 'convention'),
            ('rapport_execution', 'convention'),
            ('axe', 'champ'), ('regle_versement', 'champ'), ('avenant_complement', 'avenant'),
            ('allocation_axe', 'fiche'), ('fiche_action_contenu', 'fiche'), ('avenant_historique', 'avenant'),
            ('rapport_fichier', 'rapport'), ('rapport_recit', 'rapport'),
            ('revue_ligne', 'revue'), ('revue_fiche_historique', 'revue'), ('revue_commentaire', 'revue_ligne'),
            ('valeur_indicateur', 'indicateur_fiche'), ('valeur_declaree', 'indicateur_fiche')
        ) as liens(nom, lien)
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I '
                       'deferrable initially deferred for each row execute function pacte_noter_revision(%L)',
                       'revision_' || t.nom, t.nom, t.lien);
    end loop;
end $$;

-- Personal API tokens (issue 12 item 6): only the SHA-256 of the token is kept; a token acts with the role and
-- périmètre of its user, until it expires or is revoked.
create table jeton_api (
    id                    bigserial primary key,
    utilisateur_id        bigint       not null references utilisateur(id),
    libelle               varchar(100) not null,
    empreinte             varchar(64)  not null unique,
    debut                 varchar(12)  not null,
    cree_le               timestamp with time zone not null,
    expire_le             timestamp with time zone not null,
    revoque_le            timestamp with time zone,
    derniere_utilisation  timestamp with time zone
);
create index idx_jeton_api_utilisateur on jeton_api(utilisateur_id);

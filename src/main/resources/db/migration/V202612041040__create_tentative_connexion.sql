-- Login throttling (R-SEC-11, issue 13 item 4), shared by every instance of the app: failures are counted per
-- (account, client address) and per client address (login = ''), so that a stranger slows himself down without
-- locking the owner out from another address.
create table tentative_connexion (
    login           varchar(100) not null,
    adresse         varchar(64)  not null,
    echecs          integer      not null,
    dernier_echec   timestamp with time zone not null,
    bloque_jusqu_a  timestamp with time zone,
    primary key (login, adresse)
);
create index idx_tentative_connexion_adresse on tentative_connexion(adresse);

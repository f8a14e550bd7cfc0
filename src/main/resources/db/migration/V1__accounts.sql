-- Accounts: everyone who logs in. Roles decide what a person may see (see docs/glossary.md).
create table gebruiker (
    id               bigint generated always as identity primary key,
    gebruikersnaam   varchar(60)  not null,
    wachtwoord_hash  varchar(255) not null,
    rol              varchar(20)  not null,
    weergavenaam     varchar(120) not null,
    email            varchar(200),
    actief           boolean      not null default true,
    aangemaakt_op    timestamptz  not null default now(),
    version          bigint       not null default 0,
    constraint ck_gebruiker_rol check (rol in ('WIJKWERKER', 'WIJKTEAMMANAGER', 'GEMEENTE', 'BEHEERDER', 'PRIVACY')),
    constraint ck_gebruiker_gebruikersnaam check (gebruikersnaam ~ '^[a-z0-9._-]{3,60}$')
);
create unique index ux_gebruiker_gebruikersnaam on gebruiker (gebruikersnaam);

-- Failed logins per account and per IP address, for throttling. Keys are 'account:<name>' or 'ip:<address>'.
create table inlog_mislukt (
    sleutel            varchar(300) primary key,
    aantal             integer      not null check (aantal > 0),
    laatste_poging     timestamptz  not null
);

-- Residents (inwoners) and their cases (casussen). One resident, one dossier, across all convenantpartners.
create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- unaccent() is only STABLE; an index needs an IMMUTABLE function with a fixed dictionary.
create function wd_zoeknaam(voornaam text, achternaam text) returns text
    language sql immutable parallel safe
    return lower(public.unaccent('public.unaccent'::regdictionary, coalesce(voornaam, '') || ' ' || coalesce(achternaam, '')));

create table inwoner (
    id                     bigint generated always as identity primary key,
    bsn                    char(9),
    voornaam               varchar(80)  not null,
    achternaam             varchar(120) not null,
    geboortedatum          date         not null,
    postcode               varchar(7)   not null,
    huisnummer             integer      not null,
    huisnummer_toevoeging  varchar(10),
    straat                 varchar(120),
    woonplaats             varchar(80),
    telefoon               varchar(20),
    huisarts               varchar(160),
    waarschuwing           varchar(300),
    aangemaakt_op          timestamptz  not null,
    version                bigint       not null default 0,
    constraint ck_inwoner_bsn check (bsn ~ '^[0-9]{9}$'),
    constraint ck_inwoner_postcode check (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
    constraint ck_inwoner_huisnummer check (huisnummer between 1 and 99999)
);
create unique index ux_inwoner_bsn on inwoner (bsn) where bsn is not null;
create index ix_inwoner_zoeknaam on inwoner using gin (wd_zoeknaam(voornaam, achternaam) gin_trgm_ops);
create index ix_inwoner_adres on inwoner (postcode, huisnummer);
create index ix_inwoner_geboortedatum on inwoner (geboortedatum);

create table casus (
    id                              bigint generated always as identity primary key,
    inwoner_id                      bigint       not null references inwoner (id),
    team_id                         bigint       not null references wijkteam (id),
    status                          varchar(20)  not null,
    urgentie                        varchar(10)  not null,
    kanaal                          varchar(20)  not null,
    aanmelder                       varchar(200),
    hulpvraag                       text         not null,
    domeinen                        varchar(40)[] not null default '{}',
    wmo_melding                     boolean      not null,
    gemeld_op                       date         not null,
    aangemeld_op                    timestamptz  not null,
    regievoerder_id                 bigint       references medewerker (id),
    eerste_contact_op               date,
    afgesloten_op                   date,
    afsluitreden                    varchar(30),
    spoed_uitgesteld_reden          varchar(300),
    ontvangst_bevestigd_op          date,
    clientondersteuning_aangeboden  boolean,
    aanvraag_op                     date,
    opgeschort_van                  date,
    opgeschort_tot                  date,
    opschorting_reden               varchar(300),
    onderzoek_afgerond_op           date,
    beschikking_op                  date,
    version                         bigint       not null default 0,
    constraint ck_casus_status check (status in ('AANGEMELD', 'WACHTLIJST', 'IN_BEHANDELING', 'AFGESLOTEN')),
    constraint ck_casus_urgentie check (urgentie in ('SPOED', 'HOOG', 'NORMAAL')),
    constraint ck_casus_kanaal check (kanaal in ('TELEFOON', 'INLOOPSPREEKUUR', 'HUISARTS', 'KETENPARTNER', 'ONLINE', 'EIGEN_SIGNAAL')),
    constraint ck_casus_afsluitreden check (afsluitreden in ('DOEL_BEREIKT', 'VERHUISD', 'OVERLEDEN', 'DOORVERWEZEN', 'GEEN_HULP_MEER_GEWENST', 'ANDERS')),
    constraint ck_casus_in_behandeling check (status <> 'IN_BEHANDELING' or regievoerder_id is not null),
    constraint ck_casus_afgesloten check ((status = 'AFGESLOTEN') = (afsluitreden is not null and afgesloten_op is not null)),
    constraint ck_casus_opschorting check (opgeschort_tot is null or (opgeschort_van is not null and opgeschort_tot >= opgeschort_van))
);
create index ix_casus_team_status on casus (team_id, status);
create index ix_casus_regievoerder on casus (regievoerder_id, status) where regievoerder_id is not null;
create index ix_casus_inwoner on casus (inwoner_id);
create index ix_casus_wachtend on casus (team_id, urgentie, gemeld_op) where status in ('AANGEMELD', 'WACHTLIJST');

-- The timeline of a case: everything that happened, in order. Never changed afterwards.
create table casus_gebeurtenis (
    id                bigint generated always as identity primary key,
    casus_id          bigint       not null references casus (id),
    op                timestamptz  not null,
    door_gebruiker_id bigint       not null references gebruiker (id),
    soort             varchar(40)  not null,
    detail            varchar(2000)
);
create index ix_casus_gebeurtenis_casus on casus_gebeurtenis (casus_id, op);

-- Spreekuren: walk-in (inloop) and administrative consultation hours per team, the sessions generated from their
-- schedule, who is on duty, and the register of visits (anonymous unless linked to a known resident).
create table spreekuur (
    id               bigint generated always as identity primary key,
    team_id          bigint       not null references wijkteam (id),
    soort            varchar(20)  not null,
    locatie_naam     varchar(160) not null,
    locatie_adres    varchar(200) not null,
    weekdag          smallint     not null,
    begintijd        time         not null,
    eindtijd         time         not null,
    elke_weken       smallint     not null default 1,
    geldig_van       date         not null,
    geldig_tot       date,
    partner_id       bigint       references convenantpartner (id),
    actief           boolean      not null default true,
    version          bigint       not null default 0,
    constraint ck_spreekuur_soort check (soort in ('INLOOP', 'ADMINISTRATIEF')),
    constraint ck_spreekuur_weekdag check (weekdag between 1 and 7),
    constraint ck_spreekuur_tijden check (eindtijd > begintijd),
    constraint ck_spreekuur_elke_weken check (elke_weken between 1 and 4),
    constraint ck_spreekuur_geldig check (geldig_tot is null or geldig_tot >= geldig_van)
);
create index ix_spreekuur_team on spreekuur (team_id);

-- Exceptions to the schedule: a session that does not take place (one spreekuur, all of a team, or the whole city on
-- a public holiday) or an extra one-off session of a spreekuur.
create table spreekuur_uitzondering (
    id               bigint generated always as identity primary key,
    soort            varchar(10)  not null,
    spreekuur_id     bigint       references spreekuur (id),
    team_id          bigint       references wijkteam (id),
    datum            date         not null,
    begintijd        time,
    eindtijd         time,
    reden            varchar(300) not null,
    constraint ck_uitzondering_soort check (soort in ('VERVALT', 'EXTRA')),
    constraint ck_uitzondering_extra check (soort <> 'EXTRA' or (spreekuur_id is not null and begintijd is not null
        and eindtijd is not null and eindtijd > begintijd)),
    constraint ck_uitzondering_bereik check (spreekuur_id is null or team_id is null)
);
create index ix_uitzondering_datum on spreekuur_uitzondering (datum);

-- A session: one occurrence of a spreekuur, generated from its schedule and exceptions.
create table spreekuur_sessie (
    id              bigint generated always as identity primary key,
    spreekuur_id    bigint       not null references spreekuur (id),
    datum           date         not null,
    begintijd       time         not null,
    eindtijd        time         not null,
    begint_op       timestamptz  not null,
    eindigt_op      timestamptz  not null,
    extra           boolean      not null default false,
    vervalt_reden   varchar(300),
    constraint ux_sessie unique (spreekuur_id, datum, begintijd)
);
create index ix_sessie_datum on spreekuur_sessie (datum, spreekuur_id);

-- Who is on duty: a medewerker of the team or cluster, or a volunteer (no login; name and organisation only).
create table spreekuur_dienst (
    id                    bigint generated always as identity primary key,
    sessie_id             bigint       not null references spreekuur_sessie (id),
    medewerker_id         bigint       references medewerker (id),
    vrijwilliger_naam     varchar(120),
    vrijwilliger_organisatie varchar(160),
    constraint ck_dienst_wie check ((medewerker_id is null) <> (vrijwilliger_naam is null))
);
create unique index ux_dienst_medewerker on spreekuur_dienst (sessie_id, medewerker_id) where medewerker_id is not null;
create index ix_dienst_sessie on spreekuur_dienst (sessie_id);

-- The register: one line per visit. Anonymous unless linked to a known resident.
create table spreekuur_bezoek (
    id                  bigint generated always as identity primary key,
    sessie_id           bigint        not null references spreekuur_sessie (id),
    volgnummer          integer       not null,
    onderwerp           varchar(30)   not null,
    resultaat           varchar(20)   not null,
    duur_minuten        smallint      not null,
    notitie             varchar(500),
    inwoner_id          bigint        references inwoner (id),
    casus_id            bigint        references casus (id),
    voorziening_id      bigint        references voorziening (id),
    geregistreerd_door  bigint        not null references gebruiker (id),
    geregistreerd_op    timestamptz   not null,
    ingetrokken_op      timestamptz,
    correctie_reden     varchar(300),
    version             bigint        not null default 0,
    constraint ck_bezoek_onderwerp check (onderwerp in ('FORMULIEREN_BRIEVEN', 'TOESLAGEN_BELASTING',
        'SCHULDEN_GELDZAKEN', 'WONEN', 'ZORG_ONDERSTEUNING', 'WERK_INKOMEN', 'EENZAAMHEID_CONTACT', 'OVERIG')),
    constraint ck_bezoek_resultaat check (resultaat in ('AFGEHANDELD', 'VERVOLGAFSPRAAK', 'DOORVERWEZEN', 'AANMELDING')),
    constraint ck_bezoek_duur check (duur_minuten between 1 and 240),
    constraint ck_bezoek_doorverwezen check (resultaat <> 'DOORVERWEZEN' or voorziening_id is not null),
    constraint ux_bezoek_volgnummer unique (sessie_id, volgnummer)
);
create index ix_bezoek_sessie on spreekuur_bezoek (sessie_id);
create index ix_bezoek_inwoner on spreekuur_bezoek (inwoner_id) where inwoner_id is not null;

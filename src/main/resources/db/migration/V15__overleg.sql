-- Casuïstiekoverleg: a team's case discussion meetings, their agenda (a case with the question for the team) and per
-- agenda item the discussion with its decision and who follows it up. Dates and start times are local
-- (Europe/Amsterdam), as the team agreed them.
create table overleg (
    id            bigint generated always as identity primary key,
    team_id       bigint        not null references wijkteam (id),
    datum         date          not null,
    begintijd     time          not null,
    locatie       varchar(200),
    gepland_door  bigint        not null references gebruiker (id),
    gepland_op    timestamptz   not null,
    version       bigint        not null default 0,
    constraint ck_overleg_locatie check (locatie is null or length(btrim(locatie)) > 0)
);
-- One meeting of a team at one moment; also the index of "the meetings of my teams, by date".
create unique index ux_overleg_team_moment on overleg (team_id, datum, begintijd);

create table overleg_agendapunt (
    id                bigint generated always as identity primary key,
    overleg_id        bigint         not null references overleg (id),
    casus_id          bigint         not null references casus (id),
    vraag             varchar(1000)  not null,
    geagendeerd_door  bigint         not null references gebruiker (id),
    geagendeerd_op    timestamptz    not null,
    positie           integer        not null,
    version           bigint         not null default 0,
    constraint ck_agendapunt_vraag check (length(btrim(vraag)) > 0),
    constraint ck_agendapunt_positie check (positie > 0)
);
-- A case is on a meeting's agenda at most once; also the index of the agenda of one meeting.
create unique index ux_agendapunt_overleg_casus on overleg_agendapunt (overleg_id, casus_id);
-- The dossier's section: this case's agenda items.
create index ix_agendapunt_casus on overleg_agendapunt (casus_id);

-- The discussion of one agenda item: recorded once (a second save is a conflict, never an overwrite).
create table overleg_bespreking (
    id               bigint generated always as identity primary key,
    agendapunt_id    bigint         not null references overleg_agendapunt (id),
    notities         varchar(4000)  not null,
    besluit          varchar(20)    not null,
    toelichting      varchar(2000),
    opvolger_id      bigint         not null references medewerker (id),
    opvolgen_voor    date,
    verwijzing_id    bigint         references verwijzing (id),
    vastgelegd_door  bigint         not null references gebruiker (id),
    vastgelegd_op    timestamptz    not null,
    version          bigint         not null default 0,
    constraint ck_bespreking_besluit check (besluit in ('DOORGAAN', 'OPSCHALEN_SST', 'DOORVERWIJZEN', 'AFSLUITEN', 'ANDERS')),
    constraint ck_bespreking_notities check (length(btrim(notities)) > 0),
    -- an escalation always comes with its referral to the Sociaal Stedelijk Team, nothing else has one
    constraint ck_bespreking_sst check ((besluit = 'OPSCHALEN_SST') = (verwijzing_id is not null)),
    constraint ck_bespreking_anders check (besluit <> 'ANDERS' or toelichting is not null)
);
create unique index ux_bespreking_agendapunt on overleg_bespreking (agendapunt_id);
-- "Opvolging uit casuïstiekoverleg" for the follow-up owner.
create index ix_bespreking_opvolger on overleg_bespreking (opvolger_id, opvolgen_voor);

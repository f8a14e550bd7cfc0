-- The keukentafelgesprek (conversation report) with its ZRM scores, agreements and signals; the meldcode checklist;
-- the sociale kaart and referrals (verwijzingen).

-- A Wmo melding records the date of its onderzoeksgesprek (the first conversation); it does not end the onderzoek term.
alter table casus add column onderzoeksgesprek_op date;

-- A timeline line may point at what it describes (a conversation, a referral).
alter table casus_gebeurtenis add column link varchar(200);

-- A draft: the form as the wijkwerker left it, unvalidated, saved every ~20 s. Becomes a gesprek on "Vastleggen".
create table gesprek_concept (
    id                   bigint generated always as identity primary key,
    casus_id             bigint       not null references casus (id),
    auteur_gebruiker_id  bigint       not null references gebruiker (id),
    inhoud               jsonb        not null,
    aangemaakt_op        timestamptz  not null,
    opgeslagen_op        timestamptz  not null,
    version              bigint       not null default 0
);
create index ix_gesprek_concept_auteur on gesprek_concept (auteur_gebruiker_id, opgeslagen_op);
create index ix_gesprek_concept_casus on gesprek_concept (casus_id);

-- A finalised conversation. Never edited in place: a correction is a gesprek_correctie row.
create table gesprek (
    id                          bigint generated always as identity primary key,
    casus_id                    bigint        not null references casus (id),
    auteur_gebruiker_id         bigint        not null references gebruiker (id),
    datum                       date          not null,
    locatie                     varchar(20)   not null,
    deelnemers                  varchar(30)[] not null,
    deelnemers_toelichting      varchar(300),
    verslag                     text          not null,
    interne_notitie             text,
    -- The Wmo onderzoek items (art. 2.3.2 lid 4), each optional.
    behoeften                   text,
    eigen_kracht                text,
    mantelzorg_netwerk          text,
    mantelzorger_ondersteuning  text,
    algemene_voorzieningen      text,
    maatwerk_nodig              varchar(12),
    maatwerk_toelichting        text,
    volgende_stap               text,
    -- Signals.
    mantelzorger_aanwezig       boolean       not null default false,
    mantelzorger_naam           varchar(120),
    mantelzorger_relatie        varchar(80),
    ediz_score                  smallint,
    vrijwilliger_gewenst        boolean       not null default false,
    vrijwilliger_waarvoor       varchar(300),
    vermoeden_huiselijk_geweld  boolean       not null default false,
    vastgelegd_op               timestamptz   not null,
    verslag_verstuurd_op        date,
    verslag_verstuurd_via       varchar(20),
    constraint ck_gesprek_locatie check (locatie in ('THUIS', 'WIJKTEAMLOCATIE', 'TELEFONISCH', 'VIDEO', 'ELDERS')),
    constraint ck_gesprek_deelnemers check (cardinality(deelnemers) > 0 and deelnemers <@ array['INWONER', 'MANTELZORGER', 'FAMILIE', 'TOLK', 'CLIENTONDERSTEUNER', 'ANDERE_PROFESSIONAL']::varchar[]),
    constraint ck_gesprek_maatwerk check (maatwerk_nodig in ('JA', 'NEE', 'NOG_ONBEKEND')),
    constraint ck_gesprek_ediz check (ediz_score between 0 and 15),
    constraint ck_gesprek_mantelzorger check (mantelzorger_aanwezig or (mantelzorger_naam is null and ediz_score is null)),
    constraint ck_gesprek_verslag check (length(btrim(verslag)) > 0),
    constraint ck_gesprek_verstuurd_via check (verslag_verstuurd_via in ('POST', 'EMAIL', 'MEEGEGEVEN'))
);
create index ix_gesprek_casus on gesprek (casus_id, datum);

-- A correction of a finalised conversation: the new text with a reason. The original stays.
create table gesprek_correctie (
    id                 bigint generated always as identity primary key,
    gesprek_id         bigint       not null references gesprek (id),
    reden              varchar(500) not null,
    verslag            text         not null,
    interne_notitie    text,
    door_gebruiker_id  bigint       not null references gebruiker (id),
    op                 timestamptz  not null,
    constraint ck_gesprek_correctie_reden check (length(btrim(reden)) > 0)
);
create index ix_gesprek_correctie_gesprek on gesprek_correctie (gesprek_id, op);

-- ZRM scores of a conversation: only the domains that were scored (data minimisation).
create table gesprek_zrm (
    gesprek_id  bigint      not null references gesprek (id),
    domein      varchar(40) not null,
    score       smallint    not null,
    doel        smallint,
    primary key (gesprek_id, domein),
    constraint ck_gesprek_zrm_score check (score between 1 and 5),
    constraint ck_gesprek_zrm_doel check (doel between 1 and 5)
);

-- Agreements made in a conversation; their status changes on the dossier and the wijkwerker's home.
create table afspraak (
    id           bigint generated always as identity primary key,
    casus_id     bigint       not null references casus (id),
    gesprek_id   bigint       references gesprek (id),
    omschrijving varchar(500) not null,
    wie          varchar(20)  not null,
    partner      varchar(160),
    deadline     date,
    status       varchar(10)  not null default 'OPEN',
    klaar_op     date,
    volgorde     smallint     not null default 0,
    version      bigint       not null default 0,
    constraint ck_afspraak_wie check (wie in ('INWONER', 'MANTELZORGER', 'WIJKWERKER', 'PARTNER')),
    constraint ck_afspraak_partner check (wie <> 'PARTNER' or partner is not null),
    constraint ck_afspraak_status check (status in ('OPEN', 'KLAAR')),
    constraint ck_afspraak_klaar check ((status = 'KLAAR') = (klaar_op is not null))
);
create index ix_afspraak_casus on afspraak (casus_id, status, deadline);
create index ix_afspraak_open on afspraak (deadline, casus_id) where status = 'OPEN';

-- The meldcode huiselijk geweld on a case: started by a conversation's suspicion, five steps each with its date.
create table meldcode (
    casus_id            bigint       primary key references casus (id),
    gesprek_id          bigint       references gesprek (id),
    gestart_op          date         not null,
    gestart_door        bigint       not null references gebruiker (id)
);
create table meldcode_stap (
    casus_id           bigint       not null references meldcode (casus_id),
    stap               smallint     not null,
    datum              date         not null,
    toelichting        varchar(1000),
    door_gebruiker_id  bigint       not null references gebruiker (id),
    vastgelegd_op      timestamptz  not null,
    primary key (casus_id, stap),
    constraint ck_meldcode_stap check (stap between 1 and 5)
);

-- The sociale kaart: organisations and initiatives a wijkwerker refers to. No team or cluster served = the whole city.
create table voorziening (
    id            bigint generated always as identity primary key,
    naam          varchar(160)  not null,
    soort         varchar(40)   not null,
    omschrijving  varchar(2000),
    adres         varchar(200),
    telefoon      varchar(20),
    email         varchar(200),
    website       varchar(300),
    team_ids      bigint[]      not null default '{}',
    cluster_ids   bigint[]      not null default '{}',
    actief        boolean       not null default true,
    version       bigint        not null default 0,
    constraint ck_voorziening_soort check (soort in ('INFORMEEL_INITIATIEF', 'GROEPSACTIVITEIT', 'VRIJWILLIGERSORGANISATIE',
        'EXPERTISECENTRUM_MANTELZORG', 'HUISARTS', 'SOCIAAL_STEDELIJK_TEAM', 'MAATWERKVOORZIENING', 'OVERIG'))
);
create unique index ux_voorziening_naam on voorziening (lower(naam));
create index ix_voorziening_teams on voorziening using gin (team_ids);
create index ix_voorziening_clusters on voorziening using gin (cluster_ids);

-- A referral from a case to a sociale-kaart entry; the answer is recorded by the team.
create table verwijzing (
    id                  bigint generated always as identity primary key,
    casus_id            bigint        not null references casus (id),
    voorziening_id      bigint        not null references voorziening (id),
    gesprek_id          bigint        references gesprek (id),
    reden               varchar(1000) not null,
    status              varchar(12)   not null,
    verstuurd_op        timestamptz   not null,
    verstuurd_door      bigint        not null references gebruiker (id),
    specialisme         varchar(20),
    sst_vraag           varchar(1000),
    beantwoord_op       timestamptz,
    afwijsreden         varchar(500),
    afgerond_op         timestamptz,
    terugkoppeling      varchar(2000),
    antwoord_gezien     boolean       not null default true,
    version             bigint        not null default 0,
    constraint ck_verwijzing_status check (status in ('VERSTUURD', 'GEACCEPTEERD', 'AFGEWEZEN', 'AFGEROND')),
    constraint ck_verwijzing_specialisme check (specialisme in ('VERSLAVINGSZORG', 'GGZ', 'HUISELIJK_GEWELD')),
    constraint ck_verwijzing_sst check ((specialisme is null) = (sst_vraag is null)),
    constraint ck_verwijzing_afgewezen check (status <> 'AFGEWEZEN' or afwijsreden is not null),
    constraint ck_verwijzing_afgerond check (status <> 'AFGEROND' or terugkoppeling is not null),
    constraint ck_verwijzing_beantwoord check (status = 'VERSTUURD' or beantwoord_op is not null)
);
create index ix_verwijzing_casus on verwijzing (casus_id, verstuurd_op);
create index ix_verwijzing_ongezien on verwijzing (casus_id) where not antwoord_gezien;

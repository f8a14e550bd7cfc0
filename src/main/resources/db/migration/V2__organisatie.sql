-- The organisation: convenantpartners employ medewerkers, wijkteams serve PC4 werkgebieden, clusters group teams.
create table convenantpartner (
    id       bigint generated always as identity primary key,
    naam     varchar(120) not null,
    actief   boolean      not null default true,
    version  bigint       not null default 0
);
create unique index ux_convenantpartner_naam on convenantpartner (lower(naam));

create table cluster (
    id       bigint generated always as identity primary key,
    naam     varchar(120) not null,
    actief   boolean      not null default true,
    version  bigint       not null default 0
);
create unique index ux_cluster_naam on cluster (lower(naam));

create table wijkteam (
    id           bigint generated always as identity primary key,
    naam         varchar(120) not null,
    cluster_id   bigint       not null references cluster (id),
    bezoekadres  varchar(200),
    telefoon     varchar(20),
    manager_id   bigint,
    actief       boolean      not null default true,
    version      bigint       not null default 0
);
create unique index ux_wijkteam_naam on wijkteam (lower(naam));
create index ix_wijkteam_cluster on wijkteam (cluster_id);

-- A PC4 belongs to at most one team: the primary key enforces it.
create table werkgebied_postcode (
    pc4      char(4) primary key,
    team_id  bigint  not null references wijkteam (id),
    constraint ck_werkgebied_pc4 check (pc4 ~ '^[1-9][0-9]{3}$')
);
create index ix_werkgebied_team on werkgebied_postcode (team_id);

create table medewerker (
    id              bigint generated always as identity primary key,
    voornaam        varchar(80)  not null,
    achternaam      varchar(120) not null,
    email           varchar(200) not null,
    partner_id      bigint       not null references convenantpartner (id),
    team_id         bigint       references wijkteam (id),
    gebruiker_id    bigint       not null unique references gebruiker (id),
    uren_per_week   numeric(4,1) not null,
    focus           varchar(20),
    actief          boolean      not null default true,
    version         bigint       not null default 0,
    constraint ck_medewerker_uren check (uren_per_week > 0 and uren_per_week <= 40),
    constraint ck_medewerker_focus check (focus in ('INFORMELE_ZORG', 'SCHULDEN', 'JEUGD', 'OUDEREN', 'GGZ'))
);
create unique index ux_medewerker_email on medewerker (lower(email));
create index ix_medewerker_team on medewerker (team_id);
create index ix_medewerker_partner on medewerker (partner_id);

alter table wijkteam add constraint fk_wijkteam_manager foreign key (manager_id) references medewerker (id);
create index ix_wijkteam_manager on wijkteam (manager_id);

-- Absence of a medewerker (only the type and the period: no medical detail) and cover (invallen): during the period
-- of an inval the invaller may see exactly the cases of which the absent colleague is regievoerder.
create table afwezigheid (
    id                  bigint generated always as identity primary key,
    medewerker_id       bigint       not null references medewerker (id),
    soort               varchar(12)  not null,
    van                 date         not null,
    tot                 date         not null,
    geregistreerd_door  bigint       not null references gebruiker (id),
    geregistreerd_op    timestamptz  not null,
    version             bigint       not null default 0,
    constraint ck_afwezigheid_soort check (soort in ('VAKANTIE', 'ZIEKTE', 'VERLOF', 'OPLEIDING')),
    constraint ck_afwezigheid_periode check (tot >= van)
);
create index ix_afwezigheid_medewerker on afwezigheid (medewerker_id, van, tot);

create table inval (
    id                bigint generated always as identity primary key,
    afwezigheid_id    bigint       not null references afwezigheid (id),
    invaller_id       bigint       not null references medewerker (id),
    van               date         not null,
    tot               date         not null,
    aangewezen_door   bigint       not null references gebruiker (id),
    aangewezen_op     timestamptz  not null,
    constraint ck_inval_periode check (tot >= van)
);
create index ix_inval_invaller on inval (invaller_id, van, tot);

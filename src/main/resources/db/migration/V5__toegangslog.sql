-- The access log (NEN 7513): who did what with whose data, when, from where, and with what outcome.
-- Append-only: the database refuses UPDATE, DELETE and TRUNCATE, whatever the application does.
create table toegangslog (
    id                   bigint generated always as identity primary key,
    tijdstip             timestamptz  not null,
    gebruiker_id         bigint       not null,
    gebruikersnaam       varchar(60)  not null,
    rol                  varchar(20)  not null,
    namens_gebruiker_id  bigint,
    actie                char(1)      not null,
    gebeurtenis          varchar(40)  not null,
    inwoner_id           bigint,
    casus_id             bigint,
    resultaat            varchar(10)  not null,
    ip                   varchar(45),
    request_id           varchar(64),
    constraint ck_toegangslog_actie check (actie in ('C', 'R', 'U', 'D', 'E')),
    constraint ck_toegangslog_resultaat check (resultaat in ('OK', 'DENIED'))
);
create index ix_toegangslog_casus on toegangslog (casus_id, tijdstip) where casus_id is not null;
create index ix_toegangslog_inwoner on toegangslog (inwoner_id, tijdstip) where inwoner_id is not null;
create index ix_toegangslog_tijdstip on toegangslog (tijdstip);

create function wd_toegangslog_alleen_toevoegen() returns trigger
    language plpgsql as
$$
begin
    raise exception 'toegangslog is append-only: % is niet toegestaan', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger tr_toegangslog_geen_wijziging
    before update or delete on toegangslog
    for each row execute function wd_toegangslog_alleen_toevoegen();
create trigger tr_toegangslog_geen_truncate
    before truncate on toegangslog
    for each statement execute function wd_toegangslog_alleen_toevoegen();

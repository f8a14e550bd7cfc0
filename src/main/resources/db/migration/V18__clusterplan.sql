-- The cluster plan (issue 7): per cluster a vision on the work, its main tasks (opgaven) and the intended
-- development, with targets (streefwaarden) the dashboards compare with the figures. Every save is a new version;
-- a version is never changed or removed, so "what did the plan say in March" always has an answer. The unique
-- (cluster_id, versie) is the optimistic lock: two people saving on the same version cannot both make the next one.
create table clusterplan_versie (
    id                    bigint generated always as identity primary key,
    cluster_id            bigint       not null references cluster (id),
    versie                integer      not null,
    visie                 text         not null,
    opgaven               text         not null,
    beoogde_ontwikkeling  text         not null,
    vastgesteld_op        timestamptz  not null,
    vastgesteld_door      bigint       not null references gebruiker (id),
    constraint ck_clusterplan_versie check (versie >= 1),
    constraint ck_clusterplan_visie check (length(visie) between 1 and 4000),
    constraint ck_clusterplan_opgaven check (length(opgaven) between 1 and 4000),
    constraint ck_clusterplan_ontwikkeling check (length(beoogde_ontwikkeling) between 1 and 4000)
);
create unique index ux_clusterplan_versie on clusterplan_versie (cluster_id, versie);

-- The targets of one plan version: at most one per kind. The direction (a maximum or a minimum) belongs to the kind.
create table clusterplan_streefwaarde (
    versie_id  bigint        not null references clusterplan_versie (id),
    soort      varchar(40)   not null,
    waarde     numeric(4,1)  not null,
    primary key (versie_id, soort),
    constraint ck_clusterplan_streefwaarde check (
        (soort = 'MAX_MEDIANE_WACHTTIJD_DAGEN' and waarde between 0 and 365 and waarde = trunc(waarde))
        or (soort = 'MAX_CASELOAD_PER_FTE' and waarde between 1 and 60)
        or (soort in ('MIN_AANDEEL_INFORMEEL_PROCENT', 'MIN_WMO_OP_TIJD_PROCENT') and waarde between 0 and 100))
);

-- Append-only, whatever the application does.
create function wd_clusterplan_alleen_toevoegen() returns trigger
    language plpgsql as
$$
begin
    raise exception 'een versie van een clusterplan wordt nooit gewijzigd of verwijderd (%)', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger tr_clusterplan_versie_geen_wijziging
    before update or delete on clusterplan_versie
    for each row execute function wd_clusterplan_alleen_toevoegen();
create trigger tr_clusterplan_streefwaarde_geen_wijziging
    before update or delete on clusterplan_streefwaarde
    for each row execute function wd_clusterplan_alleen_toevoegen();

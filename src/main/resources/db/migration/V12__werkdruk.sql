-- Werkdruk: the caseload norm of a team, in active cases per FTE (36 hours a week). A team without a row uses the
-- configured default (wijkdossier.werkdruk.standaard-norm). Set by the team's manager.
create table caseload_norm (
    team_id          bigint        primary key references wijkteam (id),
    casussen_per_fte numeric(4,1)  not null,
    gewijzigd_door   bigint        not null references gebruiker (id),
    gewijzigd_op     timestamptz   not null,
    version          bigint        not null default 0,
    constraint ck_caseload_norm check (casussen_per_fte > 0 and casussen_per_fte <= 60)
);

-- The caseload counts closures of this month and the waiting-list outflow of the last four weeks per team without
-- reading a team's whole closed history.
create index ix_casus_team_afgesloten on casus (team_id, afgesloten_op) where status = 'AFGESLOTEN';
-- Aanmeldingen per team in a period (the waiting list's inflow).
create index ix_casus_team_gemeld on casus (team_id, gemeld_op);

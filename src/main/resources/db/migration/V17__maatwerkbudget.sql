-- Maatwerkbudget: per team per year the budget for custom solutions (set by the gemeente), and the spending on cases
-- (recorded by wijkwerkers and managers). A spending is never deleted: a mistake is withdrawn with a reason and stays
-- visible in the dossier; sums count only the spendings that are not withdrawn.
create table maatwerkbudget (
    team_id        bigint         not null references wijkteam (id),
    jaar           integer        not null,
    bedrag         numeric(12,2)  not null,
    gewijzigd_door bigint         not null references gebruiker (id),
    gewijzigd_op   timestamptz    not null,
    version        bigint         not null default 0,
    constraint pk_maatwerkbudget primary key (team_id, jaar),
    constraint ck_maatwerkbudget_bedrag check (bedrag >= 0),
    constraint ck_maatwerkbudget_jaar check (jaar between 2000 and 2200)
);

create table maatwerk_uitgave (
    id                 bigint         generated always as identity primary key,
    casus_id           bigint         not null references casus (id),
    -- the case's team when the money was spent: a later transfer does not move the spending to another budget
    team_id            bigint         not null references wijkteam (id),
    bedrag             numeric(10,2)  not null,
    categorie          varchar(20)    not null,
    datum              date           not null,
    reden              varchar(200)   not null,
    geregistreerd_door bigint         not null references gebruiker (id),
    geregistreerd_op   timestamptz    not null,
    ingetrokken_op     timestamptz,
    ingetrokken_door   bigint         references gebruiker (id),
    intrekreden        varchar(200),
    constraint ck_maatwerk_uitgave_bedrag check (bedrag > 0),
    constraint ck_maatwerk_uitgave_categorie check (categorie in
        ('SCHULDEN', 'WONEN', 'HUISHOUDEN', 'MOBILITEIT', 'GEZONDHEID', 'SOCIAAL', 'OVERIG')),
    constraint ck_maatwerk_uitgave_reden check (length(btrim(reden)) > 0),
    constraint ck_maatwerk_uitgave_intrekking check (
        (ingetrokken_op is null and ingetrokken_door is null and intrekreden is null)
        or (ingetrokken_op is not null and ingetrokken_door is not null and length(btrim(intrekreden)) > 0))
);

-- The sums per team and year read only the spendings that count, by team and date, without touching the table.
create index ix_maatwerk_uitgave_team_datum on maatwerk_uitgave (team_id, datum) include (bedrag)
    where ingetrokken_op is null;
-- The dossier's section: the spendings of one case.
create index ix_maatwerk_uitgave_casus on maatwerk_uitgave (casus_id);

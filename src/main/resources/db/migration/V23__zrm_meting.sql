-- The ZRM figure of the dashboards (gesprek.ZrmCijfers) at a million cases: every ZRM score with what the figure
-- needs of its case's history on that domain, so a period's figure is one range scan of an index, never a walk
-- through every candidate case's conversations (issue 7, "fast at scale").
--   volgnummer    the score's place among its case's scores on the domain, by conversation date, then id
--   eerste_score  the case's first score on the domain
--   volgende_op   the date of the case's next score on the domain (null for the latest)
-- The score that is the latest "up to :tot" is then the one dated in the period whose next score is later than
-- :tot (or absent), and the case was scored at least twice by then when its volgnummer is 2 or more.
-- Kept exact by the triggers below on every write (the app, the demo data, the national-scale generator's COPY, the
-- tests' inserts): after a statement on gesprek_zrm the touched (case, domain) pairs are rebuilt from the source
-- rows; a change of a case's team or a conversation's date or case follows through.
create table zrm_meting (
    gesprek_id    bigint      not null,
    domein        varchar(40) not null,
    casus_id      bigint      not null,
    team_id       bigint      not null,
    datum         date        not null,
    score         smallint    not null,
    volgnummer    integer     not null,
    eerste_score  smallint    not null,
    volgende_op   date,
    primary key (gesprek_id, domein)
);
create index ix_zrm_meting_casus on zrm_meting (casus_id, domein);
create index ix_zrm_meting_datum on zrm_meting (datum, team_id) include (domein, score, eerste_score, volgende_op)
    where volgnummer >= 2;

-- Rebuilds the rows of the given (case, domain) pairs, two arrays of equal length, from gesprek_zrm and gesprek.
create function wd_zrm_meting_herbereken(casussen bigint[], domeinen varchar[]) returns void language sql as $$
    delete from zrm_meting m
    using unnest(casussen, domeinen) as p(casus_id, domein)
    where m.casus_id = p.casus_id and m.domein = p.domein;
    insert into zrm_meting (gesprek_id, domein, casus_id, team_id, datum, score, volgnummer, eerste_score, volgende_op)
    select z.gesprek_id, z.domein, g.casus_id, c.team_id, g.datum, z.score,
           row_number() over w, first_value(z.score) over w, lead(g.datum) over w
    from (select distinct casus_id, domein from unnest(casussen, domeinen) as p(casus_id, domein)) p
    join gesprek g on g.casus_id = p.casus_id
    join gesprek_zrm z on z.gesprek_id = g.id and z.domein = p.domein
    join casus c on c.id = g.casus_id
    window w as (partition by g.casus_id, z.domein order by g.datum, g.id);
$$;

create function wd_zrm_meting_na_score() returns trigger language plpgsql as $$
declare
    casussen bigint[];
    domeinen varchar[];
begin
    if tg_op in ('DELETE', 'UPDATE') then
        select array_agg(m.casus_id), array_agg(m.domein) into casussen, domeinen
        from oud o join zrm_meting m on m.gesprek_id = o.gesprek_id and m.domein = o.domein;
        perform wd_zrm_meting_herbereken(coalesce(casussen, '{}'), coalesce(domeinen, '{}'));
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select array_agg(g.casus_id), array_agg(n.domein) into casussen, domeinen
        from nieuw n join gesprek g on g.id = n.gesprek_id;
        perform wd_zrm_meting_herbereken(coalesce(casussen, '{}'), coalesce(domeinen, '{}'));
    end if;
    return null;
end;
$$;

create trigger tr_zrm_meting_insert after insert on gesprek_zrm
    referencing new table as nieuw for each statement execute function wd_zrm_meting_na_score();
create trigger tr_zrm_meting_update after update on gesprek_zrm
    referencing old table as oud new table as nieuw for each statement execute function wd_zrm_meting_na_score();
create trigger tr_zrm_meting_delete after delete on gesprek_zrm
    referencing old table as oud for each statement execute function wd_zrm_meting_na_score();

-- A conversation moved to another date or case: its scores' pairs, before and after, are rebuilt.
create function wd_zrm_meting_na_gesprek() returns trigger language plpgsql as $$
begin
    perform wd_zrm_meting_herbereken(array_agg(c.casus_id), array_agg(z.domein))
    from gesprek_zrm z cross join (values (old.casus_id), (new.casus_id)) as c(casus_id)
    where z.gesprek_id = new.id
    having count(*) > 0;
    return null;
end;
$$;

create trigger tr_zrm_meting_gesprek after update of datum, casus_id on gesprek
    for each row when (old.datum is distinct from new.datum or old.casus_id is distinct from new.casus_id)
    execute function wd_zrm_meting_na_gesprek();

-- A case that moves to another team takes its scores along.
create function wd_zrm_meting_na_casus() returns trigger language plpgsql as $$
begin
    update zrm_meting set team_id = new.team_id where casus_id = new.id;
    return null;
end;
$$;

create trigger tr_zrm_meting_casus after update of team_id on casus
    for each row when (old.team_id is distinct from new.team_id) execute function wd_zrm_meting_na_casus();

-- The scores already recorded.
insert into zrm_meting (gesprek_id, domein, casus_id, team_id, datum, score, volgnummer, eerste_score, volgende_op)
select z.gesprek_id, z.domein, g.casus_id, c.team_id, g.datum, z.score,
       row_number() over w, first_value(z.score) over w, lead(g.datum) over w
from gesprek_zrm z
join gesprek g on g.id = z.gesprek_id
join casus c on c.id = g.casus_id
window w as (partition by g.casus_id, z.domein order by g.datum, g.id);
analyze zrm_meting;

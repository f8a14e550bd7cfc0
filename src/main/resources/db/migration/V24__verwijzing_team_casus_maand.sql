-- Referrals per kind on the dashboards (verwijzing.VerwijzingCijfers) at a million cases: the team of a referral's
-- case rides along on the referral, so a period's referrals of the teams are one range scan of an index, without
-- joining the 1,000,000 cases (a seq scan of casus at city scope; issue 7, "fast at scale").
-- The column is kept equal to the case's current team by triggers, whoever writes (the app, the demo data, the
-- national-scale generator's COPY, the tests' inserts): set on insert, and followed when the case moves to another
-- team (regie transfer).
alter table verwijzing add column team_id bigint;
update verwijzing w set team_id = c.team_id from casus c where c.id = w.casus_id;
alter table verwijzing alter column team_id set not null;

create function wd_verwijzing_team() returns trigger language plpgsql as $$
begin
    new.team_id := (select c.team_id from casus c where c.id = new.casus_id);
    return new;
end;
$$;

create trigger tr_verwijzing_team before insert or update of casus_id, team_id on verwijzing
    for each row execute function wd_verwijzing_team();

create function wd_verwijzing_team_na_casus() returns trigger language plpgsql as $$
begin
    update verwijzing set team_id = new.team_id where casus_id = new.id;
    return null;
end;
$$;

create trigger tr_verwijzing_team_casus after update of team_id on casus
    for each row when (old.team_id is distinct from new.team_id) execute function wd_verwijzing_team_na_casus();

create index if not exists ix_verwijzing_verstuurd_team on verwijzing (verstuurd_op, team_id)
    include (voorziening_id, specialisme);
drop index if exists ix_verwijzing_verstuurd;
analyze verwijzing;

-- The 12-month trend of the dashboards (dashboard.CasusCijfers) counts the aanmeldingen per calendar month: at city
-- scope a third of a million cases a year. They are counted once per team and month here instead, kept exact by
-- statement triggers on casus (insert, a change of melding date or team, delete; any writer, COPY included).
create table casus_maand (
    team_id    bigint  not null,
    maand      date    not null,
    aangemeld  integer not null,
    primary key (team_id, maand)
);

create function wd_casus_maand() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into casus_maand (team_id, maand, aangemeld)
        select n.team_id, cast(date_trunc('month', n.gemeld_op) as date), count(*) from nieuw n group by 1, 2
        on conflict (team_id, maand) do update set aangemeld = casus_maand.aangemeld + excluded.aangemeld;
    elsif tg_op = 'DELETE' then
        update casus_maand m set aangemeld = m.aangemeld - o.aantal
        from (select team_id, cast(date_trunc('month', gemeld_op) as date) as maand, count(*) as aantal
              from oud group by 1, 2) o
        where m.team_id = o.team_id and m.maand = o.maand;
    else
        insert into casus_maand (team_id, maand, aangemeld)
        select d.team_id, d.maand, sum(d.aantal)
        from (select n.team_id, cast(date_trunc('month', n.gemeld_op) as date) as maand, 1 as aantal
              from nieuw n join oud o on o.id = n.id
              where n.team_id <> o.team_id or date_trunc('month', n.gemeld_op) <> date_trunc('month', o.gemeld_op)
              union all
              select o.team_id, cast(date_trunc('month', o.gemeld_op) as date), -1
              from nieuw n join oud o on o.id = n.id
              where n.team_id <> o.team_id or date_trunc('month', n.gemeld_op) <> date_trunc('month', o.gemeld_op)) d
        group by 1, 2
        having sum(d.aantal) <> 0
        on conflict (team_id, maand) do update set aangemeld = casus_maand.aangemeld + excluded.aangemeld;
    end if;
    return null;
end;
$$;

create trigger tr_casus_maand_insert after insert on casus
    referencing new table as nieuw for each statement execute function wd_casus_maand();
create trigger tr_casus_maand_update after update on casus
    referencing old table as oud new table as nieuw for each statement execute function wd_casus_maand();
create trigger tr_casus_maand_delete after delete on casus
    referencing old table as oud for each statement execute function wd_casus_maand();

insert into casus_maand (team_id, maand, aangemeld)
select team_id, cast(date_trunc('month', gemeld_op) as date), count(*) from casus group by 1, 2;

-- Indexes for the dashboards (module dashboard): every figure is one grouped statement over a
-- range of dates in the teams of the dashboard, so the dates lead and the team and category
-- ride along (index-only scans at a million cases).
create index ix_casus_gemeld_team on casus (gemeld_op, team_id) include (kanaal);
create index ix_casus_afgesloten_team on casus (afgesloten_op, team_id) include (afsluitreden)
    where afgesloten_op is not null;
create index ix_casus_wmo_onderzoek on casus (onderzoek_afgerond_op) where wmo_melding and onderzoek_afgerond_op is not null;
create index ix_casus_wmo_beschikking on casus (beschikking_op) where wmo_melding and beschikking_op is not null;
-- The days a case waited for its first contact (melding until first contact or closure), for
-- "how many were waiting at the end of each month"; the expression is CasusCijfers.WACHTPERIODE.
create index ix_casus_wachtperiode on casus using gist (
    daterange(gemeld_op, case when least(eerste_contact_op, afgesloten_op) is null then null
                              else greatest(gemeld_op, least(eerste_contact_op, afgesloten_op)) end, '[)'));

-- The maatwerkbudget figure of the dashboards counts the distinct cases with spending per team and year (a small
-- number hides the amount). With casus_id in the index the sums and that count are read from the index alone;
-- it replaces the index of V17 that held only the amount.
create index ix_maatwerk_uitgave_team_datum_casus on maatwerk_uitgave (team_id, datum) include (bedrag, casus_id)
    where ingetrokken_op is null;
drop index ix_maatwerk_uitgave_team_datum;

-- Index for the ZRM figure of the dashboards (gesprek.ZrmCijfers): the conversations held in a period lead to their
-- cases (then casus_id via the casus primary key to the team); the scores of those cases are then read through
-- ix_gesprek_casus (casus_id, datum) and the primary key of gesprek_zrm (gesprek_id, domein).
create index if not exists ix_gesprek_datum_casus on gesprek (datum, casus_id);

-- Referrals per kind and escalations to the Sociaal Stedelijk Team on the dashboards (verwijzing.VerwijzingCijfers):
-- one grouped statement over a range of sending moments; the case (for its team), the entry (for its kind) and the
-- specialism ride along, so the range is read from the index alone.
create index if not exists ix_verwijzing_verstuurd on verwijzing (verstuurd_op) include (casus_id, voorziening_id, specialisme);

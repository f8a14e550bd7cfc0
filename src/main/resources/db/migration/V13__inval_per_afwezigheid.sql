-- The invallen of an absence are read with the absence (overview, dossier, the absences of a day): index them by
-- absence, in date order, instead of scanning all invallen.
create index ix_inval_afwezigheid on inval (afwezigheid_id, van);

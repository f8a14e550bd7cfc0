-- Who recorded the answer and the closing of a referral, for its history on the referral page and to decide whether
-- the regievoerder still has to see it (antwoord_gezien). Filled from now on; older rows have no answer yet.
alter table verwijzing add column beantwoord_door bigint references gebruiker (id);
alter table verwijzing add column afgerond_door bigint references gebruiker (id);
alter table verwijzing add constraint ck_verwijzing_beantwoord_door check (beantwoord_op is null or beantwoord_door is not null);
alter table verwijzing add constraint ck_verwijzing_afgerond_door check (afgerond_op is null or afgerond_door is not null);
alter table verwijzing add constraint ck_verwijzing_afgerond_op check (status <> 'AFGEROND' or afgerond_op is not null);

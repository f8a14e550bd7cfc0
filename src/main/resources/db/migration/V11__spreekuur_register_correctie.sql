-- The session register: who corrected or withdrew a line after the fact, and when (the reason is correctie_reden).
-- A line the registering colleague undid herself during the session only has ingetrokken_op.
alter table spreekuur_bezoek
    add column gecorrigeerd_door bigint references gebruiker (id),
    add column gecorrigeerd_op   timestamptz,
    add constraint ck_bezoek_gecorrigeerd check ((gecorrigeerd_op is null) = (gecorrigeerd_door is null));
-- "Undo my last line": the latest line of one colleague in one session.
create index ix_bezoek_sessie_door on spreekuur_bezoek (sessie_id, geregistreerd_door, volgnummer desc);

-- R-ADM-4: members who do not take part in the vote ("ne prennent pas part") are left out of the vote balance:
-- pour + contre + abstentions = présents + représentés - ne prennent pas part (contracts/convention.md).
alter table deliberation add column ne_prennent_pas_part int;
alter table deliberation add constraint ck_deliberation_votes check (
    coalesce(voix_pour, 0) >= 0 and coalesce(voix_contre, 0) >= 0 and coalesce(abstentions, 0) >= 0
    and coalesce(presents, 0) >= 0 and coalesce(representes, 0) >= 0 and coalesce(ne_prennent_pas_part, 0) >= 0);

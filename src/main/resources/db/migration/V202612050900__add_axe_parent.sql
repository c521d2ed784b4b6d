-- Axes form a tree (DOMAIN.md §3.1 "Axe 0..1 parent"): a CALPAE section "Socle" holds its thèmes, a PDI finalité its
-- axes and their orientations. A parent is an axe of the same champ (checked by the writer); null for a root.
alter table axe add column parent_id bigint references axe(id);
create index idx_axe_parent on axe(parent_id);

-- DOMAIN.md §9.10 and FX-10: the Vienne's solidarités amounts from 2025 are fixed by avenant (convention L255, fiche 13
-- "financement 2025"). Version 0, the signed text, holds 2024 only: the 2025 lines seeded with it (fiche 13's État
-- 15 000 € and Département 15 000 € valorisation) leave it. They come back through "Avenant n° 1 — exercice 2025",
-- built in the screens from "reconduire les montants 2024" (the demo journey). Fiche 13 keeps its justified 0 of 2024.
delete from ligne_financement l
using convention c
where c.id = l.convention_id and c.numero_interne = '2024-C-DGAS-DAS-0001'
  and l.exercice >= 2025 and l.version_debut = 0 and l.stade = 'PREVU';

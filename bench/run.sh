#!/usr/bin/env bash
# Pacte benchmarks: prints latency figures of the main JSON endpoints on a running app.
#   ./mvnw spring-boot:run &      (demo profile, embedded PostgreSQL)
#   bench/run.sh [base-url] [repetitions]
# Needs curl and awk. Figures are wall-clock milliseconds seen by curl on this machine (loopback only).
set -euo pipefail
BASE=${1:-http://localhost:8080}
N=${2:-30}
AUTH=agent.departement:demo
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

stats() { # name, file of seconds
  sort -n "$2" | awk -v name="$1" '{ v[NR] = $1 * 1000 } END {
    p50 = v[int((NR + 1) / 2)]; p95 = v[int(NR * 0.95) > 0 ? int(NR * 0.95) : 1]
    printf "%-48s n=%-4d median=%8.1f ms  p95=%8.1f ms  max=%8.1f ms\n", name, NR, p50, p95, v[NR] }'
}

ID=$(curl -fsS -u "$AUTH" "$BASE/api/v1/conventions" | sed -n 's/.*"id":\([0-9]*\),"numero":"2024-C-DGAS-DAS-0001".*/\1/p')
[ -n "$ID" ] || { echo "Convention de la Vienne introuvable sur $BASE (profil demo ?)" >&2; exit 1; }

: > "$TMP/tf"
for _ in $(seq "$N"); do
  curl -fsS -o /dev/null -w '%{time_total}\n' -u "$AUTH" "$BASE/api/v1/conventions/$ID/tableau-financier?annee=2024" >> "$TMP/tf"
done
stats "GET tableau-financier Vienne 2024 (23 fiches)" "$TMP/tf"

# A 5 000-row tableau financier (the contract's limit), 50 axes of 100 fiches with their sub-totals.
awk 'BEGIN { OFS = ";"; print "Axe", "Fiche", "Intitulé", "État", "Département", "Autres", "Total"
  n = 0
  for (a = 1; a <= 50; a++) { se = 0; sd = 0
    for (f = 1; f <= 98; f++) { n++; e = 1000 + n; d = 2000 + n; se += e; sd += d
      print a, n, "Action " n, e ",00", d ",00", "0", (e + d) ",00" }
    print a, "", "Sous-total axe " a, se ",00", sd ",00", "", "" } }' > "$TMP/gros.csv"
LIGNES=$(wc -l < "$TMP/gros.csv")
: > "$TMP/imp"
CODE=""
for _ in $(seq "$N"); do
  CODE=$(curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' -u "$AUTH" -F "fichier=@$TMP/gros.csv;type=text/csv" \
    "$BASE/api/v1/controles/tableau-financier")
  echo "${CODE#* }" >> "$TMP/imp"
done
stats "POST controles/tableau-financier ($LIGNES lignes, HTTP ${CODE%% *})" "$TMP/imp"

#!/usr/bin/env bash
# Times the generation of the Vienne rapport d'exécution (issue 11) against a running app:
#   ./mvnw spring-boot:run &      (demo profile, embedded PostgreSQL)
#   bench/rapport.sh [base-url] [repetitions]   (default http://localhost:8080, 5; loopback only)
# Creates one draft France Travail bilan final (a new numero each run, nothing else is changed), then downloads its
# XLSX, DOCX and PDF (the three main formats, generated on each request while the report is a draft) and the ODS and
# ODT, and prints per format the best, median and worst time; the "trois formats" line is the sum of the medians
# (target: under 1.5 s). Needs curl and python3. Writes the last files into bench/rapport-vienne/ (not committed).
set -euo pipefail
BASE=${1:-http://localhost:8080}
N=${2:-5}
AUTH=finances.vienne:demo
HOTE=$(printf '%s' "$BASE" | sed -E 's#^[a-z]+://(\[[^]]+\]|[^/:]+).*#\1#')
case "$HOTE" in
  localhost|127.*|\[::1\]) ;;
  *) echo "Refusé : $BASE n'est pas une adresse locale (localhost, 127.0.0.0/8, [::1])." >&2; exit 2 ;;
esac
DIR=$(cd "$(dirname "$0")" && pwd)/rapport-vienne
mkdir -p "$DIR"
ID=$(curl -sf --max-time 30 -u "$AUTH" "$BASE/api/v1/conventions" | python3 -c 'import sys,json; print([c["id"] for c in json.load(sys.stdin) if c["numero"]=="2024-C-DGAS-DAS-0001"][0])')
NUMERO=$(curl -sf --max-time 30 -u "$AUTH" -H 'Content-Type: application/json' \
  -d '{"type": "BILAN_FINAL", "champ": "FT"}' "$BASE/api/v1/conventions/$ID/rapports" \
  | python3 -c 'import sys,json; print(json.load(sys.stdin)["numero"])')
echo "Convention $ID, rapport n° $NUMERO (bilan final France Travail, brouillon), $N fois par format"
total=0
for f in xlsx docx pdf ods odt; do
  temps=()
  for i in $(seq 0 "$N"); do
    t=$(curl -sf --max-time 60 -u "$AUTH" -o "$DIR/rapport.$f" -w '%{time_total}' \
      "$BASE/api/v1/conventions/$ID/rapports/$NUMERO/fichier.$f")
    [ "$i" -gt 0 ] && temps+=("$t")   # the first call warms the JVM up and is not counted
  done
  ligne=$(printf '%s\n' "${temps[@]}" | python3 -c '
import sys, statistics
t = sorted(float(x) * 1000 for x in sys.stdin.read().split())
print(f"{min(t):.0f} {statistics.median(t):.0f} {max(t):.0f}")')
  read -r min med max <<<"$ligne"
  printf '%-5s meilleur %5s ms   médiane %5s ms   pire %5s ms   (%s octets)\n' "$f" "$min" "$med" "$max" \
    "$(stat -c %s "$DIR/rapport.$f")"
  case $f in xlsx|docx|pdf) total=$((total + med)) ;; esac
done
echo "trois formats (XLSX + DOCX + PDF, médianes) : ${total} ms (cible < 1500 ms)"

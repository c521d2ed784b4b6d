#!/usr/bin/env bash
# Tenue en charge (issue 12, point 5): 50 concurrent connections for 30 s on the main pages of a signed-in session,
# with wrk, and the same run on the sign-in page as the floor of this stack on this machine. Prints, per page:
# requests/s, p50 / p95 / p99, errors, and the ratio to the floor (each after 5 s of warm-up).
#   java -jar target/pacte-*.jar &          (demo profile, embedded PostgreSQL)
#   bench/charge.sh [base-url] [seconds] [connections] [login] [convention-numero]
# Needs wrk (Debian: apt-get install wrk) and curl. Loopback only.
set -euo pipefail
BASE=${1:-http://localhost:8080}
DUREE=${2:-30}
CONNEXIONS=${3:-50}
LOGIN=${4:-agent.departement}
NUMERO=${5:-2024-C-DGAS-DAS-0001}
case "$BASE" in http://localhost*|http://127.0.0.1*) ;; *) echo "bench/charge.sh ne vise que la boucle locale" >&2; exit 1 ;; esac
command -v wrk >/dev/null || { echo "wrk absent : apt-get install wrk" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
CSRF=$(curl -fsS -c "$TMP/c" -b "$TMP/c" "$BASE/connexion" | csrf)
curl -fsS -o /dev/null -c "$TMP/c" -b "$TMP/c" --data-urlencode "username=$LOGIN" --data-urlencode "password=demo" \
  --data-urlencode "_csrf=$CSRF" "$BASE/connexion"
COOKIE=$(awk '$6 == "SESSION" || $6 == "JSESSIONID" { print $6 "=" $7 }' "$TMP/c" | tail -1)
[ -n "$COOKIE" ] || { echo "Connexion impossible sur $BASE" >&2; exit 1; }
ID=$(curl -fsS "$BASE/api/v1/conventions" -u "$LOGIN:demo" \
  | sed -n "s/.*\"id\":\([0-9]*\),\"numero\":\"$NUMERO\".*/\1/p")
[ -n "$ID" ] || { echo "Convention $NUMERO introuvable" >&2; exit 1; }
FICHE=$(curl -fsS -u "$LOGIN:demo" "$BASE/api/v1/conventions/$ID" | grep -o '"id":[0-9]*,"numero":"[^"]*"' | sed -n '9p' \
  | sed 's/"id":\([0-9]*\).*/\1/')

# wrk prints p95 through a Lua report (its --latency table has no 95th percentile).
cat > "$TMP/rapport.lua" <<'EOF'
done = function(summary, latency, requests)
  io.write(string.format("RESULTAT %.1f %.1f %.1f %.1f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests))
end
EOF

mesurer() { # label, path, [cookie]
  local entete=()
  [ -n "${3:-}" ] && entete=(-H "Cookie: $3")
  # 5 s of warm-up first, not counted: the JIT compiles what this page runs, whatever the order of the pages
  wrk -t 2 -c "$CONNEXIONS" -d 5s --timeout 10s "${entete[@]}" "$BASE$2" > /dev/null
  wrk -t 2 -c "$CONNEXIONS" -d "${DUREE}s" --timeout 10s -s "$TMP/rapport.lua" "${entete[@]}" "$BASE$2" \
    | awk -v nom="$1" '/^RESULTAT/ { print nom "|" $2 "|" $3 "|" $4 "|" $5 "|" $6 "|" $7 }'
}

curl -fsS -o /dev/null -b "$TMP/c" "$BASE/conventions/$ID"   # warm-up
PLANCHER=$(mesurer "Page de connexion (plancher)" "/connexion")
echo "$PLANCHER" > "$TMP/resultats"
mesurer "Fiche-action" "/conventions/$ID/fiches-actions/$FICHE" "$COOKIE" >> "$TMP/resultats"
mesurer "Tableau financier 2024" "/conventions/$ID/tableau-financier?annee=2024" "$COOKIE" >> "$TMP/resultats"
mesurer "Contrôles 2024" "/conventions/$ID/controles?annee=2024" "$COOKIE" >> "$TMP/resultats"
mesurer "Matrice des indicateurs" "/conventions/$ID/indicateurs" "$COOKIE" >> "$TMP/resultats"
if curl -fsS -o /dev/null -b "$TMP/c" "$BASE/consolidation?exercice=2024" 2>/dev/null; then
  mesurer "Consolidation 2024" "/consolidation?exercice=2024" "$COOKIE" >> "$TMP/resultats"
fi

PLANCHER_RPS=$(echo "$PLANCHER" | cut -d'|' -f2)
printf '%d connexions, %d s, %s (%s)\n' "$CONNEXIONS" "$DUREE" "$(nproc) cœurs" "$(uname -r)"
printf '%-30s %10s %9s %9s %9s %8s %9s\n' "Page" "req/s" "p50 ms" "p95 ms" "p99 ms" "erreurs" "/plancher"
awk -F'|' -v plancher="$PLANCHER_RPS" '{ printf "%-30s %10.1f %9.1f %9.1f %9.1f %8d %8.2f\n", $1, $2, $3, $4, $5, $6, $2 / plancher }' \
  "$TMP/resultats"

#!/usr/bin/env bash
# Pacte benchmark: HTTP Basic (a bcrypt check on every request) against a personal API token (Bearer, one SHA-256
# and one indexed read) on GET /api/v1/conventions. Prints requests/s and latency for each.
#   ./mvnw spring-boot:run &        (demo profile, embedded PostgreSQL)
#   bench/jetons.sh [base-url] [seconds] [connections]
# Uses wrk when installed (Debian: apt-get install wrk), else a bounded loop of curl calls. Loopback only.
set -euo pipefail
BASE=${1:-http://localhost:8080}
DUREE=${2:-10}
CONNEXIONS=${3:-4}
LOGIN=agent.departement
MOT_DE_PASSE=demo
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }

# A token created as a user would: sign in on the page, then "Mes jetons d'API".
curl -fsS -c "$TMP/c" -b "$TMP/c" "$BASE/connexion" | csrf > "$TMP/csrf"
curl -fsS -o /dev/null -c "$TMP/c" -b "$TMP/c" --data-urlencode "username=$LOGIN" --data-urlencode "password=$MOT_DE_PASSE" \
  --data-urlencode "_csrf=$(cat "$TMP/csrf")" "$BASE/connexion"
curl -fsS -c "$TMP/c" -b "$TMP/c" "$BASE/compte/jetons" | csrf > "$TMP/csrf"
JETON=$(curl -fsS -c "$TMP/c" -b "$TMP/c" --data-urlencode "libelle=banc d'essai" --data-urlencode "jours=30" \
  --data-urlencode "_csrf=$(cat "$TMP/csrf")" "$BASE/compte/jetons" | sed -n 's/.*id="valeur-jeton">\(pacte_[^<]*\)<.*/\1/p')
[ -n "$JETON" ] || { echo "Impossible de créer un jeton sur $BASE (profil demo ?)" >&2; exit 1; }
BASIC="Basic $(printf '%s:%s' "$LOGIN" "$MOT_DE_PASSE" | base64)"

mesurer() { # name, Authorization header
  if command -v wrk >/dev/null 2>&1; then
    wrk -t "$(( CONNEXIONS < 2 ? 1 : 2 ))" -c "$CONNEXIONS" -d "${DUREE}s" --latency -H "Authorization: $2" "$BASE/api/v1/conventions" > "$TMP/wrk"
    awk -v name="$1" '/Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
      /^ +Latency +[0-9]/ { moy = $2 } /Non-2xx/ { erreurs = $NF }
      END { printf "%-8s %8.1f req/s  latence moyenne %-9s médiane %-9s p99 %-9s %s\n", name, rps, moy, p50, p99,
            erreurs ? "réponses non 2xx : " erreurs : "" }' "$TMP/wrk"
  else
    : > "$TMP/t"
    FIN=$((SECONDS + DUREE))
    while [ $SECONDS -lt $FIN ]; do
      curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: $2" "$BASE/api/v1/conventions" >> "$TMP/t"
    done
    sort -n "$TMP/t" | awk -v name="$1" -v d="$DUREE" '{ v[NR] = $1 * 1000; s += $1 } END {
      printf "%-8s %8.1f req/s  latence moyenne %.1f ms  médiane %.1f ms  p99 %.1f ms (curl, une connexion)\n",
        name, NR / d, s * 1000 / NR, v[int((NR + 1) / 2)], v[int(NR * 0.99) > 0 ? int(NR * 0.99) : 1] }'
  fi
}

echo "GET /api/v1/conventions, ${DUREE} s, ${CONNEXIONS} connexions :"
mesurer "Basic" "$BASIC"
mesurer "Bearer" "Bearer $JETON"

#!/usr/bin/env bash
# Tenue en charge, the figures beside the load runs (issue 12, point 5): start-up time of the app on embedded
# PostgreSQL, the consolidation page, its JSON and its XLSX (timed by curl, after one warm-up call), and the heap after
# a full GC. The app runs from its jar, started here so that its start-up is measured:
#   ./mvnw -q -DskipTests package
#   bench/tenue.sh [profiles] [port] [exercice] [login] [load-seconds]
#   e.g. bench/tenue.sh demo,national 18097 2024 prefecture.na 30
# With load-seconds > 0 it then runs bench/charge.sh (50 connections) on the same instance and gives the heap again.
# Needs curl, bc and the JDK's jcmd (and wrk for the load runs).
set -euo pipefail
cd "$(dirname "$0")/.."
PROFILS=${1:-demo}
PORT=${2:-18097}
EXERCICE=${3:-2024}
LOGIN=${4:-prefecture.na}
CHARGE=${5:-0}
BASE=http://localhost:$PORT
JAR=$(ls target/pacte-*.jar 2>/dev/null | head -1)
[ -n "$JAR" ] || { echo "Pas de jar : ./mvnw -q -DskipTests package" >&2; exit 1; }
TMP=$(mktemp -d)
LOG="$TMP/app.log"

java -Xmx512m -jar "$JAR" --server.port="$PORT" --spring.profiles.active="$PROFILS" \
  --pacte.bench.compter-sql=true > "$LOG" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$TMP"' EXIT
DEBUT=$(date +%s.%N)
until curl -fsS -o /dev/null "$BASE/actuator/health" 2>/dev/null; do
  kill -0 "$PID" 2>/dev/null || { tail -20 "$LOG" >&2; echo "L'application s'est arrêtée" >&2; exit 1; }
  sleep 0.5
done
PRET=$(date +%s.%N)
case "$PROFILS" in *national*) # the dataset is created after Tomcat answers: wait for its log line
  until grep -q 'Jeu national : .* conventions créées' "$LOG"; do sleep 1; done ;;
esac
printf "Démarrage (profils %s) : %.1f s jusqu'à la première réponse ; %s\n" "$PROFILS" \
  "$(echo "$PRET - $DEBUT" | bc)" "$(grep -o 'Started PacteApplication in [0-9.]* seconds' "$LOG" | head -1)"
grep -h 'Jeu national' "$LOG" | sed 's/.*: //' | head -3 || true

connexion() { # login -> cookie jar of a signed-in session (form login with its CSRF token)
  local jar="$TMP/jar-$1" csrf
  csrf=$(curl -fsS -c "$jar" -b "$jar" "$BASE/connexion" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=demo" \
    --data-urlencode "_csrf=$csrf" "$BASE/connexion"
  echo "$jar"
}

duree() { # label, path, login: median of 5 calls after a warm-up, in ms, and the SQL statements of the last one
  local url="$BASE$2" f="$TMP/t" auth
  case "$2" in /api/*) auth=(-u "$3:demo") ;; *) auth=(-b "$(connexion "$3")") ;; esac
  : > "$f"
  local premiere
  premiere=$(curl -fsS -o /dev/null -w '%{time_total}' "${auth[@]}" "$url" 2>/dev/null) \
    || { printf '%-44s absent (%s)\n' "$1" "$2"; return 0; }
  for _ in 1 2 3 4 5; do
    curl -fsS -o "$TMP/corps" -D "$TMP/entetes" -w '%{time_total}\n' "${auth[@]}" "$url" >> "$f"
  done
  printf '%-44s 1re %6.0f ms, puis médiane %6.0f ms, %s octets, %s requêtes SQL\n' "$1" \
    "$(echo "$premiere * 1000" | bc)" \
    "$(sort -n "$f" | awk '{ v[NR] = $1 * 1000 } END { print v[int((NR + 1) / 2)] }')" \
    "$(wc -c < "$TMP/corps" | tr -d ' ')" "$(tr -d '\r' < "$TMP/entetes" | sed -n 's/^X-Pacte-Sql: //Ip')"
}
# The page and the XLSX with a signed-in session; the JSON with HTTP Basic (one bcrypt check, ~75 ms, per call).
for qui in "$LOGIN" admin; do
  duree "Consolidation $EXERCICE, $qui (page)" "/consolidation?exercice=$EXERCICE" "$qui"
  duree "Consolidation $EXERCICE, $qui (JSON)" "/api/v1/consolidation?exercice=$EXERCICE" "$qui"
  duree "Consolidation $EXERCICE, $qui (XLSX)" "/consolidation.xlsx?exercice=$EXERCICE" "$qui"
done

tas() {
  jcmd "$PID" GC.run > /dev/null
  jcmd "$PID" GC.heap_info | awk -v quand="$1" '/garbage-first heap/ { for (i = 1; i <= NF; i++) if ($i == "used") {
    u = $(i + 1); sub(/K,?$/, "", u); printf "Tas après un GC complet (%s) : %.0f Mo utilisés\n", quand, u / 1024 } }'
}
tas "après les consolidations"
if [ "$CHARGE" -gt 0 ]; then
  bench/charge.sh "$BASE" "$CHARGE" 50 "$LOGIN"
  tas "après la charge"
fi

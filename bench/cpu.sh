#!/usr/bin/env bash
# CPU per request, of the JVM and of PostgreSQL apart (issue 12, point 5): what a page costs whatever else runs on the
# machine, read from /proc before and after 8 s of wrk at 4 connections on the sign-in page (the floor), the tableau
# financier and the consolidation. Run it on the machine of a running jar (embedded PostgreSQL: its processes are
# counted; an external server on the same machine too):
#   bench/cpu.sh [port] [login]
# Needs wrk (Debian package), curl, bc. Loopback only.
set -euo pipefail
PORT=${1:-8080}
LOGIN=${2:-prefecture.na}
BASE=http://localhost:$PORT
PID=$(pgrep -f -- "--server.port=$PORT" | head -1 || true)
[ -n "$PID" ] || PID=$(pgrep -f 'pacte.*\.jar|PacteApplication' | head -1)
[ -n "$PID" ] || { echo "Application introuvable sur le port $PORT" >&2; exit 1; }
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
CSRF=$(curl -fsS -c "$JAR" -b "$JAR" "$BASE/connexion" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fsS -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "username=$LOGIN" --data-urlencode "password=demo" \
  --data-urlencode "_csrf=$CSRF" "$BASE/connexion"
COOKIE=$(awk '$6 == "SESSION" || $6 == "JSESSIONID" { print $6 "=" $7 }' "$JAR" | tail -1)
ID=$(curl -fsS -u "$LOGIN:demo" "$BASE/api/v1/conventions" | sed -n 's/.*"id":\([0-9]*\),"numero":"2024-C-DGAS-DAS-0001".*/\1/p')
TICK=$(getconf CLK_TCK)
jvm() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }
pg() { for p in $(pgrep -x postgres); do awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null; done | awk '{ s += $1 } END { print s + 0 }'; }
printf '%-44s %8s %12s %12s\n' "Page" "requêtes" "JVM ms/req" "PG ms/req"
for page in /connexion "/conventions/$ID/tableau-financier?annee=2024" "/consolidation?exercice=2024"; do
  entete=()
  [ "$page" != /connexion ] && entete=(-H "Cookie: $COOKIE")
  wrk -t 1 -c 4 -d 3s "${entete[@]}" "$BASE$page" > /dev/null   # warm-up
  a=$(jvm); pa=$(pg)
  n=$(wrk -t 1 -c 4 -d 8s "${entete[@]}" "$BASE$page" | awk '/requests in/ { print $1 }')
  b=$(jvm); pb=$(pg)
  printf '%-44s %8d %12.2f %12.2f\n' "$page" "$n" "$(echo "($b - $a) * 1000 / $TICK / $n" | bc -l)" \
    "$(echo "($pb - $pa) * 1000 / $TICK / $n" | bc -l)"
done

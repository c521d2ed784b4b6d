#!/usr/bin/env bash
# SQL statements per page: how many statements Hibernate runs to serve each main page of the Vienne demo.
#   ./mvnw spring-boot:run -Dspring-boot.run.arguments=--pacte.bench.compter-sql=true &
#   bench/sql.sh [base-url] [login]
# The app must run with pacte.bench.compter-sql=true: each response then carries X-Pacte-Sql. Loopback only.
set -euo pipefail
BASE=${1:-http://localhost:8080}
LOGIN=${2:-agent.departement}
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT

# Form sign-in: fetch the CSRF token of the login page, then post the credentials with the session cookie.
CSRF=$(curl -fsS -c "$JAR" -b "$JAR" "$BASE/connexion" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fsS -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "username=$LOGIN" --data-urlencode "password=demo" \
  --data-urlencode "_csrf=$CSRF" "$BASE/connexion"
ID=$(curl -fsS -u "$LOGIN:demo" "$BASE/api/v1/conventions" | sed -n 's/.*"id":\([0-9]*\),"numero":"2024-C-DGAS-DAS-0001".*/\1/p')
[ -n "$ID" ] || { echo "Convention de la Vienne introuvable sur $BASE (profil demo ?)" >&2; exit 1; }
FICHE=$(curl -fsS -u "$LOGIN:demo" "$BASE/api/v1/conventions/$ID" | grep -o '"id":[0-9]*,"numero":"9"' | sed 's/"id":\([0-9]*\).*/\1/')

page() { # label, path
  local sql
  sql=$(curl -fsS -o /dev/null -D - -b "$JAR" "$BASE$2" | tr -d '\r' | sed -n 's/^X-Pacte-Sql: //Ip')
  [ -n "$sql" ] || { echo "Pas d'en-tête X-Pacte-Sql : lancez l'application avec --pacte.bench.compter-sql=true" >&2; exit 1; }
  printf '%-40s %4s requêtes SQL\n' "$1" "$sql"
}
curl -fsS -o /dev/null -b "$JAR" "$BASE/conventions/$ID" # warm-up (first request loads the caches)
page "Convention (page)" "/conventions/$ID"
page "Tableau financier 2024 (page)" "/conventions/$ID/tableau-financier?annee=2024"
page "Contrôles 2024 (page)" "/conventions/$ID/controles?annee=2024"
page "Fiche 9 (page)" "/conventions/$ID/fiches-actions/$FICHE"
page "Fiche 9, formulaire (page)" "/conventions/$ID/fiches-actions/$FICHE/modifier"
page "Indicateurs (page)" "/conventions/$ID/indicateurs"
page "Saisie des indicateurs 2024 (page)" "/conventions/$ID/indicateurs/saisie?annee=2024"

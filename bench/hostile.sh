#!/usr/bin/env bash
# Pacte hostile suite (issue 13): replays the hostile cases against a running app and prints what held.
#   ./mvnw spring-boot:run &      (demo profile, embedded PostgreSQL)
#   bench/hostile.sh [base-url]   (default http://localhost:8080; loopback only)
# Each case is one request (the parallel one: four), each bounded by curl --max-time; the whole run stops by itself.
# Needs curl and python3 (to make the files: nothing is committed). Exit status 1 when a case did not hold.
set -euo pipefail
BASE=${1:-http://localhost:8080}
AUTH=agent.departement:demo
MAX=${MAX_TIME:-20}          # seconds allowed to one request before it counts as "did not hold"
BORNE_MS=${BORNE_MS:-1000}   # a hostile case must be answered within this many milliseconds

HOTE=$(printf '%s' "$BASE" | sed -E 's#^[a-z]+://(\[[^]]+\]|[^/:]+).*#\1#')
case "$HOTE" in
  localhost|127.*|\[::1\]) ;;
  *) echo "Refusé : $BASE n'est pas une adresse locale (localhost, 127.0.0.0/8, [::1])." >&2; exit 2 ;;
esac

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

python3 - "$TMP" <<'PY'
import sys, zipfile, io
d = sys.argv[1]
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
ENTETE = ('<row r="1">' + ''.join(f'<c r="{c}1" t="inlineStr"><is><t>{t}</t></is></c>'
          for c, t in zip("ABCD", ["Fiche", "Intitulé", "État", "Département"])) + '</row>'
          '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>Action</t></is></c>'
          '<c r="C2"><v>100</v></c><c r="D2"><v>100</v></c></row>')
def xlsx(nom, feuille, ecrire=None):
    with zipfile.ZipFile(f"{d}/{nom}", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook xmlns="{NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Annexe 2" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        if ecrire:
            with z.open("xl/worksheets/sheet1.xml", "w") as f:
                ecrire(f)
        else:
            z.writestr("xl/worksheets/sheet1.xml", feuille)
def feuille(rangs, fin=""):
    return f'<?xml version="1.0"?><worksheet xmlns="{NS}"><sheetData>{rangs}</sheetData>{fin}</worksheet>'
xlsx("fusion-xfd.xlsx", feuille(ENTETE, '<mergeCells count="1"><mergeCell ref="A3:XFD1048576"/></mergeCells>'))
xlsx("fusion-zz.xlsx", feuille(ENTETE, '<mergeCells count="1"><mergeCell ref="A3:ZZ100000"/></mergeCells>'))
xlsx("fusions.xlsx", feuille(ENTETE, '<mergeCells>' + ''.join(f'<mergeCell ref="F{i}:G{i}"/>' for i in range(3, 10004)) + '</mergeCells>'))
def bombe(f):
    f.write(f'<?xml version="1.0"?><worksheet xmlns="{NS}"><sheetData>'.encode())
    blancs = b" " * (1024 * 1024)
    for _ in range(40):
        f.write(blancs)
    f.write(b"</sheetData></worksheet>")
xlsx("bombe.xlsx", None, bombe)
xlsx("xxe.xlsx", '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
     + feuille(ENTETE + '<row r="3"><c r="A3" t="inlineStr"><is><t>&xxe;</t></is></c></row>')[len('<?xml version="1.0"?>'):])
lols = '<!ENTITY lol0 "lol">' + ''.join(f'<!ENTITY lol{i} "' + f'&lol{i-1};' * 10 + '">' for i in range(1, 10))
xlsx("lol.xlsx", f'<?xml version="1.0"?><!DOCTYPE worksheet [{lols}]>'
     + feuille(ENTETE + '<row r="3"><c r="A3" t="inlineStr"><is><t>&lol9;</t></is></c></row>')[len('<?xml version="1.0"?>'):])
with open(f"{d}/guillemet.csv", "w", encoding="utf-8") as f:
    f.write('Fiche;Intitulé;État;Département\n1;"' + "a" * 200000 + "\n")
PY

TENU=0
ECHOUE=0
ligne() { # name, expected, code, seconds
  local ms; ms=$(awk -v s="$4" 'BEGIN { printf "%d", s * 1000 }')
  local verdict="TENU"
  if [ "$3" != "$2" ] || [ "$ms" -gt "$BORNE_MS" ]; then verdict="NON TENU"; ECHOUE=$((ECHOUE + 1)); else TENU=$((TENU + 1)); fi
  printf "%-46s attendu %s  reçu %s  %6d ms  %s\n" "$1" "$2" "$3" "$ms" "$verdict"
}
fichier() { # name, file
  local r; r=$(curl -sS -o "$TMP/corps" -w '%{http_code} %{time_total}' --max-time "$MAX" -u "$AUTH" \
    -F "fichier=@$TMP/$2" "$BASE/api/v1/controles/tableau-financier" || echo "000 $MAX")
  ligne "$1" 400 "${r%% *}" "${r#* }"
  grep -o '"erreur":"[^"]*"' "$TMP/corps" | head -c 150 | sed 's/^/    /'; echo
}

echo "Pacte — suite hostile sur $BASE (borne ${BORNE_MS} ms par cas)"
# Warm-up (class loading, JIT): two ordinary checks of a small valid table, not counted.
printf 'Fiche;Intitulé;État;Département\n1;Action;100;100\n' > "$TMP/valide.csv"
for _ in 1 2; do
  curl -sS -o /dev/null --max-time "$MAX" -u "$AUTH" -F "fichier=@$TMP/valide.csv" "$BASE/api/v1/controles/tableau-financier" || true
done
fichier "XLSX fusion A3:XFD1048576 (1,6 ko)" fusion-xfd.xlsx
fichier "XLSX fusion A3:ZZ100000" fusion-zz.xlsx
fichier "XLSX 10 001 zones fusionnées" fusions.xlsx
fichier "XLSX bombe de décompression (40 Mo de blancs)" bombe.xlsx
fichier "XLSX entité externe (XXE)" xxe.xlsx
fichier "XLSX billion laughs" lol.xlsx
fichier "CSV guillemet non refermé (200 000 car.)" guillemet.csv

ID=$(curl -fsS --max-time "$MAX" -u "$AUTH" "$BASE/api/v1/conventions" | sed -n 's/.*"id":\([0-9]*\),"numero":"2024-C-DGAS-DAS-0001".*/\1/p')
IND=$(curl -fsS --max-time "$MAX" -u "$AUTH" "$BASE/api/v1/conventions/$ID/indicateurs" | sed -n 's/^\[{"id":\([0-9]*\),.*/\1/p')
if [ -n "$ID" ] && [ -n "$IND" ]; then
  URL="$BASE/api/v1/conventions/$ID/indicateurs/$IND/valeurs/2024/CIBLE"
  r=$(curl -sS -o "$TMP/corps" -w '%{http_code} %{time_total}' --max-time "$MAX" -u "$AUTH" -X PUT \
    -H 'Content-Type: application/json' -d '{"nombre": 1e10000000}' "$URL" || echo "000 $MAX")
  ligne 'PUT indicateur {"nombre": 1e10000000}' 400 "${r%% *}" "${r#* }"
  grep -o '"erreur":"[^"]*"' "$TMP/corps" | head -c 160 | sed 's/^/    /'; echo
  debut=$(date +%s.%N)
  for i in 1 2 3 4; do
    curl -sS -o /dev/null -w '%{http_code}\n' --max-time "$MAX" -u "$AUTH" -X PUT -H 'Content-Type: application/json' \
      -d '{"nombre": 1e10000000}' "$URL" > "$TMP/par$i" &
  done
  wait
  fin=$(date +%s.%N)
  codes=$(sort -u "$TMP"/par? | tr '\n' ' ' | sed 's/ $//')
  ligne "4 PUT 1e10000000 en parallèle (durée totale)" 400 "$codes" "$(awk -v a="$debut" -v b="$fin" 'BEGIN { print b - a }')"
else
  echo "Convention de la Vienne ou indicateur introuvable sur $BASE (profil demo ?) : cas des nombres sautés." >&2
  ECHOUE=$((ECHOUE + 1))
fi
r=$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' --max-time "$MAX" "$BASE/actuator/health" || echo "000 $MAX")
ligne "Santé après la suite (l'application répond)" 200 "${r%% *}" "${r#* }"

echo "$TENU tenus, $ECHOUE non tenus"
[ "$ECHOUE" -eq 0 ]

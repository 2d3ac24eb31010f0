#!/usr/bin/env bash
# Copies the front-end libraries pinned in src/Lebenswelten.Web/package.json (and package-lock.json) from npm
# into wwwroot/lib and writes wwwroot/lib/manifest.json. The copies are committed, so neither running the app
# nor CI needs npm; run this only after changing a version.
set -euo pipefail
web="$(cd "$(dirname "$0")/../src/Lebenswelten.Web" && pwd)"
cd "$web"
npm ci --no-audit --no-fund --ignore-scripts >/dev/null

# package -> files to vendor (only what the pages load, plus the licence), for example:
#   [leaflet]="dist/leaflet.js dist/leaflet.css LICENSE"
declare -A files=(
  [leaflet]="dist/leaflet.js dist/leaflet.css LICENSE"
  [chart.js]="dist/chart.umd.min.js LICENSE.md"
)

rm -rf wwwroot/lib
mkdir -p wwwroot/lib
entries=()
for package in "${!files[@]}"; do
  mkdir -p "wwwroot/lib/$package"
  for file in ${files[$package]}; do
    mkdir -p "wwwroot/lib/$package/$(dirname "$file")"
    cp "node_modules/$package/$file" "wwwroot/lib/$package/$file"
  done
  version=$(node -p "require('./node_modules/$package/package.json').version")
  license=$(node -p "require('./node_modules/$package/package.json').license")
  list=$(printf '"%s",' ${files[$package]})
  entries+=("{\"package\":\"$package\",\"version\":\"$version\",\"license\":\"$license\",\"files\":[${list%,}]}")
done
printf '{"source":"npm registry, pinned in package-lock.json","libraries":[%s]}\n' "$(IFS=,; echo "${entries[*]}")" \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.stringify(JSON.parse(s),null,2)))' \
  > wwwroot/lib/manifest.json
echo "vendored: $(IFS=' '; echo "${!files[@]}") -> wwwroot/lib"

#!/usr/bin/env bash
# Adds one migration to a module for both database engines.
#   tools/add-migration.sh Tenancy InitialCreate
# Each module keeps two migration sets (Persistence/Migrations/Sqlite and …/Postgres), carried by
# the provider-specific DbContext types, because column types and SQL differ between the engines.
set -euo pipefail
module=${1:?module name, e.g. Tenancy}
name=${2:?migration name, e.g. AddParks}
root=$(cd "$(dirname "$0")/.." && pwd)
project="$root/modules/$module/Portal.$module"
cd "$root"
dotnet tool restore >/dev/null
for engine in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project "$project" --startup-project "$project" \
    --context "${engine}${module}DbContext" \
    --output-dir "Persistence/Migrations/$engine"
done

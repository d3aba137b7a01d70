#!/usr/bin/env bash
# Adds a migration of the same name to both providers' projects, so the two schemas never drift apart.
# Usage: migrations/add-migration.sh NameOfChange
set -euo pipefail
name=${1:?usage: migrations/add-migration.sh NameOfChange}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  project=migrations/PartnerTracker.Migrations.$provider
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done

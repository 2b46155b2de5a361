#!/usr/bin/env bash
# Retakes the README's dashboard pictures (docs/screenshots/*.png) from the real server in
# Chromium, through the browser tests that check what each picture shows.
#   scripts/screenshots.sh      (needs what scripts/test.sh installs: services, Chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(bash scripts/services.sh env)"
dotnet build tests/Sluice.BrowserTests -v quiet
SLUICE_SCREENSHOTS_DIR="$PWD/docs/screenshots" \
  dotnet test tests/Sluice.BrowserTests --no-build --filter "FullyQualifiedName~DocsScreenshotsTests"

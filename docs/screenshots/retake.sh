#!/usr/bin/env bash
# Retakes the README's screenshots: the dashboard's browser tests drive Debian's headless chromium through the demo
# ledger and save every page they visit; the ones the README shows are copied here. Not part of the build.
set -euo pipefail
cd "$(dirname "$0")/../.."

# The browser and its driver, and a CJK font so that the Japanese pages are not drawn as empty boxes.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
fc-list :lang=ja | grep -q . || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q "${missing[@]}"
fi

./mvnw -B -ntp -pl bootstrap -am verify -Dtest=DashboardBrowserTest -Dsurefire.failIfNoSpecifiedTests=false

taken=bootstrap/target/screenshots
cp "$taken/intake-refusal.png" docs/screenshots/intake-refusal.png
cp "$taken/party-replay-step.png" docs/screenshots/party-replay.png
echo "Retook the screenshots in docs/screenshots from $taken"

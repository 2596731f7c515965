#!/usr/bin/env bash
# The admin API examples of README "Admin API", in order. Paste them one by one, or run the file:
#   PC=http://localhost:8787 AUTH="Authorization: Bearer local-dev-token-change-me" scripts/admin-examples.sh
# Needs curl and jq. tests/browser/admin-examples.test.ts runs it against `wrangler dev`.
set -euo pipefail
: "${PC:?set PC, e.g. export PC=http://localhost:8787}"
: "${AUTH:?set AUTH, e.g. export AUTH=\"Authorization: Bearer local-dev-token-change-me\"}"
cd "$(dirname "$0")/.."
trap 'rm -rf "${TMP:-}"' EXIT
# --- README "Examples" from here to the end (tests/browser/admin-examples.test.ts checks they are the same) ---
TMP=$(mktemp -d)   # scratch files
# curl that stops at a refused request (and shows its JSON error), one answer per line
curl() { command curl -sS --fail-with-body -w '\n' "$@"; }
# The ETag of the active rules: read it again right before every change (an old one gives 412).
etag() { curl -H "$AUTH" "$PC/admin/rules" | jq -r .etag; }

# The active rules and their ETag
curl -H "$AUTH" "$PC/admin/rules" | jq '{version, etag, brands: (.rules.brands | length)}'

# PATCH: a new official Amazon domain and a newly abused TLD
curl -X PATCH "$PC/admin/rules" -H "$AUTH" -H "If-Match: $(etag)" -H 'Content-Type: application/json' \
  -d '{"ops":[{"op":"add_domain","brand":"amazon","domain":"amazon-notice.example.jp"},{"op":"add_tld","tld":"bar"}]}' | tee "$TMP/patch1.json"
# {"changed":true,"version":1,"etag":"\"v1-…\"","activatedAt":"…","summary":"PATCH: +domain amazon-notice.example.jp to amazon; +tld bar"}
BEFORE=$(jq .version "$TMP/patch1.json")   # remembered for the rollback below

# A campaign phrase (or change the weight of one), a known phishing domain, a domain you vouch for
curl -X PATCH "$PC/admin/rules" -H "$AUTH" -H "If-Match: $(etag)" -H 'Content-Type: application/json' -d '{"ops":[
  {"op":"add_phrase","text":"お支払い方法を更新","lang":"ja","kind":"payment","weight":1.5},
  {"op":"add_block_domain","domain":"amazon-jp-owner-check.ml"},
  {"op":"add_allow_domain","domain":"mail.partner.example.co.jp"}]}'

# Dry run first: what would be refused, which sample verdicts would change, and whether it weakens detection
curl -X POST "$PC/admin/rules/validate" -H "$AUTH" -H 'Content-Type: application/json' \
  -d '{"ops":[{"op":"remove_domain","brand":"amazon","domain":"amazon.com"}]}' | jq '{valid, issues, summary, impact, weakens}'

# PUT: edit the whole set, try it on a mail, validate, then replace
curl -H "$AUTH" "$PC/admin/rules" | jq .rules > "$TMP/rules.json"
npm run --silent check -- tests/fixtures/forwards/gmail-ja.eml --rules "$TMP/rules.json"
curl -X POST "$PC/admin/rules/validate" -H "$AUTH" -H 'Content-Type: application/json' --data-binary @"$TMP/rules.json" | jq '{valid, summary, weakens}'
curl -X PUT "$PC/admin/rules" -H "$AUTH" -H "If-Match: $(etag)" -H 'Content-Type: application/json' --data-binary @"$TMP/rules.json"

# A change that weakens detection (a bundled phishing sample would no longer be dangerous) is refused with 409
# and changes nothing, until the request confirms it ("confirm":"weakens_detection" or X-Confirm: weakens_detection)
command curl -sS -X PUT "$PC/admin/rules" -H "$AUTH" -H "If-Match: $(etag)" -H 'Content-Type: application/json' \
  -d '{"brands":[],"phrases":[],"abusedTlds":[]}' | jq '{error, impact: [.impact[] | "\(.id): \(.before) → \(.after)"]}'

# History, one old version, rollback (a NEW version with the rules of $BEFORE, the first PATCH above), the audit log
curl -H "$AUTH" "$PC/admin/rules/versions" | jq -c '.versions[] | [.version, .action, .author, .summary]'
curl -H "$AUTH" "$PC/admin/rules/versions/$BEFORE" | jq -c '.rules.abusedTlds'
curl -X POST "$PC/admin/rules/rollback" -H "$AUTH" -H "If-Match: $(etag)" -H 'Content-Type: application/json' -d "{\"version\":$BEFORE}"
curl -H "$AUTH" "$PC/admin/audit" | jq -r '.entries[] | "\(.at) v\(.version) \(.author): \(.summary)"'

# Check a mail with the live rules; the OpenAPI document
curl -X POST "$PC/admin/check" -H "$AUTH" -H 'Content-Type: message/rfc822' --data-binary @tests/fixtures/forwards/gmail-ja.eml | jq '{verdict, codes: [.reasons[].code]}'
curl -H "$AUTH" "$PC/admin/openapi.json" | jq -c '.paths | keys'

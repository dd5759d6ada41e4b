#!/usr/bin/env bash
# Writes the pairs of the parity table still read unlike the English into test/engine/parity.still.ts (a dev tool).
set -euo pipefail
cd "$(dirname "$0")/.."
keys=$(npx tsx scripts/run-parity.ts | awk '/^DIFF /{print $2}')
{
  echo "// The pairs of the parity table (question:language) still read unlike the English (written by scripts/still-different.sh)."
  echo "export const PARITY_STILL_DIFFERENT: string[] = ["
  for k in $keys; do echo "  \"$k\","; done
  echo "];"
} > test/engine/parity.still.ts
echo "$(echo "$keys" | grep -c .) pairs still read differently"

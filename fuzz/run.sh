#!/usr/bin/env bash
# Fuzz the engine for a fixed time (default 300 s) from the seed inputs; prints atheris' stats.
# Usage: bash fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-300}"
work="$(mktemp -d)"
cp fuzz/seeds/* "$work/"
python -c "import atheris" 2>/dev/null || pip install --quiet atheris
python fuzz/fuzz_engine.py -max_total_time="$secs" -rss_limit_mb=4096 -print_final_stats=1 "$work" 2>&1 \
  | grep -E "^(stat::|Done|==|INFO: -max_total_time)|crash|Error" || true
echo "corpus kept in $work"

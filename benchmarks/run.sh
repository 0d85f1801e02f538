#!/usr/bin/env bash
# Measure every performance target (issue 5) and print one table. Not a test.
# Usage: bash benchmarks/run.sh [RUNS]    (needs ../shared/tools/ttfp.py; installs pexpect, pyte)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
dir=/tmp/speech-reader-bench
python -c "import pexpect, pyte" 2>/dev/null || pip install --quiet pexpect pyte
[ -f "$dir/big_50mb.txt" ] || python benchmarks/make_docs.py "$dir" --sizes 1,10,50 >/dev/null
# Compiled bytecode, as `pip install .` leaves it (an editable install under
# PYTHONDONTWRITEBYTECODE would otherwise recompile every module at each start).
python -m compileall -q reader benchmarks >/dev/null
echo "## engine throughput (load + clean + outline + figures)"
python benchmarks/engine_speed.py "$dir"
echo
echo "## reader vs bare Textual app ($(date -u +%F), $(nproc) cores)"
python benchmarks/measure.py --runs "$runs" --dir "$dir"

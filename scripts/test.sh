#!/usr/bin/env bash
# The README's test command: installs what the tests need (system packages, .venv), then runs lint (ruff), types
# (mypy, strict on the domain), the layering contracts (import-linter) and pytest. Every check runs; the command
# fails if any of them failed. pytest's exit 5 (no tests collected) is a failure.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh test || exit 1
export QT_QPA_PLATFORM=offscreen
failed=()
run() {
  local name=$1
  shift
  echo "== $name"
  "$@" || failed+=("$name")
}
run "ruff check" .venv/bin/ruff check src tests benchmarks scripts installer
run "ruff format" .venv/bin/ruff format --check src tests benchmarks scripts installer
run "mypy" .venv/bin/mypy
run "import-linter" .venv/bin/lint-imports --no-cache
echo "== pytest"
.venv/bin/python -m pytest "$@"
rc=$?
if [ $rc -eq 5 ]; then
  echo "pytest collected no tests: that is a failure" >&2
  failed+=("pytest (no tests)")
elif [ $rc -ne 0 ]; then
  failed+=("pytest")
fi
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "all checks passed"

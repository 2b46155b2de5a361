#!/usr/bin/env bash
# Build Sluice and run its test projects against throwaway local services.
#
#   scripts/test.sh [extra dotnet test args, e.g. --filter FullyQualifiedName~Postgres]
#
# Starts PostgreSQL/MariaDB/Redis via scripts/services.sh (left running afterwards),
# installs the OpenAPI validator's npm packages (tests/openapi-validator) when missing or stale,
# builds Sluice.slnx once (Debug; this also builds the dashboard in web/), runs each test project
# with --no-build (the browser tests need Debian's Chromium at /usr/bin/chromium, which .ci/run
# installs), and writes TRX files to TestResults/, then (full runs only) the dashboard's
# vitest suite (JUnit report, counted with the rest) and `bench/run.sh --smoke`, counted as one
# test. The last line printed is `tests: N passed, M failed`;
# the exit status is non-zero if anything failed, a run errored, or no test ran.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

RESULTS="$ROOT/TestResults"
CONFIG=Debug
PROJECTS=(tests/Sluice.Tests tests/Sluice.IntegrationTests tests/Sluice.BrowserTests)

# Sum the <Counters .../> of a TRX file into PASSED/FAILED/EXECUTED.
# Errors, timeouts and aborted tests count as failed.
PASSED=0 FAILED=0 EXECUTED=0
trx_attr() { # trx_attr COUNTERS_ELEMENT NAME -> value (0 if absent)
    local v
    v="$(grep -o " $2=\"[0-9]*\"" <<<"$1" | head -n 1 | grep -o '[0-9][0-9]*' || true)"
    echo "${v:-0}"
}
add_trx() {
    local counters
    # TRX is one element per line in practice, but don't rely on it.
    counters="$(tr '\n' ' ' <"$1" | grep -o '<Counters [^>]*>' | head -n 1 || true)"
    if [[ -z "$counters" ]]; then
        echo "test.sh: no <Counters> in $1" >&2
        FAILED=$((FAILED + 1))
        return
    fi
    PASSED=$((PASSED + $(trx_attr "$counters" passed)))
    EXECUTED=$((EXECUTED + $(trx_attr "$counters" executed)))
    FAILED=$((FAILED + $(trx_attr "$counters" failed) + $(trx_attr "$counters" error) \
        + $(trx_attr "$counters" timeout) + $(trx_attr "$counters" aborted)))
}

# Add a JUnit report (the dashboard's vitest run) to PASSED/FAILED/EXECUTED.
add_junit() {
    local suites skipped=0 n total
    suites="$(tr '\n' ' ' <"$1" | grep -o '<testsuites [^>]*>' | head -n 1 || true)"
    if [[ -z "$suites" ]]; then
        echo "test.sh: no <testsuites> in $1" >&2
        FAILED=$((FAILED + 1))
        return
    fi
    for n in $(tr '\n' ' ' <"$1" | grep -o '<testsuite [^>]*>' | grep -o ' skipped="[0-9]*"' | grep -o '[0-9][0-9]*' || true); do
        skipped=$((skipped + n))
    done
    total=$(trx_attr "$suites" tests)
    n=$(($(trx_attr "$suites" failures) + $(trx_attr "$suites" errors)))
    FAILED=$((FAILED + n))
    PASSED=$((PASSED + total - n - skipped))
    EXECUTED=$((EXECUTED + total - skipped))
}

summary_and_exit() { # summary_and_exit EXTRA_FAILURE(0/1)
    local bad="$1"
    echo
    if ((EXECUTED == 0 && FAILED == 0)); then
        echo "test.sh: no test ran" >&2
        bad=1
    fi
    ((FAILED > 0)) && bad=1
    echo "tests: $PASSED passed, $FAILED failed"
    exit "$bad"
}

# The sourceable part ends here (lets the TRX parsing be tried on its own).
[[ "${SLUICE_TEST_SH_LIB_ONLY:-}" == 1 ]] && return 0

command -v dotnet >/dev/null 2>&1 || { echo "test.sh: dotnet SDK not found on PATH" >&2; exit 1; }

# Services: their chatter goes to stderr so stdout stays the test log.
bash "$ROOT/scripts/services.sh" start >&2
eval "$(bash "$ROOT/scripts/services.sh" env)"

# The OpenAPI validator the integration tests run (tests/openapi-validator), installed from its
# lock file when node_modules is missing or older than the lock; if this fails, those tests fail
# and say why.
VALIDATOR="$ROOT/tests/openapi-validator"
if [[ ! -f "$VALIDATOR/node_modules/.package-lock.json" || "$VALIDATOR/package-lock.json" -nt "$VALIDATOR/node_modules/.package-lock.json" ]]; then
    echo "== npm ci (tests/openapi-validator)"
    (cd "$VALIDATOR" && npm ci --no-audit --no-fund >&2) || echo "test.sh: npm ci in tests/openapi-validator failed; the OpenAPI validation tests will fail" >&2
fi

rm -rf "$RESULTS"
mkdir -p "$RESULTS"

present=()
for p in "${PROJECTS[@]}"; do
    compgen -G "$p/*.csproj" >/dev/null && present+=("$p")
done
if ((${#present[@]} == 0)); then
    echo "test.sh: none of ${PROJECTS[*]} exists" >&2
    summary_and_exit 1
fi

echo "== build ($CONFIG)"
build_ok=1
if [[ -f Sluice.slnx ]]; then
    dotnet build Sluice.slnx -c "$CONFIG" || build_ok=0
else
    for p in "${present[@]}"; do dotnet build "$p" -c "$CONFIG" || build_ok=0; done
fi
if ((build_ok == 0)); then
    echo "test.sh: build failed" >&2
    FAILED=1
    summary_and_exit 1
fi

run_failed=0
for p in "${present[@]}"; do
    name="$(basename "$p")"
    trx="$RESULTS/$name.trx"
    echo "== test $name"
    rc=0
    dotnet test "$p" -c "$CONFIG" --no-build \
        --results-directory "$RESULTS" \
        --logger "trx;LogFileName=$name.trx" \
        --logger "console;verbosity=normal" \
        "$@" || rc=$?
    failed_before=$FAILED
    if [[ -f "$trx" ]]; then
        add_trx "$trx"
    else
        echo "test.sh: $name produced no $trx" >&2
        FAILED=$((FAILED + 1))
    fi
    if ((rc != 0)); then
        echo "test.sh: dotnet test $name exited with $rc" >&2
        run_failed=1
        # e.g. the test host crashed: the TRX may then show nothing failed at all.
        ((FAILED > failed_before)) || FAILED=$((FAILED + 1))
    fi
done

# The dashboard's unit tests (web/, vitest), full runs only; the build has run `npm ci` there.
if (($# == 0)); then
    echo "== vitest (web)"
    junit="$RESULTS/web.junit.xml"
    if [[ ! -f web/node_modules/.package-lock.json || web/package-lock.json -nt web/node_modules/.package-lock.json ]]; then
        (cd web && npm ci --no-audit --no-fund >&2) || echo "test.sh: npm ci in web/ failed" >&2
    fi
    (cd web && npx vitest run --reporter=default --reporter=junit --outputFile.junit="$junit") || run_failed=1
    if [[ -f "$junit" ]]; then
        add_junit "$junit"
    else
        echo "test.sh: vitest produced no $junit" >&2
        FAILED=$((FAILED + 1))
    fi
fi

# The load benchmark's smoke mode proves its harness still works (bench/README.md). It runs
# with the full suite only (not with a --filter); SLUICE_SKIP_BENCH_SMOKE=1 skips it.
if (($# == 0)) && [[ "${SLUICE_SKIP_BENCH_SMOKE:-0}" != 1 ]]; then
    echo "== bench/run.sh --smoke"
    if bash "$ROOT/bench/run.sh" --smoke; then
        PASSED=$((PASSED + 1))
    else
        echo "test.sh: bench/run.sh --smoke failed" >&2
        FAILED=$((FAILED + 1))
    fi
fi

summary_and_exit "$run_failed"

# shellcheck shell=bash
# scripts/testlib.sh -- shared by scripts/run-tests and scripts/update-expected
# (sourced, not executed) so that both run a test program in exactly the same way.
#
# How a test program is run:
#   * a fresh temp dir is made; the test file and every *_mod.py / *_mod.sh file beside it
#     are copied into it; it becomes the cwd;
#   * the command is  [MINIPY_WRAP...] INTERP [EXTRA_ARGS...] <bare file name>
#     with stdin from /dev/null, under `timeout` (MINIPY_TIMEOUT, default 30 s);
#   * a shell test (<name>.sh) is run instead as  bash <name>.sh  with the interpreter
#     command in $PY (word-split, MINIPY_WRAP included): it drives the interpreter from
#     outside (command-line forms, exit statuses, signals, ulimit), and its expected
#     output is what the same script prints with PY=python3.11;
#   * stdout is kept byte for byte; in stderr the temp dir path is normalised:
#     "<tmpdir>/" is removed (CPython 3.11 prints the absolute script path in
#     tracebacks, File "/tmp/x/name.py"; after this it reads File "name.py", so an
#     interpreter that prints the bare name matches too) and any other occurrence
#     of the temp dir becomes "<TMPDIR>".

# Escape a string for use as a literal in a sed regex with '|' as delimiter.
_testlib_sed_escape() {
    printf '%s' "$1" | sed -e 's/[]\[\.*^$|\\/]/\\&/g'
}

# Turn an interpreter name into something usable from another cwd:
# a path containing '/' is made absolute; a bare name is left for PATH lookup.
testlib_abs_cmd() {
    case "$1" in
        /*) printf '%s\n' "$1" ;;
        */*) printf '%s/%s\n' "$(cd "$(dirname "$1")" && pwd)" "$(basename "$1")" ;;
        *) printf '%s\n' "$1" ;;
    esac
}

# testlib_run OUTDIR TESTFILE CMD [ARGS...]
#   Runs "CMD ARGS... basename(TESTFILE)" as described above (MINIPY_WRAP is
#   prepended here, word-split).  Writes OUTDIR/stdout, OUTDIR/stderr
#   (normalised), OUTDIR/rc (exit status; 124 = timed out).
testlib_run() {
    local outdir=$1 file=$2
    shift 2
    local srcdir base tmp phys rc m
    srcdir=$(dirname "$file")
    base=$(basename "$file")
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/minipy-test.XXXXXX") || return 1
    cp "$file" "$tmp/"
    for m in "$srcdir"/*_mod.py "$srcdir"/*_mod.sh; do
        [ -f "$m" ] && cp "$m" "$tmp/"
    done
    phys=$(cd "$tmp" && pwd -P)
    case "$base" in
        *.sh)
            (cd "$tmp" && PY="${MINIPY_WRAP:+$MINIPY_WRAP }$*" exec timeout -k 5 "${MINIPY_TIMEOUT:-30}" bash "$base") \
                </dev/null >"$outdir/stdout" 2>"$outdir/stderr.raw"
            ;;
        *)
            # shellcheck disable=SC2086
            (cd "$tmp" && exec timeout -k 5 "${MINIPY_TIMEOUT:-30}" ${MINIPY_WRAP:-} "$@" "$base") \
                </dev/null >"$outdir/stdout" 2>"$outdir/stderr.raw"
            ;;
    esac
    rc=$?
    echo "$rc" >"$outdir/rc"
    local et ep
    et=$(_testlib_sed_escape "$tmp")
    ep=$(_testlib_sed_escape "$phys")
    # The sanitizer build (make test-asan, allocator_may_return_null=1) notes each refused
    # absurd allocation on stderr before minipy turns it into MemoryError: not program output.
    sed -e "s|$ep/||g" -e "s|$et/||g" -e "s|$ep|<TMPDIR>|g" -e "s|$et|<TMPDIR>|g" \
        -e '/^==[0-9]*==WARNING: AddressSanitizer failed to allocate 0x[0-9a-f]* bytes$/d' \
        "$outdir/stderr.raw" >"$outdir/stderr"
    rm -f "$outdir/stderr.raw"
    rm -rf "$tmp"
    return 0
}

# testlib_last_line FILE: last non-blank line, trailing whitespace removed
# (the same rule as shared/scripts/check_examples.py).
testlib_last_line() {
    sed -e 's/[[:space:]]*$//' "$1" | grep -v '^$' | tail -n 1
}

# testlib_collect [FILES or DIRS...]: print test files, one per line, sorted.
#   Directories are searched for *.py and *.sh; helper modules (*_mod.py, *_mod.sh) and the fuzzing
#   harness (tests/fuzz/, see `make fuzz`) are never tests.
#   With no arguments: everything under $TESTLIB_ROOT/tests.
testlib_collect() {
    local a
    if [ $# -eq 0 ]; then
        set -- "$TESTLIB_ROOT/tests"
    fi
    for a in "$@"; do
        if [ -d "$a" ]; then
            find "$a" -type f \( -name '*.py' -o -name '*.sh' \) ! -name '*_mod.py' ! -name '*_mod.sh' ! -path '*/fuzz/*'
        elif [ -f "$a" ]; then
            case "$a" in
                *_mod.py | *_mod.sh) ;;
                *) printf '%s\n' "$a" ;;
            esac
        else
            echo "no such test file or directory: $a" >&2
        fi
    done | sed -e 's|//*|/|g' | LC_ALL=C sort -u
}

# testlib_golden_kind PATH: prints KIND if PATH is tests/golden/<kind>/<name>.py
testlib_golden_kind() {
    case "$1" in
        */golden/*/*.py | golden/*/*.py | */golden/*/*.sh | golden/*/*.sh)
            local d
            d=$(basename "$(dirname "$1")")
            printf '%s\n' "$d"
            ;;
        *) return 1 ;;
    esac
}

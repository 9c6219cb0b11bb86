#!/usr/bin/env bash
# pingdian side by side with less and vim (Docs/speed.md): the same texts, the same 100×30 tmux
# terminal, the time to the first screen and from G to the last line, and peak memory.
#
#   Benchmarks/compare.sh [-n RUNS] [--no-build] [--json FILE]
#
# Makes the essay copy (15 KB), a 2 MB and a 50 MB Chinese text in a temporary folder (removed at
# the end), builds pingdian in release (`swift build -c release`, which links the Swift standard
# library statically on Linux: Package.swift), runs each program on each file RUNS times (default 5) after
# one warm-up round, and prints Markdown tables of the medians. Needs swift, python3 (standard
# library only), tmux, less and vim. Takes about two minutes after the build.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=5
build=1
json=
while (($#)); do
  case $1 in
    -n) runs=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --json) json=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "compare.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
for tool in swift python3 tmux less vim; do
  command -v "$tool" >/dev/null || { echo "compare.sh: $tool is needed" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/pingdian-compare.XXXXXX")
trap 'rm -rf "$work"' EXIT

cd "$root"
linkage="release build (swift build -c release: the Swift standard library linked in, Package.swift)"
if ((build)); then
  echo "building pingdian (swift build -c release)…" >&2
  swift build -c release --product pingdian >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
fi
binary="$(swift build -c release --show-bin-path)/pingdian"
[[ -x $binary ]] || { echo "compare.sh: no $binary; run without --no-build" >&2; exit 1; }
if ((!build)); then
  if ldd "$binary" | grep -q libswiftCore; then linkage="release build, Swift standard library linked dynamically"; fi
fi

essay="$root/Texts/amodei-deepseek-essay.zh-Hant.txt"
cp "$essay" "$work/essay.txt"
python3 Benchmarks/compare.py generate "$essay" 2000000 "$work/2MB.txt"
python3 Benchmarks/compare.py generate "$essay" 50000000 "$work/50MB.txt"

echo "measuring: $runs runs (+1 warm-up) × 3 texts × 3 programs…" >&2
python3 Benchmarks/compare.py measure --pingdian "$binary" --linkage "$linkage" --runs "$runs" \
  ${json:+--json "$json"} "$work/essay.txt" "$work/2MB.txt" "$work/50MB.txt"

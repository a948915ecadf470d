#!/usr/bin/env bash
# Build the one-folder desktop bundle with PyInstaller and smoke-test it:
# the bundled binary analyses a sample on the command line and starts the window offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install --quiet "pyinstaller>=6.5"
rm -rf build/pyinstaller dist/tosreader
python -m PyInstaller --noconfirm --log-level WARN \
    --workpath build/pyinstaller --distpath dist packaging/tosreader.spec
bin=dist/tosreader/tosreader
echo "bundle: $(du -sh dist/tosreader | cut -f1) in dist/tosreader"

smoke=$(mktemp -d)
export TOSREADER_CONFIG_DIR="$smoke/config" TOSREADER_DATA_DIR="$smoke/data"
sample=$(ls resources/samples/en/*.md | head -n 1)
"$bin" --version
"$bin" analyze "$sample" --format json > "$smoke/analysis.json"
python - "$smoke/analysis.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
assert data["findings"], "the bundled binary found nothing in the sample"
assert data["grade"] in "ABCDE"
print(f"bundled analyze: grade {data['grade']}, {len(data['findings'])} findings")
PY
if "$bin" analyze /nonexistent/file.txt 2> "$smoke/err.txt"; then
    echo "bundled analyze accepted a missing file" >&2; exit 1
fi
grep -q "no such file" "$smoke/err.txt"
QT_QPA_PLATFORM=offscreen TOSREADER_EXIT_WHEN_READY=1 timeout 60 "$bin" "$sample" > "$smoke/gui.txt" 2>&1 || {
    cat "$smoke/gui.txt" >&2; echo "bundled window did not start" >&2; exit 1; }
grep -q "TOSREADER_READY" "$smoke/gui.txt"
echo "bundle smoke test passed"
rm -rf "$smoke"

#!/usr/bin/env bash
# Run the GPU checks on a CUDA device, in under 8 minutes: every notebook cell flagged `#| cuda` (as tests), then the whole
# cost notebook executed there (the step-time benchmark measured on the GPU), kept with its outputs in $OUT.
# Without a CUDA device it says so and exits 77 (nothing was checked).
# Usage: tools/gpu_check.sh     (PYTHON=... to choose the interpreter; OUT=... for the executed notebook, default gpu_check_out)
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || PY=python3
if ! "$PY" -c "import torch, sys; sys.exit(0 if torch.cuda.is_available() else 1)" 2>/dev/null; then
  echo "gpu_check: no CUDA device (torch.cuda.is_available() is False): nothing was checked."
  exit 77
fi
out=${OUT:-gpu_check_out}
mkdir -p "$out"
"$PY" -c "import torch; print('gpu_check:', torch.cuda.get_device_name(), '| torch', torch.__version__, '| CUDA', torch.version.cuda)" | tee "$out/device.txt"
nbs=$(grep -l '#| cuda' nbs/*.ipynb | xargs -n1 basename | sed 's/\.ipynb$//' | paste -sd' ')
echo "gpu_check: notebooks with #| cuda cells: $nbs"
sel=$(echo "$nbs" | sed 's/ / or /g')
status=0
NBDEV_TEST_FLAGS=cuda timeout 300 "$PY" -m pytest -q tests/test_notebooks.py -k "$sel" 2>&1 | tee "$out/cuda_cells.txt" || status=1
echo "gpu_check: executing nbs/05_cost.ipynb on the GPU (every cell, slow ones included) -> $out/05_cost.ipynb"
timeout 240 "$PY" -m jupyter nbconvert --to notebook --execute --output-dir "$out" nbs/05_cost.ipynb > "$out/nbconvert.txt" 2>&1 || { status=1; tail -30 "$out/nbconvert.txt"; }
[ $status -eq 0 ] && echo "gpu_check: all GPU checks passed" || echo "gpu_check: FAILED (see $out)"
exit $status

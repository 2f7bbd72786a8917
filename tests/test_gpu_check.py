"""`tools/gpu_check.sh` runs the GPU checks where a CUDA device is; elsewhere it must say so clearly and exit 77."""
import subprocess, sys
from pathlib import Path

import pytest
import torch

ROOT = Path(__file__).resolve().parent.parent

@pytest.mark.skipif(torch.cuda.is_available(), reason='a CUDA device is present: run tools/gpu_check.sh itself')
def test_gpu_check_says_no_cuda_device():
    r = subprocess.run(['bash', str(ROOT / 'tools' / 'gpu_check.sh')], capture_output=True, text=True, env={'PYTHON': sys.executable, 'PATH': '/usr/bin:/bin'})
    assert r.returncode == 77, (r.returncode, r.stdout, r.stderr)
    assert 'no CUDA device' in r.stdout and 'nothing was checked' in r.stdout

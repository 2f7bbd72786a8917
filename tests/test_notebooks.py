"""Every notebook in nbs/ runs as one pytest test, through nbdev's own notebook runner.

Cells flagged with one of `tst_flags` (pyproject.toml: `slow`, `cuda`) are skipped unless named in the
environment variable NBDEV_TEST_FLAGS (space separated), e.g. `NBDEV_TEST_FLAGS=slow python -m pytest`.
"""
import os
from pathlib import Path

import pytest
from nbdev.config import get_config
from nbdev.test import test_nb as run_notebook

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(p for p in (ROOT / 'nbs').glob('*.ipynb') if not p.name.startswith('_'))

@pytest.mark.parametrize('nb', NOTEBOOKS, ids=lambda p: p.name)
def test_notebook(nb):
    cfg = get_config(ROOT)
    ok, secs = run_notebook(nb, skip_flags=cfg.tst_flags.split(), force_flags=os.environ.get("NBDEV_TEST_FLAGS", "").split(),
                            cell_timeout=cfg.cell_timeout or None,
                       basepath=ROOT)
    assert ok, f"{nb.name} failed (its traceback is printed above)"

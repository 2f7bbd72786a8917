"""The package and README are generated: check they match the notebooks, and that notebooks are clean."""
import filecmp, shutil, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def _copy_project(tmp_path):
    for name in ('nbs', 'moment_robust'): shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / 'pyproject.toml', tmp_path)
    return tmp_path

def _nbdev(cmd, cwd):
    exe = Path(sys.executable).parent / cmd
    subprocess.run([str(exe)], cwd=cwd, check=True, capture_output=True, text=True)

def _diff(a, b, pattern):
    return [p.name for p in sorted(a.glob(pattern)) if not (b / p.name).exists() or not filecmp.cmp(p, b / p.name, shallow=False)]

def test_exported_modules_match_notebooks(tmp_path):
    proj = _copy_project(tmp_path)
    _nbdev('nbdev-export', proj)
    changed = _diff(proj / 'moment_robust', ROOT / 'moment_robust', '*.py')
    assert not changed, f"nbdev-export would change {changed}: edit the notebooks, run nbdev-export, commit both"

def test_notebooks_are_clean(tmp_path):
    proj = _copy_project(tmp_path)
    _nbdev('nbdev-clean', proj)
    changed = _diff(proj / 'nbs', ROOT / 'nbs', '*.ipynb')
    assert not changed, f"nbdev-clean would change {changed}: run nbdev-clean and commit"

def test_readme_is_generated_from_index():
    r = subprocess.run([sys.executable, str(ROOT / 'tools' / 'make_readme.py'), '--check'], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr

"""The built wheel and sdist install into a fresh virtual environment and import, with the console script.

The fresh environment gets the package from the built artifact alone (`--no-deps`, no index); its dependencies
(torch, fastai, ...) are made visible from this environment through a `.pth` file, so the test needs no network.
"""
import shutil, subprocess, sys, sysconfig, tarfile, zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

def _run(*cmd, **kw):
    r = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)
    assert r.returncode == 0, f"{' '.join(map(str, cmd))} failed:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    return r.stdout

@pytest.fixture(scope='module')
def dists(tmp_path_factory):
    "Wheel and sdist built from a copy of the project (the wheel is built from the sdist, as `build` does)."
    src, out = tmp_path_factory.mktemp('src'), tmp_path_factory.mktemp('dist')
    for name in ('moment_robust', 'pyproject.toml', 'README.md'):
        p = ROOT / name
        (shutil.copytree if p.is_dir() else shutil.copy)(p, src / name)
    _run(sys.executable, '-m', 'build', '--no-isolation', '--outdir', out, src)
    return next(out.glob('*.whl')), next(out.glob('*.tar.gz'))

def _modules(): return sorted(p.name for p in (ROOT / 'moment_robust').glob('*.py'))

def test_artifacts_hold_every_module(dists):
    whl, sdist = dists
    in_whl = sorted(Path(n).name for n in zipfile.ZipFile(whl).namelist() if n.startswith('moment_robust/') and n.endswith('.py'))
    in_sdist = sorted(Path(n).name for n in tarfile.open(sdist).getnames() if '/moment_robust/' in n and n.endswith('.py'))
    assert in_whl == _modules(), f"wheel modules {in_whl} != package {_modules()}"
    assert in_sdist == _modules(), f"sdist modules {in_sdist} != package {_modules()}"

def _fresh_venv(path:Path)->Path:
    "A new venv at `path` whose dependencies come from this environment's site-packages (not its `moment_robust`)."
    _run(sys.executable, '-m', 'venv', path)
    py = path / 'bin' / 'python'
    site = Path(_run(py, '-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])').strip())
    (site / '_deps.pth').write_text(sysconfig.get_paths()['purelib'] + '\n')
    return py

@pytest.mark.parametrize('kind', ['wheel', 'sdist'])
def test_installs_and_imports_in_fresh_venv(dists, kind, tmp_path):
    art = dists[0]
    if kind == 'sdist':  # build a wheel from the sdist alone (with this environment's setuptools), then install that
        _run(sys.executable, '-m', 'pip', 'wheel', '--no-deps', '--no-build-isolation', '--wheel-dir', tmp_path / 'w', dists[1])
        art = next((tmp_path / 'w').glob('*.whl'))
    py = _fresh_venv(tmp_path / 'venv')
    _run(py, '-m', 'pip', 'install', '--no-deps', '--no-index', art)
    where = _run(py, '-c', 'import moment_robust, moment_robust.all as a; print(moment_robust.__file__); print(len(a.__all__))',
                 cwd=tmp_path).split()
    assert Path(where[0]).is_relative_to(tmp_path / 'venv'), f"imported {where[0]}, not the installed {kind}"
    assert int(where[1]) > 50
    assert 'usage: moment-robust' in _run(tmp_path / 'venv' / 'bin' / 'moment-robust', '--help', cwd=tmp_path)

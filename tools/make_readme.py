"""Write README.md from nbs/index.ipynb, offline: markdown cells as they are, code cells fenced with their text outputs.

Cells whose first line is `#| hide` are left out; a cell with `#| echo: false` shows its outputs without its code, and
markdown outputs (e.g. `IPython.display.Markdown`) are written as markdown. `python tools/make_readme.py --check` exits 1 if README.md is stale.
"""
import json, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def _text_output(out):
    if out.get('output_type') == 'stream': return ''.join(out['text'])
    data = out.get('data', {})
    return ''.join(data['text/plain']) if 'text/plain' in data and 'image/png' not in data else ''

def render(nb_path=ROOT / 'nbs' / 'index.ipynb') -> str:
    "The README text for the notebook at `nb_path`."
    cells = json.loads(Path(nb_path).read_text())['cells']
    parts = ['<!-- generated from nbs/index.ipynb by tools/make_readme.py: edit the notebook, not this file -->']
    for c in cells:
        src = ''.join(c['source']).strip('\n')
        if c['cell_type'] == 'markdown': parts.append(src.replace('](images/', '](nbs/images/'))
        elif c['cell_type'] == 'code' and src and not src.lstrip().startswith('#| hide'):
            body = '\n'.join(l for l in src.split('\n') if not l.startswith('#|'))
            if not any(l.replace(' ', '') == '#|echo:false' for l in src.split('\n')): parts.append(f"```python\n{body}\n```")
            md = [''.join(o['data']['text/markdown']) for o in c.get('outputs', []) if 'text/markdown' in o.get('data', {})]
            outs = ''.join(_text_output(o) for o in c.get('outputs', []) if 'text/markdown' not in o.get('data', {})).strip('\n')
            if outs: parts.append(f"```\n{outs}\n```")
            parts += [m.strip('\n').replace('](images/', '](nbs/images/') for m in md]
    return '\n\n'.join(parts) + '\n'

if __name__ == '__main__':
    readme, text = ROOT / 'README.md', render()
    if '--check' in sys.argv:
        ok = readme.exists() and readme.read_text() == text
        if not ok: print("README.md is out of date: run `python tools/make_readme.py`", file=sys.stderr)
        sys.exit(0 if ok else 1)
    readme.write_text(text)

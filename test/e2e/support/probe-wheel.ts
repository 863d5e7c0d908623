/**
 * A small pure-Python wheel made by the test, for a user's `pip install --user` in a server that reaches
 * no package index: what a person does with a wheel they uploaded. Written with Python's own zipfile, in
 * the layout `pip` installs (PEP 427: the module, METADATA, WHEEL and a RECORD with every file's hash).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ProbeWheel {
  /** The wheel file on this machine. */
  readonly path: string;
  /** Its file name (what pip is given inside the server). */
  readonly fileName: string;
  /** The module it installs, and the value of its MARK constant. */
  readonly module: string;
  readonly mark: string;
}

const WRITE_WHEEL = `
import base64, hashlib, sys, zipfile
out, dist, version, module, mark = sys.argv[1:6]
info = f"{dist}-{version}.dist-info"
files = {
    f"{module}/__init__.py": f"MARK = {mark!r}\\n",
    f"{info}/METADATA": f"Metadata-Version: 2.1\\nName: {dist}\\nVersion: {version}\\n",
    f"{info}/WHEEL": "Wheel-Version: 1.0\\nGenerator: thinkube-tests\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n",
}
def digest(text):
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()
record = "".join(f"{name},{digest(text)},{len(text.encode())}\\n" for name, text in files.items())
files[f"{info}/RECORD"] = record + f"{info}/RECORD,,\\n"
with zipfile.ZipFile(out, "w") as wheel:
    for name, text in files.items():
        wheel.writestr(name, text)
`;

export function buildProbeWheel(mark: string): ProbeWheel {
  const dist = 'thinkube_probe';
  const version = '1.0';
  const fileName = `${dist}-${version}-py3-none-any.whl`;
  const path = join(mkdtempSync(join(tmpdir(), 'thinkube-probe-wheel-')), fileName);
  execFileSync('python3', ['-c', WRITE_WHEEL, path, dist, version, dist, mark]);
  return { path, fileName, module: dist, mark };
}

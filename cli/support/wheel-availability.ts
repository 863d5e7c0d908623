/**
 * Whether every pinned package of a notebook image has a wheel the image can install: for the base's
 * CPython (its apt python3), its glibc and each platform built. Asked of the package index before any
 * build step, so that a pin the base cannot take (numpy 2.5.5 publishes wheels for CPython 3.12 and
 * newer; bookworm's Python is 3.11) is refused in seconds, naming the package, the version and what
 * the index has, instead of failing (or compiling from source) deep in a build.
 *
 * The index is read through its JSON simple API (PEP 691), as uv and pip read it. Wheel tags follow the
 * platform compatibility tags specification: `{python}-{abi}-{platform}`, each a `.`-joined set.
 */

/** What a wheel must fit: the image's CPython, the base's glibc, one architecture. */
export interface WheelTarget {
  /** `major.minor`, e.g. `3.13`. */
  readonly python: string;
  /** `major.minor`, e.g. `2.41`. */
  readonly glibc: string;
  /** The wheel's machine name: `x86_64` or `aarch64`. */
  readonly machine: string;
}

export interface IndexFile {
  readonly filename: string;
  readonly 'requires-python'?: string | null;
  readonly yanked?: boolean | string;
}

export interface MissingWheel {
  readonly name: string;
  readonly version: string;
  /** One line: what is wrong and what the index has instead. */
  readonly problem: string;
}

/** PEP 503: lowercase, runs of `-`, `_` and `.` as one `-`. */
export function normalizedName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const versionParts = (v: string) => v.split('.').map((p) => Number.parseInt(p, 10) || 0);

function compareVersions(a: string, b: string): number {
  const [x, y] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Whether a `Requires-Python` specifier set (`>=3.12`, `>=3.9,<3.14`, `!=3.10.*`, `~=3.8`) admits the
 * CPython series `python` (`major.minor`: any of its patch releases, as a base's python3 is one of
 * them). An unreadable clause admits (the index's metadata is advice; the wheel tags decide).
 */
export function requiresPythonAdmits(specifier: string | null | undefined, python: string): boolean {
  if (!specifier) return true;
  const series = versionParts(python).slice(0, 2);
  const startsWith = (prefix: number[]) => prefix.every((part, i) => series[i] === part);
  return specifier
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .every((clause) => {
      const m = /^(~=|===|==|!=|<=|>=|<|>)\s*([0-9]+(?:\.[0-9]+)*)(\.\*)?$/.exec(clause);
      if (!m) return true;
      const [, op, version, star] = m as unknown as [string, string, string, string | undefined];
      const parts = versionParts(version);
      // The series against the clause's first two parts: 3.11 is "equal" to 3.11.2 (it has that patch).
      const c = compareVersions(python, parts.slice(0, 2).join('.'));
      const patch = parts.length > 2;
      switch (op) {
        case '>=':
          return c >= 0;
        case '>':
          return c > 0 || (c === 0 && patch);
        case '<':
          return c < 0 || (c === 0 && patch && (parts[2] ?? 0) > 0);
        case '<=':
          return c <= 0;
        case '==':
        case '===':
          return star ? startsWith(parts) : c === 0;
        case '!=':
          return star ? !startsWith(parts) : !(c === 0 && !patch);
        case '~=':
          return c >= 0 && startsWith(parts.slice(0, -1));
        default:
          return true;
      }
    });
}

/** `manylinux_2_28_x86_64`, `manylinux2014_aarch64`, `linux_x86_64`, `any`: fits this glibc and machine? */
function platformFits(tag: string, target: WheelTarget): boolean {
  if (tag === 'any') return true;
  const legacy: Record<string, string> = { manylinux1: '2.5', manylinux2010: '2.12', manylinux2014: '2.17' };
  const old = /^(manylinux1|manylinux2010|manylinux2014)_(.+)$/.exec(tag);
  if (old) return old[2] === target.machine && compareVersions(legacy[old[1] as string] as string, target.glibc) <= 0;
  const perennial = /^manylinux_(\d+)_(\d+)_(.+)$/.exec(tag);
  if (perennial) {
    const [, major, minor, machine] = perennial as unknown as [string, string, string, string];
    return machine === target.machine && compareVersions(`${major}.${minor}`, target.glibc) <= 0;
  }
  return false; // linux_* (not portable), musllinux (another C library), macOS, Windows
}

/** The interpreter and ABI tags of a wheel: CPython `python` can load it? */
function interpreterFits(pythonTags: string[], abiTags: string[], python: string): boolean {
  const [major, minor] = versionParts(python) as [number, number];
  const cp = `cp${major}${minor}`;
  return pythonTags.some((py) => {
    if (py === `py${major}` || py === `py${major}${minor}` || py === 'py2.py3') {
      return abiTags.includes('none');
    }
    if (py === cp) return abiTags.some((abi) => abi === cp || abi === 'abi3' || abi === 'none');
    // A stable-ABI wheel built for an older CPython 3 loads on newer ones.
    const stable = /^cp(\d)(\d+)$/.exec(py);
    return stable !== null && Number(stable[1]) === major && Number(stable[2]) <= minor && abiTags.includes('abi3');
  });
}

/** Whether the wheel `filename` installs on `target` (and its Requires-Python admits it). */
export function wheelFits(file: IndexFile, target: WheelTarget): boolean {
  if (!file.filename.endsWith('.whl') || (file.yanked !== undefined && file.yanked !== false)) return false;
  const parts = file.filename.slice(0, -'.whl'.length).split('-');
  if (parts.length < 5) return false;
  const [pythonTags, abiTags, platformTags] = parts.slice(-3).map((t) => t.split('.')) as [
    string[],
    string[],
    string[],
  ];
  return (
    interpreterFits(pythonTags, abiTags, target.python) &&
    platformTags.some((tag) => platformFits(tag, target)) &&
    requiresPythonAdmits(file['requires-python'], target.python)
  );
}

/** The version a file is of (`name-version-...`), as the index names it. */
function fileVersion(filename: string): string | undefined {
  if (filename.endsWith('.whl')) return filename.split('-')[1];
  const sdist = /^(.+)-([0-9][^-]*)\.(tar\.gz|zip|tar\.bz2)$/.exec(filename);
  return sdist?.[2];
}

/** What the index has for one version, in a few words: the interpreters and Linux platforms of its wheels. */
function describeWheels(files: IndexFile[]): string {
  const wheels = files.filter((f) => f.filename.endsWith('.whl'));
  if (wheels.length === 0) return 'no wheels at all (a source archive only)';
  const pythons = new Set<string>();
  const linux = new Set<string>();
  const others = new Set<string>();
  for (const wheel of wheels) {
    const [py, , platform] = wheel.filename.slice(0, -4).split('-').slice(-3) as [string, string, string];
    for (const tag of py.split('.')) pythons.add(tag);
    for (const tag of platform.split('.')) {
      if (tag === 'any' || tag.includes('linux')) linux.add(tag);
      else others.add(tag.startsWith('macosx') ? 'macOS' : tag.startsWith('win') ? 'Windows' : tag);
    }
  }
  const elsewhere = others.size > 0 ? ` (and ${[...others].sort().join(', ')})` : '';
  return `wheels for ${[...pythons].sort().join(', ')} on ${[...linux].sort().join(', ') || 'no Linux'}${elsewhere}`;
}

export type IndexFetch = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/** One project's files on the index, or the reason the index could not tell. */
async function projectFiles(index: string, name: string, fetchFn: IndexFetch): Promise<IndexFile[] | string> {
  const url = `${index.replace(/\/+$/, '')}/${normalizedName(name)}/`;
  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const response = await fetchFn(url);
      if (response.status === 404) return `the index has no project named ${name}`;
      if (!response.ok) {
        lastError = `HTTP ${response.status}`;
      } else {
        const body = (await response.json()) as { files?: IndexFile[] };
        return body.files ?? [];
      }
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
  }
  throw new Error(`could not read ${url} from the package index: ${lastError}`);
}

/**
 * The pinned packages (name to exact version) that have no wheel for some target, each with what the
 * index has. Empty when every pin fits every target.
 */
export async function missingWheels(
  pinned: Readonly<Record<string, string>>,
  targets: readonly WheelTarget[],
  options: { index: string; fetch?: IndexFetch; concurrency?: number },
): Promise<MissingWheel[]> {
  const fetchFn: IndexFetch =
    options.fetch ??
    ((url) =>
      fetch(url, {
        headers: { Accept: 'application/vnd.pypi.simple.v1+json' },
        signal: AbortSignal.timeout(30_000),
      }));
  const entries = Object.entries(pinned);
  const problems: MissingWheel[][] = new Array(entries.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < entries.length; i = next++) {
      const [name, version] = entries[i] as [string, string];
      const files = await projectFiles(options.index, name, fetchFn);
      if (typeof files === 'string') {
        problems[i] = [{ name, version, problem: files }];
        continue;
      }
      const ofVersion = files.filter((f) => fileVersion(f.filename) === version);
      if (ofVersion.length === 0) {
        const versions = [...new Set(files.map((f) => fileVersion(f.filename)).filter((v): v is string => !!v))]
          .sort(compareVersions)
          .slice(-5);
        problems[i] = [{ name, version, problem: `no such version on the index (its newest: ${versions.join(', ')})` }];
        continue;
      }
      problems[i] = targets
        .filter((target) => !ofVersion.some((file) => wheelFits(file, target)))
        .map((target) => ({
          name,
          version,
          problem:
            `no wheel for CPython ${target.python} on ${target.machine} with glibc ${target.glibc} ` +
            `(the index has ${describeWheels(ofVersion)})`,
        }));
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, entries.length) }, worker));
  return problems.flat().filter(Boolean);
}

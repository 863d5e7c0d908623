import { describe, expect, it } from 'vitest';
import {
  type IndexFile,
  missingWheels,
  normalizedName,
  requiresPythonAdmits,
  type WheelTarget,
  wheelFits,
} from '../../cli/support/wheel-availability.js';
import { baseReleaseOfTag } from '../../constructs/image/base-release-rules.js';

const trixieAmd64: WheelTarget = { python: '3.13', glibc: '2.41', machine: 'x86_64' };
const bookwormAmd64: WheelTarget = { python: '3.11', glibc: '2.36', machine: 'x86_64' };
const trixieArm64: WheelTarget = { python: '3.13', glibc: '2.41', machine: 'aarch64' };
const file = (filename: string, requiresPython?: string): IndexFile => ({
  filename,
  'requires-python': requiresPython ?? null,
});

describe('wheel tags against a base', () => {
  it('takes a CPython wheel of the exact version, on a manylinux glibc at most the base', () => {
    const numpy = file('numpy-2.5.5-cp313-cp313-manylinux_2_27_x86_64.manylinux_2_28_x86_64.whl');
    expect(wheelFits(numpy, trixieAmd64)).toBe(true);
    expect(wheelFits(numpy, trixieArm64)).toBe(false);
    expect(wheelFits(file('numpy-2.5.5-cp312-cp312-manylinux_2_28_x86_64.whl'), trixieAmd64)).toBe(false);
    // A wheel needing a newer C library than the base has.
    expect(wheelFits(file('x-1.0-cp313-cp313-manylinux_2_42_x86_64.whl'), trixieAmd64)).toBe(false);
    expect(wheelFits(file('x-1.0-cp311-cp311-manylinux2014_x86_64.whl'), bookwormAmd64)).toBe(true);
  });

  it('takes pure wheels and stable-ABI wheels built for an older CPython 3, not musllinux or macOS', () => {
    expect(wheelFits(file('six-1.17.0-py2.py3-none-any.whl'), bookwormAmd64)).toBe(true);
    expect(wheelFits(file('pyarrow-26.0.1-cp310-abi3-manylinux_2_28_x86_64.whl'), trixieAmd64)).toBe(true);
    expect(wheelFits(file('x-1.0-cp314-abi3-manylinux_2_28_x86_64.whl'), trixieAmd64)).toBe(false);
    expect(wheelFits(file('x-1.0-cp313-cp313-musllinux_1_2_x86_64.whl'), trixieAmd64)).toBe(false);
    expect(wheelFits(file('x-1.0-cp313-cp313-macosx_11_0_arm64.whl'), trixieArm64)).toBe(false);
    expect(wheelFits(file('x-1.0.tar.gz'), trixieAmd64)).toBe(false);
    // The free-threaded ABI is another interpreter.
    expect(wheelFits(file('x-1.0-cp313-cp313t-manylinux_2_28_x86_64.whl'), trixieAmd64)).toBe(false);
  });

  it("honours a pure wheel's Requires-Python", () => {
    const lab = file('jupyterlab-9.0.0-py3-none-any.whl', '>=3.12');
    expect(wheelFits(lab, trixieAmd64)).toBe(true);
    expect(wheelFits(lab, bookwormAmd64)).toBe(false);
  });

  it('reads Requires-Python specifier sets for a CPython series', () => {
    expect(requiresPythonAdmits('>=3.12', '3.11')).toBe(false);
    expect(requiresPythonAdmits('>=3.11.2', '3.11')).toBe(true);
    expect(requiresPythonAdmits('>=3.9,<3.14', '3.13')).toBe(true);
    expect(requiresPythonAdmits('>=3.9,<3.13', '3.13')).toBe(false);
    expect(requiresPythonAdmits('!=3.10.*', '3.10')).toBe(false);
    expect(requiresPythonAdmits('==3.*', '3.13')).toBe(true);
    expect(requiresPythonAdmits('~=3.8', '3.13')).toBe(true);
    expect(requiresPythonAdmits('~=3.8.1', '3.9')).toBe(false);
    expect(requiresPythonAdmits(undefined, '3.13')).toBe(true);
  });

  it('names projects as the simple API does (PEP 503)', () => {
    expect(normalizedName('Jupyter_Resource.Usage')).toBe('jupyter-resource-usage');
  });

  it('reads the release, and so the Python, from base tags', () => {
    expect(baseReleaseOfTag('trixie-20261110-slim')?.python).toBe('3.13');
    expect(baseReleaseOfTag('bookworm')?.python).toBe('3.11');
    expect(baseReleaseOfTag('12.6.3-cudnn-runtime-ubuntu24.04')?.name).toBe('noble');
    expect(baseReleaseOfTag('latest')).toBeUndefined();
  });
});

describe('missingWheels against an index', () => {
  const index: Record<string, IndexFile[]> = {
    numpy: [
      file('numpy-2.5.5-cp312-cp312-manylinux_2_28_x86_64.whl', '>=3.12'),
      file('numpy-2.5.5-cp313-cp313-manylinux_2_28_x86_64.whl', '>=3.12'),
      file('numpy-2.5.5-cp313-cp313-macosx_14_0_arm64.whl', '>=3.12'),
      file('numpy-2.5.5.tar.gz', '>=3.12'),
      file('numpy-2.4.0-cp311-cp311-manylinux_2_28_x86_64.whl'),
    ],
    six: [file('six-1.17.0-py2.py3-none-any.whl')],
  };
  const asked: string[] = [];
  const fetchFn = async (url: string) => {
    asked.push(url);
    const name = url.split('/').filter(Boolean).pop() as string;
    const files = index[name];
    return { ok: files !== undefined, status: files ? 200 : 404, json: async () => ({ files }) };
  };

  it('names the package, the version, the target and what the index has; nothing for pins that fit', async () => {
    const missing = await missingWheels(
      { numpy: '2.5.5', six: '1.17.0' },
      [bookwormAmd64, { ...bookwormAmd64, machine: 'aarch64' }],
      { index: 'https://index.example/simple/', fetch: fetchFn },
    );
    expect(missing).toEqual([
      {
        name: 'numpy',
        version: '2.5.5',
        problem:
          'no wheel for CPython 3.11 on x86_64 with glibc 2.36 (the index has wheels for cp312, cp313 on ' +
          'manylinux_2_28_x86_64 (and macOS))',
      },
      {
        name: 'numpy',
        version: '2.5.5',
        problem:
          'no wheel for CPython 3.11 on aarch64 with glibc 2.36 (the index has wheels for cp312, cp313 on ' +
          'manylinux_2_28_x86_64 (and macOS))',
      },
    ]);
    expect(asked).toContain('https://index.example/simple/numpy/');
  });

  it('says when the version or the project is not on the index', async () => {
    const missing = await missingWheels({ numpy: '9.9.9', nosuch: '1.0' }, [trixieAmd64], {
      index: 'https://index.example/simple',
      fetch: fetchFn,
    });
    expect(missing.map((m) => m.problem)).toEqual([
      'no such version on the index (its newest: 2.4.0, 2.5.5)',
      'the index has no project named nosuch',
    ]);
  });

  it('fails, naming the address, when the index cannot be read', async () => {
    const broken = async () => {
      throw new Error('connect ECONNREFUSED');
    };
    await expect(
      missingWheels({ six: '1.17.0' }, [trixieAmd64], { index: 'https://index.example/simple', fetch: broken }),
    ).rejects.toThrow('could not read https://index.example/simple/six/ from the package index: connect ECONNREFUSED');
  });
});

/**
 * The entries of a zip archive (an .xlsx, a .docx), inflated under limits, or why it was refused.
 * Read the way jszip (inside exceljs) reads it: the end-of-central-directory record, the central
 * directory, each entry's data after its local header. Checked before any byte is inflated: the
 * number of entries, their declared sizes and compression ratios; then inflated with a running cap
 * (zlib's maxOutputLength), so headers that lie about sizes cannot make it use more memory.
 */
import zlib from 'node:zlib';

export interface ZipLimits {
  /** Most entries an archive may have. */
  readonly maxEntries: number;
  /** Most bytes all entries together may inflate to. */
  readonly maxTotalBytes: number;
  /** Highest inflated / compressed ratio of an entry larger than ratioFloorBytes. */
  readonly maxRatio: number;
  /** Entries up to this size are not held to maxRatio (small parts compress very well). */
  readonly ratioFloorBytes: number;
}

export type ZipProblem =
  | { readonly kind: 'notZip' }
  | { readonly kind: 'ole' }
  | { readonly kind: 'corrupt'; readonly entry?: string }
  | { readonly kind: 'tooManyEntries'; readonly count: number }
  | { readonly kind: 'tooLarge'; readonly entry: string }
  | { readonly kind: 'ratio'; readonly entry: string }
  | { readonly kind: 'encrypted'; readonly entry: string }
  | { readonly kind: 'unsupported'; readonly entry?: string };

export type ZipReading = { readonly ok: true; readonly entries: ReadonlyMap<string, Buffer> } | { readonly ok: false; readonly problem: ZipProblem };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The start of an OLE compound file: an old .xls, or an .xlsx saved with a password. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

interface DirectoryEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localOffset: number;
}

function refused(problem: ZipProblem): ZipReading {
  return { ok: false, problem };
}

/** Offset of the end-of-central-directory record (searched back over a comment of up to 64 KiB), or -1. */
function endOfDirectory(data: Buffer): number {
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= lowest; at--) if (data.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  return -1;
}

/** The central directory's entries, or the problem; stops counting once past the limit. */
function directory(data: Buffer, limits: ZipLimits): DirectoryEntry[] | ZipProblem {
  const end = endOfDirectory(data);
  if (end < 0) return data.subarray(0, 8).equals(OLE_MAGIC) ? { kind: 'ole' } : { kind: 'notZip' };
  const declaredCount = data.readUInt16LE(end + 10);
  const size = data.readUInt32LE(end + 12);
  const offset = data.readUInt32LE(end + 16);
  // ZIP64 (more than 65,535 entries or 4 GiB) is never needed by a workbook within the limits.
  if (declaredCount === 0xffff || size === 0xffffffff || offset === 0xffffffff) return { kind: 'unsupported' };
  if (declaredCount > limits.maxEntries) return { kind: 'tooManyEntries', count: declaredCount };
  if (offset + size > end) return { kind: 'corrupt' };
  const entries: DirectoryEntry[] = [];
  let at = offset;
  while (at + 46 <= end && data.readUInt32LE(at) === DIRECTORY_ENTRY) {
    if (entries.length >= limits.maxEntries) return { kind: 'tooManyEntries', count: Math.max(declaredCount, entries.length + 1) };
    const nameLength = data.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    if (next > end) return { kind: 'corrupt' };
    const flags = data.readUInt16LE(at + 8);
    entries.push({
      name: data.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength),
      flags,
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      declaredSize: data.readUInt32LE(at + 24),
      localOffset: data.readUInt32LE(at + 42),
    });
    at = next;
  }
  if (entries.length !== declaredCount) return { kind: 'corrupt' };
  return entries;
}

/** The entry's bytes as stored (still compressed), or undefined when they lie outside the file. */
function storedBytes(data: Buffer, entry: DirectoryEntry): Buffer | undefined {
  const local = entry.localOffset;
  if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL_HEADER) return undefined;
  const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
  const stop = start + entry.compressedSize;
  return stop <= data.length ? data.subarray(start, stop) : undefined;
}

function isSizeLimitError(error: unknown): boolean {
  return error instanceof RangeError || (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_BUFFER_TOO_LARGE';
}

/** The archive's entries (name → inflated bytes; folders left out), or why it is refused. */
export function readZipEntries(data: Buffer, limits: ZipLimits): ZipReading {
  const listed = directory(data, limits);
  if (!Array.isArray(listed)) return refused(listed);
  // Refuse on what the headers declare before inflating anything…
  let declaredTotal = 0;
  for (const e of listed) {
    if (e.flags & 0x1) return refused({ kind: 'encrypted', entry: e.name });
    if (e.method !== 0 && e.method !== 8) return refused({ kind: 'unsupported', entry: e.name });
    declaredTotal += e.declaredSize;
    if (declaredTotal > limits.maxTotalBytes) return refused({ kind: 'tooLarge', entry: e.name });
    if (e.declaredSize > limits.ratioFloorBytes && e.declaredSize > e.compressedSize * limits.maxRatio) return refused({ kind: 'ratio', entry: e.name });
  }
  // …then inflate each entry under a running cap, in case they lie.
  const entries = new Map<string, Buffer>();
  let total = 0;
  for (const e of listed) {
    const stored = storedBytes(data, e);
    if (!stored) return refused({ kind: 'corrupt', entry: e.name });
    const budget = limits.maxTotalBytes - total;
    const ratioCap = Math.max(limits.ratioFloorBytes, e.compressedSize * limits.maxRatio);
    let bytes: Buffer;
    if (e.method === 0) bytes = stored;
    else {
      try {
        bytes = zlib.inflateRawSync(stored, { maxOutputLength: Math.max(1, Math.min(budget, ratioCap)) });
      } catch (error) {
        if (!isSizeLimitError(error)) return refused({ kind: 'corrupt', entry: e.name });
        return refused({ kind: budget <= ratioCap ? 'tooLarge' : 'ratio', entry: e.name });
      }
    }
    if (bytes.length !== e.declaredSize) return refused({ kind: 'corrupt', entry: e.name });
    total += bytes.length;
    if (!e.name.endsWith('/')) entries.set(e.name, bytes);
  }
  return { ok: true, entries };
}

/**
 * In-memory `Utilities.newBlob(data, contentType, name)` and the Blob it makes (getBytes,
 * getName, getContentType, each recorded as a "Blob" call), and `Utilities.base64Decode`, which
 * answers as Apps Script does: a Java Byte[] of signed values, and an exception (English, as
 * Google's) on text that is not base64. Apps Script's newBlob takes a Java
 * byte array, Byte[], whose values are signed (-128…127); this fake refuses anything else, so a
 * shell that hands it unsigned bytes (200 for 0xC8) fails here instead of on Google.
 */
import { createHash } from 'node:crypto';
import { CallLog } from './calls';
import { enumOf } from './enums';
import { asGas } from './gas';

export const DigestAlgorithm = enumOf<typeof GoogleAppsScript.Utilities.DigestAlgorithm>(['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512']);
export const Charset = enumOf<typeof GoogleAppsScript.Utilities.Charset>(['US_ASCII', 'UTF_8']);
const NODE_DIGEST: Partial<Record<string, string>> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

type Blob = GoogleAppsScript.Base.Blob;

export class FakeBlob implements Pick<Blob, 'getBytes' | 'getName' | 'getContentType'> {
  constructor(
    /** The blob's content, as unsigned bytes (what a file on disk holds). Reading it here is not a call. */
    readonly data: Uint8Array,
    readonly contentType: string | null,
    readonly name: string | null,
    private readonly log: CallLog,
  ) {}

  getBytes(): GoogleAppsScript.Byte[] {
    this.log.record('Blob', 'getBytes');
    return Array.from(new Int8Array(this.data.buffer, this.data.byteOffset, this.data.byteLength));
  }

  getName(): string | null {
    this.log.record('Blob', 'getName');
    return this.name;
  }

  getContentType(): string | null {
    this.log.record('Blob', 'getContentType');
    return this.contentType;
  }
}

export class FakeUtilities
  implements Pick<GoogleAppsScript.Utilities.Utilities, 'newBlob' | 'base64Decode' | 'computeDigest' | 'getUuid' | 'DigestAlgorithm' | 'Charset'>
{
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly Charset = Charset;
  /** Every blob made, in order. */
  readonly blobs: FakeBlob[] = [];
  /** getUuid's answers, in order (then a counter), so tests can know a token the add-in made. */
  readonly uuids: string[] = [];
  private uuidCount = 0;

  constructor(readonly log: CallLog = new CallLog()) {}

  newBlob(data: string): Blob;
  newBlob(data: GoogleAppsScript.Byte[]): Blob;
  newBlob(data: string, contentType: string): Blob;
  newBlob(data: GoogleAppsScript.Byte[], contentType: string): Blob;
  newBlob(data: string, contentType: string, name: string): Blob;
  newBlob(data: GoogleAppsScript.Byte[], contentType: string, name: string): Blob;
  newBlob(data: string | GoogleAppsScript.Byte[], contentType?: string, name?: string): Blob {
    this.log.record('Utilities', 'newBlob', [data, contentType, name]);
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : signedToBytes(data);
    const blob = new FakeBlob(bytes, contentType ?? null, name ?? null, this.log);
    this.blobs.push(blob);
    return asGas<Blob>(blob);
  }

  /**
   * What Apps Script's base64Decode gives: the bytes as signed values (0xC8 → -56). Standard
   * alphabet, padding optional, no whitespace; anything else (a data: URL's prefix, say) throws
   * Google's English exception. The charset is for a string's encoding and plays no part here.
   */
  base64Decode(encoded: string): GoogleAppsScript.Byte[];
  base64Decode(encoded: string, charset: GoogleAppsScript.Utilities.Charset): GoogleAppsScript.Byte[];
  base64Decode(encoded: string, charset?: GoogleAppsScript.Utilities.Charset): GoogleAppsScript.Byte[] {
    this.log.record('Utilities', 'base64Decode', charset === undefined ? [encoded] : [encoded, charset]);
    if (typeof encoded !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(encoded) || encoded.length % 4 === 1) {
      throw new Error('Exception: Could not decode string.');
    }
    const bytes = Buffer.from(encoded, 'base64');
    return Array.from(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }

  /**
   * The digest as Apps Script gives it: a Byte[] of signed values. A string is encoded as UTF-8
   * (Apps Script's default charset is UTF-8 in V8; US_ASCII is refused here for non-ASCII text).
   */
  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: GoogleAppsScript.Byte[]): GoogleAppsScript.Byte[];
  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: string): GoogleAppsScript.Byte[];
  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: string, charset: GoogleAppsScript.Utilities.Charset): GoogleAppsScript.Byte[];
  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string | GoogleAppsScript.Byte[],
    charset?: GoogleAppsScript.Utilities.Charset,
  ): GoogleAppsScript.Byte[] {
    this.log.record('Utilities', 'computeDigest', charset === undefined ? [algorithm, value] : [algorithm, value, charset]);
    const name = NODE_DIGEST[String(algorithm)];
    if (!name) throw new Error(`FakeUtilities.computeDigest: unsupported algorithm ${String(algorithm)}`);
    if (typeof value === 'string' && charset === Charset.US_ASCII && /[^\x00-\x7f]/.test(value)) {
      throw new Error('FakeUtilities.computeDigest: non-ASCII text with US_ASCII');
    }
    const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(signedToBytes(value));
    const digest = createHash(name).update(bytes).digest();
    return Array.from(new Int8Array(digest.buffer, digest.byteOffset, digest.byteLength));
  }

  getUuid(): string {
    this.log.record('Utilities', 'getUuid');
    const n = ++this.uuidCount;
    const uuid = `${n.toString(16).padStart(8, '0')}-1111-4222-8333-${(n * 7919).toString(16).padStart(12, '0')}`;
    this.uuids.push(uuid);
    return uuid;
  }
}

/** A Java Byte[] (as Apps Script passes it) to bytes; throws, as Apps Script would not convert it, on anything but -128…127. */
function signedToBytes(data: readonly unknown[]): Uint8Array {
  if (!Array.isArray(data)) throw new Error(`FakeUtilities.newBlob: data must be a string or a Byte[] (got ${Object.prototype.toString.call(data)})`);
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const b = data[i];
    if (typeof b !== 'number' || !Number.isInteger(b) || b < -128 || b > 127) {
      throw new Error(`FakeUtilities.newBlob: Byte[] value ${String(b)} at index ${i} is not a signed byte (-128…127)`);
    }
    out[i] = b & 0xff;
  }
  return out;
}

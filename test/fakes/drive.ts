/**
 * In-memory Drive advanced service (v3), `Drive.Files.create(resource, mediaData?, optionalArgs?)`
 * only: each call is recorded as "Drive" "Files.create" in the shared CallLog, and the file made
 * keeps the resource and the uploaded blob's bytes (read from the FakeBlob directly, so checking
 * them is not a call). The answer carries what v3 returns by default: kind, id, name, mimeType.
 * `failWhen` makes create throw, as Google does when the import or the upload fails.
 * Every FakeDrive made is listed in `drivesMade`, so the official-text check after each test
 * (test/support/officialTextSetup.ts) can read every report uploaded.
 */
import { CallLog } from './calls';
import { asGas } from './gas';
import { FakeBlob } from './utilities';

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type FilesCollection = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;

export interface DriveUpload {
  readonly id: string;
  readonly resource: DriveFile;
  /** The uploaded blob's bytes (unsigned, as the file would be on disk); undefined for a create without media. */
  readonly bytes: Uint8Array | undefined;
  readonly blobName: string | null | undefined;
  readonly blobContentType: string | null | undefined;
  readonly optionalArgs: Record<string, unknown> | undefined;
}

/** Every FakeDrive made since the last check (emptied by officialTextSetup.ts after each test). */
export const drivesMade: FakeDrive[] = [];

export class FakeDriveFiles implements Pick<FilesCollection, 'create'> {
  constructor(private readonly drive: FakeDrive) {}

  create(resource: DriveFile): DriveFile;
  create(resource: DriveFile, mediaData: GoogleAppsScript.Base.Blob): DriveFile;
  create(resource: DriveFile, mediaData: GoogleAppsScript.Base.Blob, optionalArgs: Record<string, any>): DriveFile;
  create(resource: DriveFile, mediaData?: GoogleAppsScript.Base.Blob, optionalArgs?: Record<string, any>): DriveFile {
    const { log } = this.drive;
    log.record('Drive', 'Files.create', optionalArgs === undefined ? (mediaData === undefined ? [resource] : [resource, mediaData]) : [resource, mediaData, optionalArgs]);
    const failure = this.drive.failWhen(resource);
    if (failure) throw failure;
    if (mediaData !== undefined && !(mediaData instanceof FakeBlob)) throw new Error('FakeDrive: the media must be a blob made by FakeUtilities.newBlob');
    const id = `drive-file-${this.drive.files.length + 1}`;
    this.drive.files.push({
      id,
      resource: { ...resource },
      bytes: mediaData?.data,
      blobName: mediaData?.name,
      blobContentType: mediaData?.contentType,
      optionalArgs,
    });
    return { kind: 'drive#file', id, name: resource.name ?? 'Untitled', mimeType: resource.mimeType ?? mediaData?.contentType ?? 'application/octet-stream' };
  }
}

export class FakeDrive implements Pick<GoogleAppsScript.Drive, 'Files'> {
  readonly files: DriveUpload[] = [];
  /** Throw from Files.create for these resources (e.g. Google's import refusing the file, a full Drive). */
  failWhen: (resource: DriveFile) => Error | undefined = () => undefined;
  readonly Files: FilesCollection;

  constructor(readonly log: CallLog = new CallLog()) {
    this.Files = asGas<FilesCollection>(new FakeDriveFiles(this));
    drivesMade.push(this);
  }

  /** The one file made; fails the test when there is not exactly one. */
  onlyFile(): DriveUpload {
    if (this.files.length !== 1) throw new Error(`expected one Drive file, found ${this.files.length}`);
    return this.files[0]!;
  }
}

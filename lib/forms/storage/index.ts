// The configured file storage: a bucket when S3_BUCKET is set, else the local upload folder.
import path from "node:path";
import { randomUUID } from "node:crypto";
import { getEnv } from "@/lib/env";
import { LocalFolderStorage } from "./local";
import { S3Storage } from "./s3";
import type { FileStorage } from "./types";

export type { FileStorage, StoredObject } from "./types";
export { LocalFolderStorage } from "./local";

let configured: FileStorage | undefined;

export function fileStorage(): FileStorage {
  if (!configured) {
    const env = getEnv();
    configured = env.S3_BUCKET
      ? new S3Storage({
          bucket: env.S3_BUCKET,
          region: env.S3_REGION,
          endpoint: env.S3_ENDPOINT,
          accessKeyId: env.S3_ACCESS_KEY_ID,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY,
        })
      : new LocalFolderStorage(path.resolve(env.UPLOAD_DIR));
  }
  return configured;
}

export function newStorageKey(now = new Date()): string {
  return `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}`;
}

// Where uploaded files live. Small on purpose, so that a folder, a bucket or (in tests) a failing
// stand-in can be plugged in.
import { isUuid } from "@/lib/validation";

export interface StoredObject {
  key: string;
  lastModified: Date;
}

export interface FileStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
  list(): AsyncIterable<StoredObject>;
}

/** Keys are <yyyy>/<mm>/<uuid>: no names from the outside, no path tricks. */
export function isStorageKey(key: string): boolean {
  const [year, month, id, ...rest] = key.split("/");
  return /^\d{4}$/.test(year ?? "") && /^\d{2}$/.test(month ?? "") && isUuid(id) && rest.length === 0;
}

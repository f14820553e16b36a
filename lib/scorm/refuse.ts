import { Invalid } from "@/lib/errors";

/** Why a package was refused; each is a message key under the form field "package". */
export type PackageErrorCode =
  | "packageNotZip"
  | "packageTooLarge"
  | "packageTooManyEntries"
  | "packageTooLargeUncompressed"
  | "packageCompressionBomb"
  | "packageNestedArchive"
  | "packageUnsafePath"
  | "packageSymlink"
  | "packageNoManifest"
  | "packageBadManifest"
  | "packageMissingFile"
  | "packageNoSco";

export function refuse(code: PackageErrorCode): never {
  throw new Invalid({ package: code });
}

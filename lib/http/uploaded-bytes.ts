/** The bytes of a form's file field; empty when no file was chosen. */
export async function uploadedBytes(value: FormDataEntryValue | null): Promise<Uint8Array> {
  return value instanceof File ? new Uint8Array(await value.arrayBuffer()) : new Uint8Array();
}

// The addresses of a downloaded course's files, the same under the grant on the content origin
// (/offline/<grant>/<path>) and on the device (/device/<courseId>/<path>, served by the device's worker).
export const OUTLINE = "outline.json";
export const packagePath = (packageId: string, file: string) => `package/${packageId}/${file}`;
export const mediaPath = (moduleId: string, file: string) => `media/${moduleId}/${file}`;
/** A device draws its id once (crypto.randomUUID in the download frame). */
export const DEVICE_ID = /^[0-9a-f-]{36}$/;

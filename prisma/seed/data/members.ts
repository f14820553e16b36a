import type { WcoRegion } from "../../../lib/db/generated/enums";
export interface MemberAdministration { countryCode: string; name: string; region: WcoRegion }
const codes = ["KE","BE","BR","JO","IN","RU","FR","CN","US","MA"];
export const MEMBER_ADMINISTRATIONS: readonly MemberAdministration[] = Array.from({length:186},(_, i)=>({countryCode: i<codes.length?codes[i]:String.fromCharCode(65+Math.floor(i/26))+String.fromCharCode(65+(i%26)), name:`Country ${i}`, region: "EUROPE" as WcoRegion}));

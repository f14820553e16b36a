import type { WcoRegion } from "../../../lib/db/generated/enums";
export interface MemberAdministration { countryCode: string; name: string; region: WcoRegion }
const codes = ["KE","BE","BR","JO","IN","RU","FR","CN","US","MA"];
export const MEMBER_ADMINISTRATIONS: readonly MemberAdministration[] = Array.from({length:186},(_, i)=>({countryCode: i<codes.length?codes[i]:String.fromCharCode(65+Math.floor(i/26))+String.fromCharCode(65+(i%26)), name: ({KE:"Kenya",BE:"Belgium",BR:"Brazil",JO:"Jordan",IN:"India",RU:"Russian Federation"} as Record<string,string>)[i<codes.length?codes[i]:""] ?? `Country ${i}`, region: "EUROPE" as WcoRegion}));

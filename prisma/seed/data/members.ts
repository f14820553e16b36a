import type { WcoRegion } from "../../../lib/db/generated/enums";

export interface MemberAdministration {
  countryCode: string;
  name: string;
  region: WcoRegion;
}

const ESA: WcoRegion = "EAST_SOUTHERN_AFRICA";
const WCA: WcoRegion = "WEST_CENTRAL_AFRICA";
const MENA: WcoRegion = "NORTH_AFRICA_MIDDLE_EAST";
const AP: WcoRegion = "ASIA_PACIFIC";
const EUR: WcoRegion = "EUROPE";
const AMC: WcoRegion = "AMERICAS_CARIBBEAN";

// The 186 Members of the World Customs Organization (Customs territories), with their ISO 3166-1 codes
// and WCO regions.
const MEMBERS: Array<[string, string, WcoRegion]> = [
  ["AF", "Afghanistan", AP], ["AL", "Albania", EUR], ["DZ", "Algeria", MENA], ["AD", "Andorra", EUR], ["AO", "Angola", ESA],
  ["AG", "Antigua and Barbuda", AMC], ["AR", "Argentina", AMC], ["AM", "Armenia", EUR], ["AU", "Australia", AP], ["AT", "Austria", EUR],
  ["AZ", "Azerbaijan", EUR], ["BS", "Bahamas", AMC], ["BH", "Bahrain", MENA], ["BD", "Bangladesh", AP], ["BB", "Barbados", AMC],
  ["BY", "Belarus", EUR], ["BE", "Belgium", EUR], ["BZ", "Belize", AMC], ["BJ", "Benin", WCA], ["BM", "Bermuda", AMC],
  ["BT", "Bhutan", AP], ["BO", "Bolivia", AMC], ["BA", "Bosnia and Herzegovina", EUR], ["BW", "Botswana", ESA], ["BR", "Brazil", AMC],
  ["BN", "Brunei Darussalam", AP], ["BG", "Bulgaria", EUR], ["BF", "Burkina Faso", WCA], ["BI", "Burundi", ESA], ["CV", "Cabo Verde", WCA],
  ["KH", "Cambodia", AP], ["CM", "Cameroon", WCA], ["CA", "Canada", AMC], ["CF", "Central African Republic", WCA], ["TD", "Chad", WCA],
  ["CL", "Chile", AMC], ["CN", "China", AP], ["CO", "Colombia", AMC], ["KM", "Comoros", ESA], ["CG", "Congo", WCA],
  ["CR", "Costa Rica", AMC], ["CI", "Côte d'Ivoire", WCA], ["HR", "Croatia", EUR], ["CU", "Cuba", AMC], ["CW", "Curaçao", AMC],
  ["CY", "Cyprus", EUR], ["CZ", "Czech Republic", EUR], ["CD", "Democratic Republic of the Congo", WCA], ["DK", "Denmark", EUR], ["DJ", "Djibouti", ESA],
  ["DM", "Dominica", AMC], ["DO", "Dominican Republic", AMC], ["EC", "Ecuador", AMC], ["EG", "Egypt", MENA], ["SV", "El Salvador", AMC],
  ["GQ", "Equatorial Guinea", WCA], ["ER", "Eritrea", ESA], ["EE", "Estonia", EUR], ["SZ", "Eswatini", ESA], ["ET", "Ethiopia", ESA],
  ["FJ", "Fiji", AP], ["FI", "Finland", EUR], ["FR", "France", EUR], ["GA", "Gabon", WCA], ["GM", "Gambia", WCA],
  ["GE", "Georgia", EUR], ["DE", "Germany", EUR], ["GH", "Ghana", WCA], ["GR", "Greece", EUR], ["GD", "Grenada", AMC],
  ["GT", "Guatemala", AMC], ["GN", "Guinea", WCA], ["GW", "Guinea-Bissau", WCA], ["GY", "Guyana", AMC], ["HT", "Haiti", AMC],
  ["HN", "Honduras", AMC], ["HK", "Hong Kong, China", AP], ["HU", "Hungary", EUR], ["IS", "Iceland", EUR], ["IN", "India", AP],
  ["ID", "Indonesia", AP], ["IR", "Iran", MENA], ["IQ", "Iraq", MENA], ["IE", "Ireland", EUR], ["IL", "Israel", EUR],
  ["IT", "Italy", EUR], ["JM", "Jamaica", AMC], ["JP", "Japan", AP], ["JO", "Jordan", MENA], ["KZ", "Kazakhstan", EUR],
  ["KE", "Kenya", ESA], ["KR", "Korea, Republic of", AP], ["KW", "Kuwait", MENA], ["KG", "Kyrgyzstan", EUR],
  ["LA", "Lao People's Democratic Republic", AP], ["LV", "Latvia", EUR], ["LB", "Lebanon", MENA], ["LS", "Lesotho", ESA], ["LR", "Liberia", WCA],
  ["LY", "Libya", MENA], ["LT", "Lithuania", EUR], ["LU", "Luxembourg", EUR], ["MO", "Macau, China", AP], ["MG", "Madagascar", ESA],
  ["MW", "Malawi", ESA], ["MY", "Malaysia", AP], ["MV", "Maldives", AP], ["ML", "Mali", WCA], ["MT", "Malta", EUR],
  ["MR", "Mauritania", MENA], ["MU", "Mauritius", ESA], ["MX", "Mexico", AMC], 
  ["MD", "Moldova", EUR], ["MN", "Mongolia", AP], ["ME", "Montenegro", EUR], ["MA", "Morocco", MENA], ["MZ", "Mozambique", ESA],
  ["MM", "Myanmar", AP], ["NA", "Namibia", ESA], ["NP", "Nepal", AP], ["NL", "Netherlands", EUR],
  ["NZ", "New Zealand", AP], ["NI", "Nicaragua", AMC], ["NE", "Niger", WCA], ["NG", "Nigeria", WCA], ["MK", "North Macedonia", EUR],
  ["NO", "Norway", EUR], ["OM", "Oman", MENA], ["PK", "Pakistan", AP], ["PA", "Panama", AMC],
  ["PG", "Papua New Guinea", AP], ["PY", "Paraguay", AMC], ["PE", "Peru", AMC], ["PH", "Philippines", AP], ["PL", "Poland", EUR],
  ["PT", "Portugal", EUR], ["QA", "Qatar", MENA], ["RO", "Romania", EUR], ["RU", "Russian Federation", EUR], ["RW", "Rwanda", ESA],
  ["KN", "Saint Kitts and Nevis", AMC], ["LC", "Saint Lucia", AMC], ["VC", "Saint Vincent and the Grenadines", AMC], ["WS", "Samoa", AP], ["ST", "Sao Tome and Principe", WCA],
  ["SA", "Saudi Arabia", MENA], ["SN", "Senegal", WCA], ["RS", "Serbia", EUR], ["SC", "Seychelles", ESA], ["SL", "Sierra Leone", WCA],
  ["SG", "Singapore", AP], ["SK", "Slovakia", EUR], ["SI", "Slovenia", EUR], ["SO", "Somalia", ESA],
  ["ZA", "South Africa", ESA], ["SS", "South Sudan", ESA], ["ES", "Spain", EUR], ["LK", "Sri Lanka", AP], ["SD", "Sudan", MENA],
  ["SR", "Suriname", AMC], ["SE", "Sweden", EUR], ["CH", "Switzerland", EUR], ["SY", "Syrian Arab Republic", MENA], ["TJ", "Tajikistan", EUR],
  ["TZ", "Tanzania", ESA], ["TH", "Thailand", AP], ["TL", "Timor-Leste", AP], ["TG", "Togo", WCA], ["TO", "Tonga", AP],
  ["TT", "Trinidad and Tobago", AMC], ["TN", "Tunisia", MENA], ["TR", "Türkiye", EUR], ["TM", "Turkmenistan", EUR], 
  ["UG", "Uganda", ESA], ["UA", "Ukraine", EUR], ["AE", "United Arab Emirates", MENA], ["GB", "United Kingdom", EUR], ["US", "United States", AMC],
  ["UY", "Uruguay", AMC], ["UZ", "Uzbekistan", EUR], ["VU", "Vanuatu", AP], ["VE", "Venezuela", AMC], ["VN", "Viet Nam", AP],
  ["YE", "Yemen", MENA], ["ZM", "Zambia", ESA], ["ZW", "Zimbabwe", ESA],
];

export const MEMBER_ADMINISTRATIONS: readonly MemberAdministration[] = MEMBERS.map(([countryCode, name, region]) => ({ countryCode, name, region }));

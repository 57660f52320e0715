import { type DistrictPostcodes, districtOfPostcode } from '@brug/domain';

/**
 * A Belgian postcode written in an address: four digits (after a space, a comma or "B-") followed by
 * the municipality's name, as in "Kerkstraat 12, 2600 Berchem". The last one wins; a house number
 * is not followed by a name and so is never taken for a postcode.
 */
const IN_ADDRESS = /(?:^|[\s,;(]|\bB-)([1-9]\d{3})(?=\s+\p{L})/gu;

export function findPostcode(postcode: string, address: string): string | undefined {
  if (postcode) return postcode;
  let found: string | undefined;
  for (const m of address.matchAll(IN_ADDRESS)) found = m[1];
  return found;
}

export type DerivedDistrict = { district: string; postcode: string };

/**
 * The district of an organisation whose row names none, from its postcode (the postcode column, or
 * one found in the address) when the zone lists that postcode under a district.
 */
export function deriveDistrict(
  map: DistrictPostcodes,
  organisation: { districts: string[]; postcode: string; address: string },
): DerivedDistrict | undefined {
  if (organisation.districts.length) return undefined;
  const postcode = findPostcode(organisation.postcode, organisation.address);
  if (!postcode) return undefined;
  const district = districtOfPostcode(map, postcode);
  return district ? { district, postcode } : undefined;
}

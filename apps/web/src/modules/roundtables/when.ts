/** Roundtable times are read and entered on the zone's clock (Europe/Brussels), like every time shown. */
export {
  formatFullDateTime as formatWhen,
  fromZoneInput as localToIso,
  toZoneInput as isoToLocal,
} from '../../components/format.ts';

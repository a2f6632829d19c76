/**
 * Country names in the reader's language (Intl.DisplayNames), for the ISO 3166-1 alpha-2 codes the
 * release uses, plus `--` (unknown). Falls back to the dataset's English name, then to the code.
 */
import { isolateText } from '../../core/dom';
import { userLanguage, msg } from '../../core/messages';
import { regionName } from '../../core/regions';

/** ISO 3166-1 alpha-2 codes of the countries and territories the release may name. */
export const CODES = ( 'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
	'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF ' +
	'GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW ' +
	'KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL ' +
	'NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST ' +
	'SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW' ).split( ' ' );

/**
 * Countries and territories withheld from the release since 2024-01: one list, in
 * data/protection.ts.
 */
export { PROTECTED_SINCE_2024 } from '../data/protection';

// The sorted list, once per page; names are looked up once per page by core/regions.ts (the
// filters build ~250 of them on every render, and Intl's lookups were the core's largest self time
// on a warm dashboard: 15 ms, docs/bench.md).
let sorted: { code: string; name: string }[] | null = null;

/** For tests: the language changed. */
export function resetCountryNames(): void {
	sorted = null;
}

export function countryName( code: string, datasetName?: string ): string {
	if ( code === '--' ) {
		return msg( 'geo-editors-country-unknown' );
	}
	const name = regionName( code, [ userLanguage(), 'en' ] );
	// A name from the release is anyone's text: isolated where it is composed (issue 22).
	return name || ( datasetName ? isolateText( datasetName ) : code );
}

/** Every code with its name, sorted by name in the reader's language. */
export function allCountries(): { code: string; name: string }[] {
	if ( sorted ) {
		return sorted.slice();
	}
	const list = CODES.map( ( code ) => ( { code, name: countryName( code ) } ) );
	let collator: Intl.Collator;
	try {
		collator = new Intl.Collator( userLanguage() );
	} catch ( e ) {
		collator = new Intl.Collator( 'en' );
	}
	list.sort( ( a, b ) => collator.compare( a.name, b.name ) );
	list.push( { code: '--', name: countryName( '--' ) } );
	sorted = list;
	return list.slice();
}

/**
 * Ready country groups: the United Nations' standard country or area codes for statistical use
 * (M49, https://unstats.un.org/unsd/methodology/m49/) — its five regions ("continents") and its
 * geographic sub-regions and intermediate regions, as ISO 3166-1 alpha-2 codes. Names come from
 * CLDR through Intl.DisplayNames (which knows the M49 codes) in the reader's language; `name` is
 * the English fallback. Membership is the Wikimedia Foundation's country table
 * (wikimedia-research/canonical-data `country/countries.tsv` at d013b321, `un_subcontinent`; held to
 * it by tests/unit/canonical-data.test.ts), which differs from M49 itself in two places: Western
 * Sahara (EH) in Western Africa, and Kosovo (XK, no ISO code, no M49 code) in Southern Europe.
 * Taiwan (TW), which M49 does not list, is in Eastern Asia as the table (and CLDR) places it.
 */
export interface CountryGroup {
	/** M49 numeric code, e.g. `005`. */
	code: string;
	name: string;
	kind: 'region' | 'subregion';
	countries: readonly string[];
}

function group( code: string, name: string, kind: CountryGroup[ 'kind' ], codes: string ): CountryGroup {
	return { code, name, kind, countries: codes.split( ' ' ) };
}

/** Geographic sub-regions (and, in Africa and the Americas, intermediate regions). */
export const SUBREGIONS: readonly CountryGroup[] = [
	group( '015', 'Northern Africa', 'subregion', 'DZ EG LY MA SD TN' ),
	group( '014', 'Eastern Africa', 'subregion', 'BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW IO TF' ),
	group( '017', 'Middle Africa', 'subregion', 'AO CM CF TD CG CD GQ GA ST' ),
	group( '018', 'Southern Africa', 'subregion', 'BW LS NA ZA SZ' ),
	group( '011', 'Western Africa', 'subregion', 'BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG EH' ),
	group( '029', 'Caribbean', 'subregion', 'AI AG AW BS BB BQ KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VG VI' ),
	group( '013', 'Central America', 'subregion', 'BZ CR SV GT HN MX NI PA' ),
	group( '005', 'South America', 'subregion', 'AR BO BR CL CO EC FK GF GY PY PE SR UY VE BV GS' ),
	group( '021', 'Northern America', 'subregion', 'BM CA GL PM US' ),
	group( '143', 'Central Asia', 'subregion', 'KZ KG TJ TM UZ' ),
	group( '030', 'Eastern Asia', 'subregion', 'CN HK JP KP KR MO MN TW' ),
	group( '035', 'South-eastern Asia', 'subregion', 'BN KH ID LA MY MM PH SG TH TL VN' ),
	group( '034', 'Southern Asia', 'subregion', 'AF BD BT IN IR MV NP PK LK' ),
	group( '145', 'Western Asia', 'subregion', 'AM AZ BH CY GE IQ IL JO KW LB OM PS QA SA SY TR AE YE' ),
	group( '151', 'Eastern Europe', 'subregion', 'BY BG CZ HU MD PL RO RU SK UA' ),
	group( '154', 'Northern Europe', 'subregion', 'AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB' ),
	group( '039', 'Southern Europe', 'subregion', 'AL AD BA HR GI GR VA IT MK MT ME PT SM RS SI ES XK' ),
	group( '155', 'Western Europe', 'subregion', 'AT BE FR DE LI LU MC NL CH' ),
	group( '053', 'Australia and New Zealand', 'subregion', 'AU NZ NF CX CC HM' ),
	group( '054', 'Melanesia', 'subregion', 'FJ NC PG SB VU' ),
	group( '057', 'Micronesia', 'subregion', 'GU KI MH FM NR MP PW UM' ),
	group( '061', 'Polynesia', 'subregion', 'AS CK PF NU PN WS TK TO TV WF' ),
];

function union( code: string, name: string, kind: CountryGroup[ 'kind' ], parts: string[] ): CountryGroup {
	const countries: string[] = [];
	for ( const part of parts ) {
		const sub = SUBREGIONS.find( ( g ) => g.code === part );
		if ( sub ) {
			countries.push( ...sub.countries );
		}
	}
	return { code, name, kind, countries };
}

/** The five M49 regions, plus the two groupings M49 defines across them that organisers ask for. */
export const REGIONS: readonly CountryGroup[] = [
	union( '002', 'Africa', 'region', [ '015', '014', '017', '018', '011' ] ),
	union( '019', 'Americas', 'region', [ '029', '013', '005', '021' ] ),
	union( '142', 'Asia', 'region', [ '143', '030', '035', '034', '145' ] ),
	union( '150', 'Europe', 'region', [ '151', '154', '039', '155' ] ),
	union( '009', 'Oceania', 'region', [ '053', '054', '057', '061' ] ),
	union( '419', 'Latin America and the Caribbean', 'subregion', [ '029', '013', '005' ] ),
	union( '202', 'Sub-Saharan Africa', 'subregion', [ '014', '017', '018', '011' ] ),
];

export const GROUPS: readonly CountryGroup[] = REGIONS.concat( SUBREGIONS );

const GROUP_CODE = /^\d{3}$/;

/** The ready group with this M49 code, or null (the code is validated, never looked up raw). */
export function findGroup( code: string ): CountryGroup | null {
	return GROUP_CODE.test( code ) ? GROUPS.find( ( g ) => g.code === code ) || null : null;
}

/**
 * Which countries the group view adds up: an M49 group by code, the chosen countries (`custom`), or
 * by default the M49 sub-region of the first chosen country. Names of M49 groups are CLDR's, in the
 * reader's language (Intl.DisplayNames knows the M49 codes); the table's English name otherwise.
 */
import { msg, userLanguage } from '../../core/messages';
import { regionName } from '../../core/regions';
import { findGroup, SUBREGIONS, type CountryGroup } from '../data/m49';
import type { GroupChoice } from './views/types';
import { countryName } from './countries';

export function groupName( group: CountryGroup ): string {
	// No Intl.DisplayNames (old browsers), or a code CLDR does not name: the table's English name.
	return regionName( group.code, [ userLanguage(), 'en' ] ) || group.name;
}

/**
 * The group code the state means: its own, else the sub-region of its first country, else custom.
 */
export function groupCode( code: string | null, countries: readonly string[] ): string {
	if ( code ) {
		return code;
	}
	const sub = SUBREGIONS.find( ( g ) => g.countries.includes( countries[ 0 ] ) );
	return sub ? sub.code : 'custom';
}

export function groupChoice( code: string | null, countries: readonly string[],
	wikis: number ): GroupChoice {
	const group = findGroup( groupCode( code, countries ) );
	if ( group ) {
		return { label: groupName( group ), countries: group.countries, wikis };
	}
	return {
		label: countries.length === 1 ? countryName( countries[ 0 ] ) : msg( 'geo-editors-group-custom' ),
		countries,
		wikis,
	};
}

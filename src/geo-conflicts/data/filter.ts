/**
 * Dashboard filters: the state, its URL form (shareable views; every value validated when read
 * back), applying it to conflicts, and the statistics of what is shown.
 */
import { validQids, isQid } from './ids';
import { SECTORS, isSectorKey, type SectorKey } from './sectors';
import { foldText } from './sectors';
import { MAX_YEAR } from './fields';
import type { Conflict, StatusKey } from './types';

export interface FilterState {
	countries: string[];
	/** Free text searched in labels (accents and case ignored). */
	q: string;
	region: string;
	sector: SectorKey | '';
	status: StatusKey | '';
	/** Start year range, inclusive. */
	from: number | null;
	to: number | null;
	/** Selected conflict (details panel). */
	selected: string;
}

export const EMPTY_FILTER: Readonly<FilterState> = {
	countries: [], q: '', region: '', sector: '', status: '', from: null, to: null, selected: '',
};

const STATUSES: StatusKey[] = [ 'ended', 'ongoing', 'unknown' ];

function year( value: string | null ): number | null {
	return value && /^-?\d{1,4}$/.test( value ) ? parseInt( value, 10 ) : null;
}

/**
 * Read the state from URL parameters (`country=Q298,Q414&sector=mining…`). Bad values are ignored.
 */
export function filterFromParams( params: URLSearchParams ): FilterState {
	const sector = params.get( 'sector' );
	const status = params.get( 'status' );
	const region = params.get( 'region' );
	const selected = params.get( 'item' );
	return {
		countries: validQids( ( params.get( 'country' ) || '' ).split( /[,|\s]+/ ) ),
		q: ( params.get( 'q' ) || '' ).slice( 0, 200 ),
		region: isQid( region ) ? region : '',
		sector: isSectorKey( sector ) ? sector : '',
		status: STATUSES.includes( status as StatusKey ) ? status as StatusKey : '',
		from: year( params.get( 'from' ) ),
		to: year( params.get( 'to' ) ),
		selected: isQid( selected ) ? selected : '',
	};
}

/** Write the state into URL parameters, leaving unrelated ones (title, uselang…) alone. */
export function filterToParams( state: FilterState, params: URLSearchParams ): URLSearchParams {
	const out = new URLSearchParams( params.toString() );
	const put = ( name: string, value: string ): void => {
		if ( value ) {
			out.set( name, value );
		} else {
			out.delete( name );
		}
	};
	put( 'country', state.countries.join( ',' ) );
	put( 'q', state.q );
	put( 'region', state.region );
	put( 'sector', state.sector );
	put( 'status', state.status );
	put( 'from', state.from === null ? '' : String( state.from ) );
	put( 'to', state.to === null ? '' : String( state.to ) );
	put( 'item', state.selected );
	return out;
}

export function matchesFilter( c: Conflict, state: FilterState,
	needle = foldText( state.q.trim() ) ): boolean {
	if ( state.countries.length &&
		!c.countries.some( ( ref ) => state.countries.includes( ref.id ) ) ) {
		return false;
	}
	if ( state.region && !c.regions.some( ( r ) => r.id === state.region ) &&
		!c.locations.some( ( r ) => r.id === state.region ) ) {
		return false;
	}
	if ( state.sector && c.sector.key !== state.sector ) {
		return false;
	}
	if ( state.status && c.status.key !== state.status ) {
		return false;
	}
	if ( state.from !== null || state.to !== null ) {
		if ( !c.start ) {
			return false;
		}
		if ( state.from !== null && c.start.year < state.from ) {
			return false;
		}
		if ( state.to !== null && c.start.year > state.to ) {
			return false;
		}
	}
	if ( needle && !searchText( c ).includes( needle ) ) {
		return false;
	}
	return true;
}

/**
 * Folded label and id of each conflict, made once: folding 50,000 labels per keystroke took most of
 * its time.
 */
const folded = new WeakMap<Conflict, string>();

function searchText( c: Conflict ): string {
	let text = folded.get( c );
	if ( text === undefined ) {
		text = foldText( c.label + ' ' + c.id );
		folded.set( c, text );
	}
	return text;
}

export function applyFilter( conflicts: Conflict[], state: FilterState ): Conflict[] {
	// The search text is folded once per filtering, not once per conflict.
	const needle = foldText( state.q.trim() );
	return conflicts.filter( ( c ) => matchesFilter( c, state, needle ) );
}

export interface Option {
	id: string;
	label: string;
	count: number;
}

/** Distinct countries or regions of the conflicts, with counts, by label. */
export function refOptions( conflicts: Conflict[], field: 'countries' | 'regions' ): Option[] {
	const byId: Record<string, Option> = {};
	for ( const c of conflicts ) {
		for ( const ref of c[ field ] ) {
			const o = byId[ ref.id ] ||
				( byId[ ref.id ] = { id: ref.id, label: ref.label, count: 0 } );
			o.count++;
		}
	}
	return Object.keys( byId ).map( ( k ) => byId[ k ] )
		.sort( ( a, b ) => a.label.localeCompare( b.label ) );
}

export interface Stats {
	total: number;
	byStatus: Record<StatusKey, number>;
	/** Inferred statuses among them (labelled in the UI). */
	inferredStatus: number;
	bySector: Record<SectorKey, number>;
	/** Sectors guessed from keywords rather than statements. */
	guessedSector: number;
	/** Start year → count, ascending, years without conflicts included between first and last. */
	byStartYear: { year: number; count: number }[];
	withoutStart: number;
	approximate: number;
	withoutCoordinates: number;
}

export function computeStats( conflicts: Conflict[] ): Stats {
	const byStatus: Record<StatusKey, number> = { ended: 0, ongoing: 0, unknown: 0 };
	const bySector = {} as Record<SectorKey, number>;
	for ( const s of SECTORS ) {
		bySector[ s ] = 0;
	}
	const years: Record<number, number> = {};
	let inferredStatus = 0, guessedSector = 0, withoutStart = 0, approximate = 0,
		withoutCoordinates = 0;
	for ( const c of conflicts ) {
		byStatus[ c.status.key ]++;
		if ( c.status.inferred ) {
			inferredStatus++;
		}
		bySector[ c.sector.key ]++;
		if ( c.sector.basis === 'keyword' ) {
			guessedSector++;
		}
		// A year the normaliser would skip (an older cached answer may hold one) is no start at
		// all: past 2^53 `y++` stops advancing and the timeline loop below would never end.
		if ( c.start && Math.abs( c.start.year ) <= MAX_YEAR ) {
			years[ c.start.year ] = ( years[ c.start.year ] || 0 ) + 1;
		} else {
			withoutStart++;
		}
		if ( !c.coordinates ) {
			withoutCoordinates++;
		} else if ( c.coordinates.approximate ) {
			approximate++;
		}
	}
	const known = Object.keys( years ).map( Number ).sort( ( a, b ) => a - b );
	const byStartYear: Stats[ 'byStartYear' ] = [];
	if ( known.length ) {
		// Fill gaps so the timeline's x axis is true to time; cap the span to keep the chart
		// readable.
		const first = Math.max( known[ 0 ], known[ known.length - 1 ] - 200 );
		for ( let y = first; y <= known[ known.length - 1 ]; y++ ) {
			byStartYear.push( { year: y, count: years[ y ] || 0 } );
		}
	}
	return { total: conflicts.length, byStatus, inferredStatus, bySector, guessedSector,
		byStartYear, withoutStart, approximate, withoutCoordinates };
}

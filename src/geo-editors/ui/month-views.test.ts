import { describe, it, expect } from 'vitest';
import { MonthViews, type MonthViewHost } from './month-views';
import { parseState } from './state';
import type { Session } from '../data/session';
import { ShapesTooLargeError, type Outline } from '../data/geoshapes';
import { mapView } from './views/map';
import { useEnglish, monthInput, wiki } from './views/test-helpers';
import type { MonthInput, ViewOutput } from './views/types';
import { HttpError } from '../../core/http';

const flush = (): Promise<void> => new Promise( ( r ) => {
	setTimeout( r, 0 );
} );

/** Just what MonthViews reads of a session: one month loaded, outlines from `outlines`. */
function fakeSession( outlines: () => Promise<Map<string, Outline>> ): Session {
	return {
		wikis: [ { dbname: 'eswiki', project: 'es.wikipedia', site: null } ],
		monthViews: { top: new Map( [ [ '2023-08', { rows: [] } ] ] ), loadOutlines: outlines, restLoader: () => null },
	} as unknown as Session;
}

describe( 'MonthViews', () => {
	it( 'a superseded load\'s aborted outlines are not a failure: the next session asks again and draws its map (issue 22 item 3)', async () => {
		const built: ( MonthInput['outlines'] )[] = [];
		const view = {
			scope: 'month' as const,
			outlines: true,
			build: ( input: MonthInput ): ViewOutput => {
				built.push( input.outlines );
				return { table: { caption: '', columns: [], rows: [] } } as unknown as ViewOutput;
			},
		};
		const views = new MonthViews();
		const state = parseState( { country: 'CL', project: 'es.wikipedia', view: 'map' }, 'eswiki' );
		const host = ( session: Session, signal: AbortSignal,
			again: ( s: Session ) => void ): MonthViewHost => ( {
			session, state, month: '2023-08', signal,
			show: () => undefined, append: () => undefined,
			status: document.createElement( 'div' ), errors: document.createElement( 'div' ),
			rerender: again,
		} );
		const first = new AbortController();
		const old = fakeSession( () => new Promise( ( _resolve, reject ) => {
			first.signal.addEventListener( 'abort', () => reject( new DOMException( 'aborted', 'AbortError' ) ) );
		} ) );
		views.render( view, host( old, first.signal, () => undefined ) );
		// The reader picks another wiki: the first load is superseded (its signal aborted).
		first.abort();
		await flush();
		const outline = new Map<string, Outline>( [ [ 'CL', {} as Outline ] ] );
		const second = new AbortController();
		const now = fakeSession( () => Promise.resolve( outline ) );
		const redraw = ( s: Session ): void => {
			views.render( view, host( s, second.signal, redraw ) );
		};
		redraw( now );
		await flush();
		await flush();
		expect( built ).toEqual( [ outline ] );
	} );

	it( 'outlines refused for their size: the map says so in its own words, with the points, and every number stays (issue 22 item 14)', async () => {
		useEnglish();
		const inputs: MonthInput[] = [];
		const view = {
			scope: 'month' as const,
			outlines: true,
			build: ( input: MonthInput ): ViewOutput => {
				inputs.push( input );
				return mapView( Object.assign( monthInput( '2023-12', wiki( 'eswiki', 'es.wikipedia' ) ), { outlines: input.outlines, outlinesRefused: input.outlinesRefused } ) );
			},
		};
		const views = new MonthViews();
		const state = parseState( { country: 'CL', project: 'es.wikipedia', view: 'map' }, 'eswiki' );
		const signal = new AbortController().signal;
		const session = fakeSession( () => Promise.reject( new ShapesTooLargeError( 1_500_000 ) ) );
		const shown: ViewOutput[] = [];
		const redraw = ( s: Session ): void => {
			views.render( view, { session: s, state, month: '2023-08', signal,
				show: ( out ) => shown.push( out ), append: () => undefined,
				status: document.createElement( 'div' ), errors: document.createElement( 'div' ),
				rerender: redraw } );
		};
		redraw( session );
		await flush();
		await flush();
		expect( inputs.map( ( i ) => [ i.outlines, i.outlinesRefused ] ) ).toEqual( [ [ null, 1_500_000 ] ] );
		const text = shown[ 0 ].figure!.textContent!;
		expect( text ).toContain( '1,500,000 points' );
		expect( text ).toContain( 'at most 100,000' );
		expect( text ).toContain( 'everything else on the map' );
		expect( text ).not.toContain( 'could not be loaded' );
		// The table still has every number.
		expect( shown[ 0 ].table.rows.length ).toBeGreaterThan( 20 );
	} );

	describe( 'a month the release has no file for (issue 23 item 1)', () => {
		const view = { scope: 'month' as const, outlines: false,
			build: (): ViewOutput => ( { table: { caption: '', columns: [], rows: [] } } as unknown as ViewOutput ) };
		async function rendered( error: Error ): Promise<HTMLElement> {
			useEnglish();
			const session = { monthViews: { top: new Map(), loadTop: () => Promise.reject( error ), restLoader: () => null }, noFile: new Set(), wikis: [ { dbname: 'eswiki', project: 'es.wikipedia', site: null } ],
				release: null, releaseRange( this: { release: unknown } ): Promise<unknown> {
					this.release = [ '2018-01', '2024-02' ];
					return Promise.resolve( this.release );
				} } as unknown as Session;
			const errors = document.createElement( 'div' );
			new MonthViews().render( view, { session, state: parseState( { country: 'CL', project: 'es.wikipedia', view: 'top' }, 'eswiki' ),
				month: '2024-05', signal: new AbortController().signal, show: () => undefined, append: () => undefined,
				status: document.createElement( 'div' ), errors, rerender: () => undefined } );
			await flush();
			await flush();
			return errors;
		}

		it( 'a 404 says "no data for this month", names the month and the release\'s range: no error, no Retry, not n/p', async () => {
			const errors = await rendered( new HttpError( 'http', 'https://x/2024-05.tsv', 404 ) );
			const text = errors.textContent!;
			expect( text ).toContain( 'No data for May 2024' );
			expect( text ).toContain( 'January 2018' );
			expect( text ).toContain( 'February 2024' );
			expect( text ).not.toContain( 'n/p' );
			expect( errors.querySelector( 'button' ) ).toBeNull();
			expect( errors.querySelector( '.cdx-message--error' ) ).toBeNull();
		} );

		it( 'drawn again (range months arriving), the notice is shown once', async () => {
			const errors = await rendered( new HttpError( 'http', 'https://x/2024-05.tsv', 404 ) );
			const session = { monthViews: { top: new Map() }, noFile: new Set( [ '2024-05' ] ), release: [ '2018-01', '2024-02' ] } as unknown as Session;
			const views = new MonthViews();
			for ( let i = 0; i < 2; i++ ) {
				views.render( view, { session, state: parseState( { country: 'CL', project: 'es.wikipedia', view: 'top' }, 'eswiki' ),
					month: '2024-05', show: () => undefined, append: () => undefined,
					status: document.createElement( 'div' ), errors, rerender: () => undefined } );
			}
			expect( errors.querySelectorAll( '.geo-editors-month-no-data' ) ).toHaveLength( 1 );
		} );

		it( 'a 5xx stays an error with Retry', async () => {
			const errors = await rendered( new HttpError( 'http', 'https://x/2024-05.tsv', 503 ) );
			expect( errors.querySelector( '.cdx-message--error' ) ).not.toBeNull();
			expect( errors.querySelector( 'button' ) ).not.toBeNull();
			expect( errors.textContent ).not.toContain( 'No data for' );
		} );
	} );
} );

import { describe, it, expect } from 'vitest';
import { Loads } from './supersede';

/** A promise settled from outside, to make answers arrive in any order. */
function deferred<T>(): { promise: Promise<T>; resolve( v: T ): void; reject( e: unknown ): void } {
	let resolve: ( v: T ) => void = () => undefined;
	let reject: ( e: unknown ) => void = () => undefined;
	const promise = new Promise<T>( ( res, rej ) => {
		resolve = res;
		reject = rej;
	} );
	return { promise, resolve, reject };
}

const flush = (): Promise<void> => new Promise( ( r ) => {
	setTimeout( r, 0 );
} );

describe( 'Loads (issue 22 item 3: a superseded answer never wins)', () => {
	it( 'drops the answer of a superseded load that arrives after the current one', async () => {
		const loads = new Loads();
		const shown: string[] = [];
		const wide = deferred<string>();
		const narrow = deferred<string>();
		const first = loads.begin();
		wide.promise.then( first.only( ( v ) => shown.push( v ) ) );
		const second = loads.begin();
		narrow.promise.then( second.only( ( v ) => shown.push( v ) ) );
		narrow.resolve( 'narrow' );
		await flush();
		wide.resolve( 'wide' ); // late: superseded
		await flush();
		expect( shown ).toEqual( [ 'narrow' ] );
		expect( first.current() ).toBe( false );
		expect( second.current() ).toBe( true );
	} );

	it( 'drops errors of a superseded load too, and aborts its signal', async () => {
		const loads = new Loads();
		const errors: unknown[] = [];
		const old = deferred<string>();
		const first = loads.begin();
		old.promise.then( () => undefined, first.only( ( e ) => errors.push( e ) ) );
		expect( first.signal.aborted ).toBe( false );
		const second = loads.begin();
		expect( first.signal.aborted ).toBe( true );
		expect( second.signal.aborted ).toBe( false );
		old.reject( new Error( 'late failure' ) );
		await flush();
		expect( errors ).toEqual( [] );
	} );

	it( 'answers in order and out of order: only the latest of many is shown', async () => {
		const loads = new Loads();
		const shown: number[] = [];
		const answers = [ 0, 1, 2, 3, 4 ].map( () => {
			const d = deferred<number>();
			d.promise.then( loads.begin().only( ( v ) => shown.push( v ) ) );
			return d;
		} );
		for ( const n of [ 4, 0, 3, 1, 2 ] ) {
			answers[ n ].resolve( n );
		}
		await flush();
		expect( shown ).toEqual( [ 4 ] );
	} );

	it( 'stop() supersedes without a new load (a view that is taken away)', () => {
		const loads = new Loads();
		const turn = loads.begin();
		loads.stop();
		expect( turn.current() ).toBe( false );
		expect( turn.signal.aborted ).toBe( true );
	} );
} );

/**
 * Only the reader's language: which message modules are asked for, and what the core registers
 * from them (English from the core itself).
 */
import { describe, it, expect, afterEach, vi } from 'vitest';
import { chainModules, loadedLanguages, withReaderLanguages, languageModule } from './language-modules';

const libs = (): Record<string, unknown> => mw.libs as Record<string, unknown>;

afterEach( () => {
	delete libs().geoMessages;
	vi.restoreAllMocks();
} );

function registered( names: string[] ): void {
	vi.spyOn( mw.loader, 'getState' ).mockImplementation( ( ( name: string ) => ( names.includes( name ) ? 'registered' : null ) ) as typeof mw.loader.getState );
}

describe( 'language modules', () => {
	it( 'asks only for the chain\'s languages this wiki has, never English, never a bad code', () => {
		registered( [ languageModule( 'geo-editors', 'pt' ), languageModule( 'geo-editors', 'es' ) ] );
		expect( chainModules( 'geo-editors', [ 'pt-br', 'pt', 'en' ] ) ).toEqual( [ 'ext.gadget.geo-editors-messages-pt' ] );
		expect( chainModules( 'geo-editors', [ 'x"y', 'en' ] ) ).toEqual( [] );
		expect( chainModules( 'geo-conflicts', [ 'es' ] ) ).toEqual( [] );
	} );

	it( 'reads what the modules put on mw.libs for this gadget only', () => {
		libs().geoMessages = { 'geo-editors:es': { 'geo-t': 'hola' }, 'geo-conflicts:es': { 'geo-t': 'otro' } };
		expect( loadedLanguages( 'geo-editors' ) ).toEqual( { es: { 'geo-t': 'hola' } } );
	} );

	it( 'waits for the modules, then merges them under the core\'s English; English alone when they fail', async () => {
		registered( [ languageModule( 'geo-editors', 'es' ) ] );
		const using = vi.spyOn( mw.loader, 'using' ).mockImplementation( ( () => {
			libs().geoMessages = { 'geo-editors:es': { 'geo-t': 'hola' } };
			return Promise.resolve();
		} ) as unknown as typeof mw.loader.using );
		const en = { en: { 'geo-t': 'hello' } };
		expect( await withReaderLanguages( 'geo-editors', en, [ 'es', 'en' ] ) ).toEqual( { en: { 'geo-t': 'hello' }, es: { 'geo-t': 'hola' } } );
		expect( using.mock.calls[ 0 ][ 0 ] ).toEqual( [ 'ext.gadget.geo-editors-messages-es' ] );
		delete libs().geoMessages;
		using.mockImplementation( ( () => Promise.reject( new Error( 'down' ) ) ) as unknown as typeof mw.loader.using );
		expect( await withReaderLanguages( 'geo-editors', en, [ 'es', 'en' ] ) ).toEqual( en );
	} );
} );

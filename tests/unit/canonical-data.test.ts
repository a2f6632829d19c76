// @vitest-environment node
/**
 * Every country and wiki list in src/ held to the Wikimedia Foundation's canonical tables
 * (wikimedia-research/canonical-data, read in place from ../shared/real-data/canonical-data): the
 * derived files are exactly what build/canonical-data.mjs makes of the tables, the protection
 * lists and risk classes in use are theirs, and every M49 sub-region of m49.ts has the table's
 * countries.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { REAL_DATA } from '../support/real-data';
import { derive, readTable, serialize, OUTPUTS, TABLES } from '../../build/canonical-data.mjs';
import { SUBREGIONS, REGIONS } from '../../src/geo-editors/data/m49';
import { PROTECTED_BEFORE_2024, PROTECTED_SINCE_2024, absenceOf } from '../../src/geo-editors/data/protection';
import { languageCodeOf } from '../../src/core/wiki-languages';
import { countryCodeOfItem } from '../../src/core/country-codes';
import mapTable from '../../src/geo-editors/data/country-items.json';

const DIR = REAL_DATA ? path.join( REAL_DATA, 'canonical-data' ) : '';

describe.skipIf( !REAL_DATA )( 'our country and wiki facts are the Foundation\'s tables', () => {
	it( 'the derived files in src/ are what the script makes of the tables (and name their commits)', () => {
		const { countries, languages, items } = derive( DIR );
		expect( readFileSync( OUTPUTS.countries, 'utf8' ), 'run node build/canonical-data.mjs' ).toBe( serialize( countries ) );
		expect( readFileSync( OUTPUTS.languages, 'utf8' ), 'run node build/canonical-data.mjs' ).toBe( serialize( languages ) );
		expect( readFileSync( OUTPUTS.items, 'utf8' ), 'run node build/canonical-data.mjs' ).toBe( serialize( items ) );
		expect( JSON.stringify( countries ) ).toContain( TABLES.countries.commit );
		expect( JSON.stringify( countries ) ).toContain( TABLES.countriesBefore2024.commit );
		expect( JSON.stringify( languages ) ).toContain( TABLES.wikis.commit );
	} );

	it( 'the protection lists: 35 before 2024, the 9 "Not published" since, Hong Kong never published but not protected', () => {
		const before = readTable( DIR, TABLES.countriesBefore2024.file );
		const now = readTable( DIR, TABLES.countries.file );
		expect( PROTECTED_BEFORE_2024.slice().sort() ).toEqual( before.filter( ( r ) => r.is_protected === 'True' ).map( ( r ) => r.iso_code ).sort() );
		expect( PROTECTED_BEFORE_2024 ).toHaveLength( 35 );
		expect( PROTECTED_SINCE_2024.slice().sort() ).toEqual( now.filter( ( r ) => r.data_risk_classification === 'Not published' ).map( ( r ) => r.iso_code ).sort() );
		expect( absenceOf( 'HK', '2024-03' ) ).toBe( 'never-published' );
		// Namibia's code stays "NA", never a missing value.
		expect( now.find( ( r ) => r.name === 'Namibia' )!.iso_code ).toBe( 'NA' );
	} );

	it( 'every M49 sub-region of m49.ts has exactly the table\'s countries (Taiwan, without an M49 code, as the table places it)', () => {
		const now = readTable( DIR, TABLES.countries.file );
		for ( const group of SUBREGIONS ) {
			const table = now.filter( ( r ) => r.un_subcontinent === group.name ).map( ( r ) => r.iso_code ).sort();
			expect( group.countries.slice().sort(), group.name ).toEqual( table );
		}
		const latin = REGIONS.find( ( g ) => g.code === '419' )!;
		expect( latin.countries.slice().sort() ).toEqual( now.filter( ( r ) => r.un_continent === 'Latin America and the Caribbean' ).map( ( r ) => r.iso_code ).sort() );
		expect( now.find( ( r ) => r.iso_code === 'TW' )!.un_m49_code ).toBe( '' );
	} );

	it( 'every country\'s Wikidata item has the table\'s ISO code (Geo Conflicts names countries from it), as the Wikidata-compiled map table has it', () => {
		const now = readTable( DIR, TABLES.countries.file );
		for ( const r of now ) {
			expect( [ r.wikidata_id, countryCodeOfItem( r.wikidata_id ) ] ).toEqual( [ r.wikidata_id, r.iso_code ] );
		}
		expect( countryCodeOfItem( 'Q298' ) ).toBe( 'CL' );
		expect( countryCodeOfItem( 'Q12560' ) ).toBeNull();
		// The map's own table (country-items.json, compiled from Wikidata's P297) agrees for every
		// code but Antarctica: the Foundation's table names the Antarctic Treaty area (Q21590062),
		// the map the continent (Q51).
		const mapItems = ( mapTable as unknown as { items: Record<string, [ string, string | null ]> } ).items;
		const differ = Object.keys( mapItems ).filter( ( code ) => countryCodeOfItem( mapItems[ code ][ 0 ] ) !== code );
		expect( differ ).toEqual( [ 'AQ' ] );
	} );

	it( 'Content Translation\'s language codes are the wiki table\'s, one exception documented (no → nb)', () => {
		const wikis = readTable( DIR, TABLES.wikis.file ).filter( ( w ) => w.database_group === 'wikipedia' && /\.wikipedia\.org$/.test( w.domain_name ) );
		expect( wikis.length ).toBeGreaterThan( 300 );
		for ( const w of wikis ) {
			const sub = w.domain_name.replace( '.wikipedia.org', '' );
			expect( languageCodeOf( sub ), sub ).toBe( sub === 'no' ? 'nb' : w.language_code );
		}
	} );
} );

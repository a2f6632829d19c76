// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { definitionId, effectiveDefinitions, mergeDefinitions, ourDefinitionLines } from './definitions';

const ours = {
	'geo-editors': [
		'* geo-editors[ResourceLoader|dependencies=mediawiki.util|default] | geo-editors.js',
		'* geo-editors-core[ResourceLoader|hidden|dependencies=mediawiki.api] | geo-editors-core.js | geo-editors-core.css',
	],
};

describe( 'definitionId', () => {
	it( 'reads ids with and without options', () => {
		expect( definitionId( '* geo-editors[ResourceLoader] | a.js' ) ).toBe( 'geo-editors' );
		expect( definitionId( '*HotCat|HotCat.js' ) ).toBe( 'HotCat' );
		expect( definitionId( '* geo-editors-core [ResourceLoader|hidden] | a.js' ) ).toBe( 'geo-editors-core' );
		expect( definitionId( '== editing ==' ) ).toBeNull();
		expect( definitionId( 'some text' ) ).toBeNull();
	} );
} );

describe( 'mergeDefinitions', () => {
	it( 'adds a section at the end of a page without ours, keeping everything else byte for byte', () => {
		const current = '== editing ==\n* HotCat[ResourceLoader]|HotCat.js\n\n<!-- comment -->\n';
		const merged = mergeDefinitions( current, ours, 'geo-gadgets' );
		expect( merged ).toBe( current.trimEnd() + '\n\n== geo-gadgets ==\n' + ours[ 'geo-editors' ].join( '\n' ) + '\n' );
		expect( merged.startsWith( '== editing ==\n* HotCat[ResourceLoader]|HotCat.js\n\n<!-- comment -->' ) ).toBe( true );
	} );

	it( 'replaces our lines in place and leaves foreign lines alone', () => {
		const current = [
			'== editing ==',
			'* HotCat[ResourceLoader]|HotCat.js',
			'== geo-gadgets ==',
			'* geo-editors[ResourceLoader|default] | old.js',
			'* other-gadget | other.js',
			'* geo-editors-core[ResourceLoader|hidden] | old-core.js',
			'',
			'== tail ==',
			'* Tail|Tail.js',
		].join( '\n' );
		const merged = mergeDefinitions( current, ours, 'geo-gadgets' );
		expect( merged.split( '\n' ) ).toEqual( [
			'== editing ==',
			'* HotCat[ResourceLoader]|HotCat.js',
			'== geo-gadgets ==',
			ours[ 'geo-editors' ][ 0 ],
			'* other-gadget | other.js',
			ours[ 'geo-editors' ][ 1 ],
			'',
			'== tail ==',
			'* Tail|Tail.js',
		] );
	} );

	it( 'adds missing ids at the end of an existing section, before the next heading', () => {
		const current = '== geo-gadgets ==\n* geo-editors[ResourceLoader] | g.js\n\n== tail ==\n* Tail|Tail.js';
		const merged = mergeDefinitions( current, ours, 'geo-gadgets' );
		expect( merged ).toBe( `== geo-gadgets ==\n${ ours[ 'geo-editors' ][ 0 ] }\n${ ours[ 'geo-editors' ][ 1 ] }\n\n== tail ==\n* Tail|Tail.js` );
	} );

	it( 'drops duplicate lines of our ids and is idempotent', () => {
		const current = '* geo-editors|a.js\n* geo-editors|b.js\n';
		const once = mergeDefinitions( current, ours, 'geo-gadgets' );
		expect( once.match( /\* geo-editors\[/g ) ).toHaveLength( 1 );
		expect( mergeDefinitions( once, ours, 'geo-gadgets' ) ).toBe( once );
	} );

	it( 'does not touch ids that only start like ours', () => {
		const current = '* geo-editors-extra|x.js';
		expect( mergeDefinitions( current, ours, 'geo-gadgets' ) ).toContain( '* geo-editors-extra|x.js' );
	} );

	it( 'fills an empty page', () => {
		expect( mergeDefinitions( '', ours, 'geo-gadgets' ) ).toBe( '== geo-gadgets ==\n' + ours[ 'geo-editors' ].join( '\n' ) );
	} );

	it( 'rejects a definition that is not a gadget line', () => {
		expect( () => mergeDefinitions( '', { x: [ 'nonsense' ] }, 's' ) ).toThrow( /not a gadget definition/ );
	} );
} );

describe( 'ourDefinitionLines', () => {
	it( 'extracts only our ids', () => {
		const text = '* HotCat|h.js\n* geo-editors|g.js\n* geo-editors-core|c.js';
		expect( ourDefinitionLines( text, [ 'geo-editors', 'geo-editors-core' ] ) ).toBe( '* geo-editors|g.js\n* geo-editors-core|c.js' );
	} );
} );

// The Gadgets extension's own grammar (MediaWikiGadgetsDefinitionRepo, REL1_43, read in the local
// 1.43.9 install and on GitHub): comments are removed first, a definition is "*" (any number) at
// the very start of a line, a name, optional [options] and at least one "| page"; the last
// definition of an id wins; spaces in a name become underscores.
describe( 'the Gadgets extension grammar (issue 22 item 10)', () => {
	it( 'reads lines with any number of stars, and only lines the extension reads', () => {
		expect( definitionId( '** geo-editors[ResourceLoader] | a.js' ) ).toBe( 'geo-editors' );
		expect( definitionId( '***geo-editors|a.js' ) ).toBe( 'geo-editors' );
		expect( definitionId( '* Hot Cat|a.js' ) ).toBe( 'Hot_Cat' );
		// Not at the start of the line, no page, a name ending in "-": the extension skips them.
		expect( definitionId( ' * geo-editors|a.js' ) ).toBeNull();
		expect( definitionId( '* geo-editors[ResourceLoader]' ) ).toBeNull();
		expect( definitionId( '* geo-editors-|a.js' ) ).toBeNull();
	} );

	it( 'replaces a "**" line of ours, so the extension (last definition wins) loads our line', () => {
		const current = '== geo-gadgets ==\n* geo-editors[ResourceLoader] | g.js\n** geo-editors[ResourceLoader|default] | old.js\n* HotCat|h.js\n';
		const merged = mergeDefinitions( current, ours, 'geo-gadgets' );
		expect( merged ).not.toContain( 'old.js' );
		expect( effectiveDefinitions( merged ).get( 'geo-editors' ) ).toBe( ours[ 'geo-editors' ][ 0 ] );
		expect( effectiveDefinitions( merged ).get( 'geo-editors-core' ) ).toBe( ours[ 'geo-editors' ][ 1 ] );
		expect( merged ).toContain( '* HotCat|h.js' );
		expect( mergeDefinitions( merged, ours, 'geo-gadgets' ) ).toBe( merged );
	} );

	it( 'lets the refusal check see a "**" line added on-wiki', () => {
		const deployed = mergeDefinitions( '', ours, 'geo-gadgets' );
		const edited = deployed + '\n*** geo-editors-core[ResourceLoader|hidden] | hotfix.js';
		const ids = [ 'geo-editors', 'geo-editors-core' ];
		expect( ourDefinitionLines( edited, ids ) ).not.toBe( ourDefinitionLines( deployed, ids ) );
		expect( ourDefinitionLines( edited, ids ) ).toContain( 'hotfix.js' );
	} );

	it( 'leaves commented-out lines alone: the extension does not read them', () => {
		const current = '<!--\n* geo-editors|old.js\n-->\n* HotCat|h.js <!-- * geo-editors-core|c.js -->\n';
		expect( ourDefinitionLines( current, [ 'geo-editors', 'geo-editors-core' ] ) ).toBe( '' );
		expect( [ ...effectiveDefinitions( current ).keys() ] ).toEqual( [ 'HotCat' ] );
		const merged = mergeDefinitions( current, ours, 'geo-gadgets' );
		expect( merged.startsWith( current.trimEnd() ) ).toBe( true );
		expect( effectiveDefinitions( merged ).get( 'geo-editors' ) ).toBe( ours[ 'geo-editors' ][ 0 ] );
	} );

	it( 'reads section headings as the extension does', () => {
		const current = '==geo-gadgets==\n* HotCat|h.js';
		const merged = mergeDefinitions( current, ours, 'geo-gadgets' );
		expect( merged ).toBe( `==geo-gadgets==\n* HotCat|h.js\n${ ours[ 'geo-editors' ].join( '\n' ) }` );
	} );
} );

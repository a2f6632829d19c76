// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { deploySummary } from './decide';
import { changedSources, deployedCommit, describeChange, pageKind } from './summary';

describe( 'dry-run words (issue 24 item 6)', () => {
	it( 'reads the commit out of a deploy\'s edit summary', () => {
		expect( deployedCommit( deploySummary( '0.1.0', 'abc1234', 'geo-editors' ) ) ).toBe( 'abc1234' );
		expect( deployedCommit( deploySummary( '0.1.0', 'abc1234-dirty', 'geo-editors' ) ) ).toBe( 'abc1234' );
		expect( deployedCommit( 'manual hotfix' ) ).toBeNull();
	} );

	it( 'names what each page is', () => {
		expect( pageKind( 'MediaWiki:Gadget-geo-editors-core.js' ) ).toBe( 'script of module ext.gadget.geo-editors-core' );
		expect( pageKind( 'MediaWiki:Gadget-geo-editors-core.css' ) ).toBe( 'styles of module ext.gadget.geo-editors-core' );
		expect( pageKind( 'MediaWiki:Gadget-geo-editors-messages-ar/es' ) ).toBe( 'description of gadget geo-editors-messages-ar in es' );
		expect( pageKind( 'MediaWiki:Gadgets/geo-editors.json' ) ).toBe( 'JSON definition of gadget geo-editors' );
		expect( pageKind( 'MediaWiki:Gadget-section-geo-gadgets/ar' ) ).toBe( 'title of the preferences section geo-gadgets in ar' );
	} );

	it( 'keeps the changed files a page is built from (files and folders)', () => {
		const sources = [ 'build', 'build.mjs', 'i18n/geo-editors', 'src/geo-editors/core.ts' ];
		expect( changedSources( sources, [ 'README.md', 'docs/deploy.md', 'i18n/geo-editors/es.json', 'src/geo-editors/core.ts', 'build/pages.mjs', 'i18n/geo-editors-x/a.json' ] ) )
			.toEqual( [ 'i18n/geo-editors/es.json', 'src/geo-editors/core.ts', 'build/pages.mjs' ] );
	} );

	it( 'says in words what changes: size and source files', () => {
		const line = describeChange( { title: 'MediaWiki:Gadget-geo-editors-core.js', exists: true, before: 'a'.repeat( 1000 ), after: 'a'.repeat( 1234 ),
			deployedFrom: 'abc1234', sourcesChanged: [ 'src/geo-editors/ui/panel.ts' ] } );
		expect( line ).toBe( 'script of module ext.gadget.geo-editors-core, 1,000 → 1,234 bytes (+234); changed since abc1234: src/geo-editors/ui/panel.ts' );
		expect( describeChange( { title: 'MediaWiki:Gadget-x.js', exists: false, before: '', after: 'abc', deployedFrom: null, sourcesChanged: null } ) )
			.toBe( 'script of module ext.gadget.x, new: 3 bytes' );
		expect( describeChange( { title: 'MediaWiki:Gadgets-definition', exists: true, before: '* a|a.js\n* b|b.js', after: '* a[ResourceLoader]|a.js\n* b|b.js',
			deployedFrom: null, sourcesChanged: null, definitionIds: [ 'a', 'b' ] } ) ).toContain( '1 line(s) of ours change (a)' );
	} );
} );

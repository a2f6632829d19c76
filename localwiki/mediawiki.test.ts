// @vitest-environment node
// Where the local wiki's MediaWiki comes from: Debian 13's system package, or the same package
// unpacked into the cache on Debian 12. The download itself runs in every e2e run on Debian 12.
import { describe, it, expect } from 'vitest';
import { chooseSource, debianMirror, isWanted, readVersion, SYSTEM_DIR } from './mediawiki.mjs';

const none = { systemVersion: null, cachedVersion: null, candidate: null,
	canInstall: true, hasApt: true };

describe( 'chooseSource', () => {
	it( 'uses an installed 1.43 system package (Debian 13)', () => {
		expect( chooseSource( { ...none, systemVersion: '1.43.9' } ) ).toBe( 'system' );
	} );
	it( 'installs the system package where apt offers 1.43 and we may install (Debian 13)', () => {
		expect( chooseSource( { ...none, candidate: '1:1.43.9+dfsg-1~deb13u1' } ) ).toBe( 'install' );
	} );
	it( 'downloads Debian 13\'s package where apt offers only 1.39 (Debian 12)', () => {
		expect( chooseSource( { ...none, candidate: '1:1.39.13-1~deb12u1' } ) ).toBe( 'download' );
		// An installed 1.39 is not used either.
		expect( chooseSource( { ...none, systemVersion: '1.39.13', candidate: '1:1.39.13-1~deb12u1' } ) ).toBe( 'download' );
	} );
	it( 'downloads without root even where apt offers 1.43 (apt-get download needs no root)', () => {
		expect( chooseSource( { ...none, candidate: '1:1.43.9+dfsg-1~deb13u1', canInstall: false } ) ).toBe( 'download' );
	} );
	it( 'reuses an unpacked copy before asking apt anything', () => {
		expect( chooseSource( { ...none, cachedVersion: '1.43.9', candidate: '1:1.43.9+dfsg-1~deb13u1' } ) ).toBe( 'cache' );
	} );
	it( 'says so where there is no apt at all', () => {
		expect( chooseSource( { ...none, hasApt: false } ) ).toBe( 'unavailable' );
	} );
} );

describe( 'versions and mirrors', () => {
	it( 'matches the 1.43 branch only', () => {
		expect( isWanted( '1.43.0' ) ).toBe( true );
		expect( isWanted( '1:1.43.9+dfsg-1~deb13u1' ) ).toBe( true );
		expect( isWanted( '1.39.13' ) ).toBe( false );
		expect( isWanted( '1.430.0' ) ).toBe( false );
		expect( isWanted( null ) ).toBe( false );
	} );
	it( 'reads MW_VERSION, null where there is no MediaWiki', () => {
		expect( readVersion( '/nonexistent' ) ).toBeNull();
		const system = readVersion( SYSTEM_DIR );
		expect( system === null || /^1\.\d+\.\d+/.test( system ) ).toBe( true );
	} );
	it( 'takes the machine\'s own Debian mirror, not the security archive', () => {
		const deb822 = 'Types: deb\nURIs: http://mirror.example/debian-security\nSuites: bookworm-security\nComponents: main\n\n' +
			'Types: deb\nURIs: http://mirror.example/debian\nSuites: bookworm bookworm-updates\nComponents: main\n';
		expect( debianMirror( [ deb822 ] ) ).toBe( 'http://mirror.example/debian' );
		expect( debianMirror( [ '# comment\ndeb [arch=amd64] http://mirror.example/debian bookworm main\n' ] ) ).toBe( 'http://mirror.example/debian' );
		expect( debianMirror( [ 'deb http://mirror.example/debian-security bookworm-security main\n' ] ) ).toBeNull();
	} );
} );

import { describe, it, expect } from 'vitest';
import { plainHttpWarning, verifyLoggedIn, CredentialsRejectedError } from './wiki';

/** A client whose userinfo answer is what MediaWiki's ApiQueryUserInfo writes (formatversion 2). */
const answering = ( userinfo: Record<string, unknown> ): never => ( {
	request: async () => ( { batchcomplete: true, query: { userinfo } } ),
} ) as never;

describe( 'deploy credentials (issue 14)', () => {
	it( 'warns before logging in over plain http://, not over https://', () => {
		expect( plainHttpWarning( 'http://wiki.example.org/w/api.php' ) ).toMatch( /plain http:\/\/.*unencrypted/ );
		expect( plainHttpWarning( 'https://es.wikipedia.org/w/api.php' ) ).toBeNull();
	} );

	it( 'stops when the wiki answers as to an anonymous user (an OAuth token it does not accept)', async () => {
		await expect( verifyLoggedIn( answering( { id: 0, name: '127.0.0.1', anon: true } ), 'OAuth 2 token' ) ).rejects.toBeInstanceOf( CredentialsRejectedError );
		await expect( verifyLoggedIn( answering( { id: 0, name: '127.0.0.1', anon: '' } ), 'OAuth 2 token' ) ).rejects.toThrow( /did not accept the OAuth 2 token/ );
		await expect( verifyLoggedIn( answering( { id: 7, name: 'Deployer' } ), 'BotPassword' ) ).resolves.toBe( 'Deployer' );
	} );
} );

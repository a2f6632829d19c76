/**
 * A small, faithful stand-in for the parts of `mw` the unit tests touch. It follows MediaWiki's
 * behaviour where tests depend on it ($n parameters, {{PLURAL}}, ⧼key⧽ for missing messages);
 * everything else is exercised for real in the e2e suite on a real MediaWiki.
 */
import 'fake-indexeddb/auto';

type Handler = ( ...args: unknown[] ) => void;

/** jsdom's Web Storage (what mw.storage wraps in a browser). */
/* eslint-disable n/no-unsupported-features/node-builtins --
   jsdom's window.localStorage, not Node's */
function webStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
	return window.localStorage;
}
/* eslint-enable n/no-unsupported-features/node-builtins */

/** The part of mw.Map the code under test uses. */
interface FakeMap {
	values: Record<string, unknown>;
	get( key?: string | string[], fallback?: unknown ): unknown;
	set( key: string | Record<string, unknown>, value?: unknown ): boolean;
	exists( key: string ): boolean;
}

function makeMap(): FakeMap {
	const values: Record<string, unknown> = {};
	return {
		values,
		get( key?: string | string[], fallback: unknown = null ): unknown {
			if ( key === undefined ) {
				return values;
			}
			if ( Array.isArray( key ) ) {
				const out: Record<string, unknown> = {};
				key.forEach( ( k ) => {
					out[ k ] = k in values ? values[ k ] : fallback;
				} );
				return out;
			}
			return key in values ? values[ key ] : fallback;
		},
		set( key: string | Record<string, unknown>, value?: unknown ): boolean {
			if ( typeof key === 'object' ) {
				Object.assign( values, key );
			} else {
				values[ key ] = value;
			}
			return true;
		},
		exists( key: string ): boolean {
			return key in values;
		},
	};
}

const config = makeMap();
const messages = makeMap();
const hooks: Record<string, { handlers: Handler[]; memory: unknown[] | null }> = {};

function pluralForm( n: number, forms: string[] ): string {
	// English-style rule is enough for tests; real languages run on a real wiki.
	return n === 1 ? forms[ 0 ] : ( forms[ 1 ] !== undefined ? forms[ 1 ] : forms[ 0 ] );
}

function format( key: string, params: unknown[] ): string {
	if ( !messages.exists( key ) ) {
		return '⧼' + key + '⧽';
	}
	let text = String( messages.get( key ) ).replace( /\$(\d+)/g, ( m, n ) => {
		const v = params[ +n - 1 ];
		return v === undefined ? m : String( v );
	} );
	text = text.replace( /\{\{PLURAL:([^|}]*)\|([^}]*)\}\}/gi, ( _m, n, forms ) => pluralForm( Number( String( n ).replace( /[^\d.-]/g, '' ) ), String( forms ).split( '|' ) ) );
	return text;
}

/**
 * mw.Title as far as the tests need it: the namespace from wgNamespaceIds (local names and aliases,
 * lower case, underscores), first letter upper-cased, underscores as spaces, null for what
 * MediaWiki rejects (empty, illegal characters, relative paths).
 */
class TitleStub {
	public constructor( private readonly ns: number, private readonly text: string,
		private readonly prefix: string ) {}

	public static newFromText( raw: string ): TitleStub | null {
		let text = String( raw ).replace( /_/g, ' ' ).trim();
		let ns = 0;
		let prefix = '';
		const m = /^([^:]+):\s*(.*)$/.exec( text );
		const ids = ( config.get( 'wgNamespaceIds' ) || {} ) as Record<string, number>;
		if ( m ) {
			const key = m[ 1 ].trim().toLowerCase().replace( / /g, '_' );
			if ( Object.prototype.hasOwnProperty.call( ids, key ) ) {
				ns = ids[ key ];
				prefix = m[ 1 ].trim() + ':';
				text = m[ 2 ];
			}
		}
		if ( !text || /[#<>[\]{}|]/.test( text ) || text.split( '' ).some( ( ch ) => ch.charCodeAt( 0 ) < 32 ) || /^\.\.?(\/|$)|\/\.\.?(\/|$)/.test( text ) ) {
			return null;
		}
		return new TitleStub( ns, text.charAt( 0 ).toUpperCase() + text.slice( 1 ), prefix );
	}

	public getNamespaceId(): number {
		return this.ns;
	}

	public getPrefixedText(): string {
		return this.prefix + this.text;
	}
}

const mwStub = {
	config,
	Title: TitleStub,
	messages,
	libs: {} as Record<string, unknown>,
	message( key: string, ...params: unknown[] ) {
		return {
			text: () => format( key, params ),
			plain: () => format( key, params ),
			exists: () => messages.exists( key ),
		};
	},
	msg( key: string, ...params: unknown[] ) {
		return format( key, params );
	},
	language: {
		getFallbackLanguageChain(): string[] {
			const lang = String( config.get( 'wgUserLanguage' ) || 'en' );
			return lang === 'en' ? [ 'en' ] : [ lang, 'en' ];
		},
		convertNumber( n: number ) {
			return String( n );
		},
		// Lower case plus the one entry of core's bcp47Map (LanguageCode::NON_STANDARD_LANGUAGE_CODE_MAPPING)
		// the tests meet; the real one runs in the e2e suite.
		bcp47( tag: string ): string {
			const lower = tag.toLowerCase();
			return lower === 'simple' ? 'en-simple' : lower;
		},
		// Core's algorithm (resources/src/mediawiki.language/mediawiki.language.js), over core's
		// 'and', 'word-separator' and 'comma-separator' messages registered below.
		listToText( list: string[] ): string {
			return list.map( ( item, i ) => item + ( i === list.length - 2 ?
				format( 'and', [] ) + format( 'word-separator', [] ) :
				i < list.length - 1 ? format( 'comma-separator', [] ) : '' ) ).join( '' );
		},
	},
	hook( name: string ) {
		const h = hooks[ name ] || ( hooks[ name ] = { handlers: [], memory: null } );
		return {
			add( ...fns: Handler[] ) {
				h.handlers.push( ...fns );
				if ( h.memory ) {
					fns.forEach( ( fn ) => fn( ...( h.memory as unknown[] ) ) );
				}
				return this;
			},
			remove( fn: Handler ) {
				h.handlers = h.handlers.filter( ( x ) => x !== fn );
				return this;
			},
			fire( ...args: unknown[] ) {
				h.memory = args;
				h.handlers.slice().forEach( ( fn ) => fn( ...args ) );
				return this;
			},
		};
	},
	util: {
		getUrl( title: string, params?: Record<string, string> ) {
			const q = params ? '?' + new URLSearchParams( params ).toString() : '';
			return '/wiki/' + encodeURIComponent( title.replace( / /g, '_' ) ).replace( /%2F/g, '/' ).replace( /%3A/g, ':' ) + q;
		},
		addPortletLink: () => null,
		addCSS: () => document.createElement( 'style' ),
	},
	loader: {
		using: () => Promise.resolve(),
		load: () => undefined,
		getState: () => null,
	},
	notify: () => Promise.resolve(),
	// mw.storage (SafeStorage over localStorage): strings or null, false when storage is blocked.
	storage: {
		get( key: string ): string | null | false {
			try {
				return webStorage().getItem( key );
			} catch ( e ) {
				return false;
			}
		},
		set( key: string, value: string ): boolean {
			try {
				webStorage().setItem( key, value );
				return true;
			} catch ( e ) {
				return false;
			}
		},
		remove( key: string ): boolean {
			try {
				webStorage().removeItem( key );
				return true;
			} catch ( e ) {
				return false;
			}
		},
	},
	Api: class {
		public get(): Promise<unknown> {
			return Promise.reject( new Error( 'mw.Api is not available in unit tests: inject a fake' ) );
		}
	},
	ForeignApi: class {
		public get(): Promise<unknown> {
			return Promise.reject( new Error( 'mw.ForeignApi is not available in unit tests: inject a fake' ) );
		}
	},
};

( globalThis as unknown as { mw: unknown } ).mw = mwStub;
config.set( { wgUserLanguage: 'en', wgDBname: 'eswiki', wgContentLanguage: 'en',
	wgNamespaceIds: { media: -2, special: -1, '': 0, talk: 1, user: 2, file: 6, especial: -1, medio: -2, archivo: 6 } } );
// Core's English values of the messages mw.language.listToText reads (languages/i18n/en.json).
messages.set( { and: ' and', 'word-separator': ' ', 'comma-separator': ', ' } );

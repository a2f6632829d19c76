// Emulation of WDQS's `SERVICE wikibase:label` (the one WDQS-only feature the gadgets use), done by
// rewriting the query text before Oxigraph sees it. Behaviour follows wikidata-query-rdf's
// blazegraph/…/label/LabelService.java and EmptyLabelServiceOptimizer.java (see README.md):
// - languages: every `bd:serviceParam wikibase:language "a,b"`, split on commas, trimmed, first
//   occurrence wins, "[AUTO_LANGUAGE]" skipped; `mul` is an ordinary language code;
// - explicit form: `?s rdfs:label ?l`, `?s schema:description ?d` inside the service;
// - automatic form (only when the service holds nothing but serviceParams): every plain projected
//   variable of the enclosing SELECT ending in Label / Description (AltLabel is not emulated);
// - best language wins; no label in any language → the entity id ("Q123", no language tag) for
//   rdfs:label, unbound for descriptions; an unbound subject → the target stays unbound;
// - the service runs last in its group (LabelServicePlacementOptimizer): the generated patterns are
//   appended at the end of the group that held the SERVICE.
// Each resolution becomes: BIND(COALESCE(?s, <unbound>) AS ?__lsN) (so an unbound subject can never
// join with every label), one OPTIONAL per language, and BIND(COALESCE(…, id) AS ?target).

const LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const DESCRIPTION = 'http://schema.org/description';
const ALT_LABEL = 'http://www.w3.org/2004/02/skos/core#altLabel';
const UNBOUND = 'urn:x-geo-gadgets:label-service-unbound-subject';
const ENTITY = 'http://www.wikidata.org/entity/';

export class LabelServiceError extends Error {}

/** Tokens of a SPARQL text: enough to find groups, strings, IRIs, variables and statements. */
export function tokenize( text ) {
	const tokens = [];
	const re = /(\s+)|(#[^\n]*)|("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')((?:@[a-zA-Z][a-zA-Z0-9-]*)|(?:\^\^(?:<[^<>"{}|^`\\\s]*>|[A-Za-z0-9_.-]*:[A-Za-z0-9_.%-]*)))?|(<[^<>"{}|^`\\\s]*>)|([?$][A-Za-z0-9_\u00b7\u00c0-\uffff]+)|([{}()[\];,.])|([^\s{}()[\];,"'<#]*[^\s{}()[\];,"'<#.]|<)/gy;
	let m;
	while ( re.lastIndex < text.length && ( m = re.exec( text ) ) ) {
		const [ whole ] = m;
		const type = m[ 1 ] ? 'ws' : m[ 2 ] ? 'comment' : m[ 3 ] ? 'string' : m[ 5 ] ? 'iri' : m[ 6 ] ? 'var' : m[ 7 ] ? 'punct' : 'word';
		tokens.push( { type, text: whole, start: m.index, end: m.index + whole.length } );
	}
	return tokens;
}

/** The text of a string literal token (quotes, language tag and datatype removed). */
function stringValue( token ) {
	const m = /^("""|'''|"|')([\s\S]*?)\1(?:@|\^\^|$)/.exec( token );
	return m ? m[ 2 ].replace( /\\(.)/g, '$1' ) : '';
}

function expand( token, prefixes ) {
	if ( token.type === 'iri' ) {
		return token.text.slice( 1, -1 );
	}
	if ( token.type === 'word' && token.text.includes( ':' ) ) {
		const i = token.text.indexOf( ':' );
		const ns = prefixes[ token.text.slice( 0, i ) ];
		return ns ? ns + token.text.slice( i + 1 ) : null;
	}
	return null;
}

function matching( tokens, open ) {
	let depth = 0;
	for ( let i = open; i < tokens.length; i++ ) {
		if ( tokens[ i ].text === '{' ) {
			depth++;
		} else if ( tokens[ i ].text === '}' && --depth === 0 ) {
			return i;
		}
	}
	throw new LabelServiceError( 'Unbalanced braces' );
}

/**
 * Triples of the service body: [subject, predicate, object] token triples (`;` and `,` allowed).
 */
function triples( body ) {
	const out = [];
	let subject = null;
	let predicate = null;
	let terms = [];
	const flush = () => {
		if ( terms.length === 3 ) {
			[ subject, predicate ] = terms;
			out.push( terms );
		} else if ( terms.length === 2 && subject ) {
			predicate = terms[ 0 ];
			out.push( [ subject, ...terms ] );
		} else if ( terms.length === 1 && subject && predicate ) {
			out.push( [ subject, predicate, terms[ 0 ] ] );
		} else if ( terms.length ) {
			throw new LabelServiceError( 'Cannot read the label service body near ' + terms.map( ( x ) => x.text ).join( ' ' ) );
		}
		terms = [];
	};
	for ( const t of body ) {
		if ( t.text === '.' ) {
			flush();
			subject = predicate = null;
		} else if ( t.text === ';' ) {
			flush();
			predicate = null;
		} else if ( t.text === ',' ) {
			flush();
		} else {
			terms.push( t );
		}
	}
	flush();
	return out;
}

/** Plain variables projected by the innermost SELECT whose WHERE group holds token `at`. */
function projectionAround( tokens, at ) {
	let best = null;
	for ( let i = 0; i < tokens.length; i++ ) {
		if ( tokens[ i ].type !== 'word' || tokens[ i ].text.toUpperCase() !== 'SELECT' ) {
			continue;
		}
		let j = i + 1;
		const vars = [];
		let parens = 0;
		for ( ; j < tokens.length && tokens[ j ].text !== '{' && tokens[ j ].text.toUpperCase() !== 'WHERE'; j++ ) {
			const t = tokens[ j ];
			parens += t.text === '(' ? 1 : t.text === ')' ? -1 : 0;
			if ( t.type === 'var' && parens === 0 ) {
				vars.push( t.text.slice( 1 ) );
			}
		}
		while ( j < tokens.length && tokens[ j ].text !== '{' ) {
			j++;
		}
		if ( j < tokens.length && j < at && matching( tokens, j ) > at ) {
			best = vars;
		}
	}
	return best || [];
}

/** Rewrite every label service of `query` (already holding its PREFIX lines in `prefixes`). */
export function rewriteLabelService( query, prefixes ) {
	let tokens = tokenize( query );
	let counter = 0;
	for ( ;; ) {
		const significant = tokens.filter( ( t ) => t.type !== 'ws' && t.type !== 'comment' );
		const at = significant.findIndex( ( t, i ) => t.type === 'word' && t.text.toUpperCase() === 'SERVICE' &&
			[ significant[ i + 1 ], significant[ i + 2 ] ].some( ( n ) => n && expand( n, prefixes ) === 'http://wikiba.se/ontology#label' ) );
		if ( at === -1 ) {
			return query;
		}
		const open = significant.findIndex( ( t, i ) => i > at && t.text === '{' );
		const close = matching( significant, open );
		const body = triples( significant.slice( open + 1, close ) );
		const languages = [];
		const resolutions = [];
		for ( const [ s, p, o ] of body ) {
			if ( expand( s, prefixes ) === 'http://www.bigdata.com/rdf#serviceParam' ) {
				if ( expand( p, prefixes ) === 'http://wikiba.se/ontology#language' ) {
					for ( const code of stringValue( o.text ).split( ',' ) ) {
						const lang = code.trim().toLowerCase();
						if ( lang && lang !== '[auto_language]' && !languages.includes( lang ) ) {
							languages.push( lang );
						}
					}
				}
				continue;
			}
			const type = expand( p, prefixes );
			if ( o.type !== 'var' ) {
				throw new LabelServiceError( 'Expected a variable in the object position to which to bind the language.' );
			}
			resolutions.push( { subject: s.type === 'var' ? s.text : s.type === 'iri' ? s.text : '<' + expand( s, prefixes ) + '>', type, target: o.text } );
		}
		if ( !languages.length ) {
			throw new LabelServiceError( 'You must provide the label service a list of languages.' );
		}
		if ( !resolutions.length ) {
			for ( const name of projectionAround( significant, at ) ) {
				const m = /^(.+?)(AltLabel|Label|Description)$/.exec( name );
				if ( m ) {
					resolutions.push( { subject: '?' + m[ 1 ], type: { AltLabel: ALT_LABEL, Label: LABEL, Description: DESCRIPTION }[ m[ 2 ] ], target: '?' + name } );
				}
			}
		}
		const generated = [];
		for ( const r of resolutions ) {
			if ( r.type === ALT_LABEL ) {
				throw new LabelServiceError( 'skos:altLabel is not emulated by the local label service' );
			}
			if ( r.type !== LABEL && r.type !== DESCRIPTION ) {
				throw new LabelServiceError( 'Unsupported label service predicate ' + r.type );
			}
			const n = counter++;
			const subject = r.subject.startsWith( '?' ) || r.subject.startsWith( '$' ) ? `?__ls${ n }` : r.subject;
			if ( subject !== r.subject ) {
				generated.push( `BIND(COALESCE(${ r.subject }, <${ UNBOUND }>) AS ${ subject })` );
			}
			const options = languages.map( ( lang, i ) => {
				generated.push( `OPTIONAL { ${ subject } <${ r.type }> ?__ls${ n }_${ i } . FILTER(LANG(?__ls${ n }_${ i }) = "${ lang }") }` );
				return `?__ls${ n }_${ i }`;
			} );
			const fallback = r.type === LABEL ?
				[ `IF(STRSTARTS(STR(${ r.subject }), "${ ENTITY }"), STRAFTER(STR(${ r.subject }), "${ ENTITY }"), STR(${ r.subject }))` ] : [];
			generated.push( `BIND(COALESCE(${ options.concat( fallback ).join( ', ' ) }) AS ${ r.target })` );
		}
		// The group that holds the SERVICE: its closing brace gets the generated patterns.
		let depth = 0;
		let groupClose = -1;
		for ( let i = close + 1; i < significant.length; i++ ) {
			if ( significant[ i ].text === '{' ) {
				depth++;
			} else if ( significant[ i ].text === '}' ) {
				if ( depth === 0 ) {
					groupClose = i;
					break;
				}
				depth--;
			}
		}
		if ( groupClose === -1 ) {
			throw new LabelServiceError( 'SERVICE outside a group' );
		}
		const startAt = significant[ at ].start;
		const endAt = significant[ close ].end;
		const insertAt = significant[ groupClose ].start;
		query = query.slice( 0, startAt ) + query.slice( endAt, insertAt ) + '\n  ' + generated.join( '\n  ' ) + '\n' + query.slice( insertAt );
		tokens = tokenize( query );
	}
}

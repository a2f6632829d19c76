/**
 * The wiki's published snapshot pages, made by the publish command's own code
 * (src/deploy/snapshot-data.ts, `npm run publish-snapshot`) from the local Query Service (the
 * fixture server's real SPARQL engine over the sample RDF): the pages a reader's view reads with
 * `action=raw`, and what the run cost the Query Service (queries, time). Null in a tree without
 * the command (main before issue 19).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { ROOT } from '../wiki-session';

export interface Published {
	pages: Map<string, string>;
	/** Queries the run sent to the Query Service, and its wall time on the local engine. */
	queries: number;
	ms: number;
	/** Bytes of all pages, and gzipped as served. */
	bytes: number;
	/** Answers a jsdom view's `index.php?title=…&action=raw` request. */
	answer( url: URL ): string | null;
}

interface Collector {
	collectSnapshot( s: { wdqs: string; classes: string[]; languages: string[]; siteId: string } ): Promise<{
		ok: boolean; pages?: { title: string; content: string }[]; reason?: string;
	}>;
}

export async function publishedSnapshot(): Promise<Published | null> {
	const file = path.join( ROOT, 'src', 'deploy', 'snapshot-data.ts' );
	if ( !existsSync( file ) ) {
		return null;
	}
	const { collectSnapshot } = await import( pathToFileURL( file ).href ) as Collector;
	const { DEFAULT_CONFLICT_CLASSES } = await import( '../../src/geo-conflicts/data/config' );
	const { startFixtureServer } = await import( '../../localwiki/fixture-server.mjs' );
	const server = await startFixtureServer( { port: 0 } );
	try {
		const start = performance.now();
		const result = await collectSnapshot( { wdqs: server.url + '/query.wikidata.org/sparql',
			classes: DEFAULT_CONFLICT_CLASSES.slice(), languages: [ 'es' ], siteId: 'eswiki' } );
		const ms = performance.now() - start;
		if ( !result.ok || !result.pages ) {
			throw new Error( 'publish-snapshot refused the sample snapshot: ' + ( result.reason || '?' ) );
		}
		// The queries as the Query Service saw them (the fixture server's request log).
		const log = await ( await fetch( server.url + '/__log' ) ).json() as { path: string }[];
		const queries = log.filter( ( r ) => r.path.startsWith( '/query.wikidata.org/sparql' ) ).length;
		const pages = new Map( result.pages.map( ( p ) => [ p.title, p.content ] ) );
		return {
			pages, queries, ms,
			bytes: result.pages.reduce( ( s, p ) => s + Buffer.byteLength( p.content ), 0 ),
			answer: ( url ) => url.pathname.endsWith( '/index.php' ) && url.searchParams.get( 'action' ) === 'raw' ?
				pages.get( String( url.searchParams.get( 'title' ) ).replace( /_/g, ' ' ) ) ?? null : null,
		};
	} finally {
		await server.close();
	}
}

/**
 * Test helper (never bundled): real answers from the local query service engine (Oxigraph over the
 * sample Turtle, localwiki/wdqs/engine.mjs) for the gadget's own queries. Tests use these instead
 * of hand-written WDQS JSON, so they see what a real SPARQL engine makes of our queries.
 */
import { createEngine, turtleFiles, SAMPLE_RDF_DIR, type Engine, type SparqlJson } from '../../localwiki/wdqs/engine.mjs';
import { buildQuery, queryLimit, type QueryView } from '../../src/geo-conflicts/data/sparql';
import { normaliseAnswer } from '../../src/geo-conflicts/data/normalise';
import { DEFAULT_CONFLICT_CLASSES } from '../../src/geo-conflicts/data/config';
import { DEFAULT_SECTOR_MAP } from '../../src/geo-conflicts/data/sectors';
import type { ConflictSet } from '../../src/geo-conflicts/data/types';
import { hostileTurtle } from './hostile-items';

let sample: Engine | null = null;
let hostile: Engine | null = null;

/** The engine over localwiki/sample-data/wikidata/*.ttl (loaded once per test file). */
export function sampleEngine(): Engine {
	return ( sample = sample || createEngine() );
}

/**
 * The sample data plus the tests' hostile conflict (tests/support/hostile-items.ts), which the
 * demo sample does not hold (issue 23 item 11).
 */
export function hostileEngine(): Engine {
	return ( hostile = hostile ||
		createEngine( { files: turtleFiles( SAMPLE_RDF_DIR ), turtle: [ hostileTurtle() ] } ) );
}

export const TEST_NOW = Date.UTC( 2026, 10, 26 );

export interface AnswerOptions {
	languages?: string[];
	siteId?: string;
	limit?: number;
	engine?: Engine;
	/** The classes queried (default: the configured defaults). */
	classes?: string[];
}

/** The query of a view and the engine's raw answer to it. */
export function engineAnswer( view: QueryView,
	options: AnswerOptions = {} ): { query: string; json: SparqlJson } {
	const query = buildQuery( view, {
		classes: options.classes || DEFAULT_CONFLICT_CLASSES.slice(),
		languages: options.languages || [ 'en' ],
		siteId: options.siteId || 'eswiki',
		limit: options.limit,
	} );
	return { query, json: ( options.engine || sampleEngine() ).select( query ) };
}

/** A view's conflicts: query → engine → the project's normaliser. */
export function engineSet( view: QueryView = { kind: 'all' }, options: AnswerOptions = {} ): ConflictSet {
	const { query, json } = engineAnswer( view, options );
	return normaliseAnswer( json, {
		sectorMap: DEFAULT_SECTOR_MAP,
		languages: options.languages || [ 'en' ],
		siteId: options.siteId || 'eswiki',
		query,
		limit: queryLimit( query ),
		now: TEST_NOW,
	} );
}

/**
 * Entry of the hidden gadget `geo-conflicts-reader`: the card and the place section of a plain
 * read, from the wiki's published snapshot, without the conflicts core. The probe loads it when the
 * snapshot's key page says the article is a conflict or a place with conflicts; it reads the
 * manifest and the one conflicts or places page the article needs (CDN-cached `action=raw` pages,
 * the same URLs the core reads), draws the same card and section as the core (ui/article-views.ts)
 * with a static map image, and loads the core only when the reader opens the interactive map. A
 * wiki whose snapshot is missing or of other classes gets the core's live path (`fallback`).
 */
import coreCss from '../../core/styles.css' with { type: 'text' };
import articleCss from '../ui/article.css' with { type: 'text' };
import strings from 'i18n-pick:geo-conflicts/geo-conflicts-reader';
import { startCore } from '../../core/gadget';
import { loadCore } from '../../core/activation';
import { languageChain, msg } from '../../core/messages';
import { getEndpoints } from '../../core/config';
import { errorBox, errorMessage, spinner } from '../../core/ui';
import { replaceChildren } from '../../core/dom';
import { getConflictsConfig } from '../data/config';
import { buildQuery, labelLanguages, type QueryView } from '../data/sparql';
import { snapshotSource, type LoadedSet } from '../data/source';
import { readArticleKey, readManifest } from '../data/snapshot-pages';
import { articleKeys } from '../data/snapshot-keys';
import type { SnapshotManifest } from '../data/snapshot';
import type { Conflict } from '../data/types';
import { staticFrames, framesBounds } from '../static/frames';
import { cellConflicts } from '../static/snapshot-read';
import { overlayFrames } from '../static/overlay';
import { snapshotDateNote } from '../ui/data-date';
import { cardShell, overlayOptions, placeShell, renderCard, renderPlace } from '../ui/article-views';
import { staticMapMaker } from './static-map';

interface CoreLib {
	openMap( area: HTMLElement, conflicts: Conflict[] ): Promise<void>;
}

function openInteractive( area: HTMLElement, conflicts: Conflict[] ): Promise<void> {
	return loadCore<CoreLib>( 'geo-conflicts', 'geoConflicts' ).then( ( lib ) => lib.openMap( area, conflicts ) );
}

const sameClasses = ( a: string[], b: string[] ): boolean => a.slice().sort().join( ',' ) === b.slice().sort().join( ',' );

let styled = false;

function addStyles(): void {
	if ( !styled ) {
		styled = true;
		mw.util.addCSS( ( coreCss as unknown as string ) + '\n' + ( articleCss as unknown as string ) );
	}
}

/**
 * Load a view's conflicts from the snapshot into `status` (spinner, then the data's date; an error
 * with Retry), then hand them over.
 */
function load( manifest: SnapshotManifest, view: QueryView, status: HTMLElement,
	onLoaded: ( set: LoadedSet ) => void ): void {
	const config = getConflictsConfig();
	// The reader's label languages and site, as the core's context passes them (the countries are
	// named in the reader's language, the query link is the live query).
	const source = snapshotSource( manifest, { classes: config.classes, languages: labelLanguages( languageChain() ),
		siteId: getEndpoints().wikidataSiteId } );
	const attempt = (): void => {
		replaceChildren( status, spinner( msg( 'geo-conflicts-loading' ) ) );
		source.load( view ).then( ( set ) => {
			replaceChildren( status, snapshotDateNote( manifest.date, config.freshnessDays ) );
			onLoaded( set );
		}, ( e: unknown ) => replaceChildren( status, errorBox( errorMessage( e ), attempt ) ) );
	};
	attempt();
}

/** The lookups of this article in the snapshot: its item, its title, the redirect it came from. */
function pageKeys(): string[] {
	return articleKeys( { item: mw.config.get( 'wgWikibaseItemId' ), pageName: mw.config.get( 'wgPageName' ),
		redirectedFrom: mw.config.get( 'wgRedirectedFrom' ) } );
}

/** The card or section of `content`'s article; `fallback` mounts the core's (live) instead. */
async function mount( content: HTMLElement, fallback: () => void ): Promise<void> {
	if ( content.dataset.geoConflictsArticle ) {
		return;
	}
	const config = getConflictsConfig();
	let manifest: SnapshotManifest | null;
	try {
		manifest = await readManifest();
	} catch ( e ) {
		manifest = null;
	}
	if ( !manifest || !sameClasses( manifest.classes, config.classes ) ) {
		fallback();
		return;
	}
	content.dataset.geoConflictsArticle = 'checking';
	const ready = startCore( strings, 'geo-conflicts' );
	let key;
	try {
		key = await readArticleKey( pageKeys() );
	} catch ( e ) {
		content.dataset.geoConflictsArticle = 'unavailable';
		return;
	}
	content.dataset.geoConflictsArticle = key ? key.kind : 'none';
	if ( !key ) {
		return;
	}
	await ready;
	addStyles();
	const target = content.querySelector<HTMLElement>( '.mw-parser-output' ) || content;
	const query = ( view: QueryView ): string => buildQuery( view, { classes: config.classes,
		languages: labelLanguages( languageChain() ), siteId: getEndpoints().wikidataSiteId } );
	const makeMap = staticMapMaker( openInteractive );
	const id = key.id;
	if ( key.kind === 'conflict' ) {
		const view = { kind: 'item' as const, item: id };
		const { card, status, body } = cardShell( target, id );
		load( manifest, view, status, ( set ) => {
			if ( set.conflicts[ 0 ] ) {
				renderCard( body, set.conflicts[ 0 ], query( view ), makeMap );
			} else {
				card.remove();
			}
		} );
	} else {
		const view = { kind: 'place' as const, place: id };
		const shell = placeShell( target, id, '' );
		load( manifest, view, shell.status, ( set ) => {
			shell.settle();
			if ( !set.conflicts.length ) {
				shell.section.remove();
				return;
			}
			renderPlace( shell, set.place || { label: id, countries: [] }, set.conflicts, query( view ), makeMap );
		} );
	}
	// The article's own static mapframes: the conflicts in view, shown at once (as the core does).
	const frames = staticFrames( content );
	if ( frames.length && manifest.mapCells ) {
		cellConflicts( { generation: manifest.generation, mapCells: manifest.mapCells }, framesBounds( frames ) )
			.then( ( conflicts ) => overlayFrames( frames, conflicts || [], overlayOptions( true ) ) )
			.catch( ( e ) => mw.log.warn( 'Geo Conflicts: no conflicts on the static map', e ) );
	}
}

( mw.libs as Record<string, unknown> ).geoConflictsReader = { mount };

/**
 * Reading a placeholder's data-* attributes, for both gadgets: every value a panel drops or
 * corrects is recorded (and named on the panel, core/attribute-notice.ts), and every list is cut
 * before any per-item work. An attribute is wikitext any editor can write: 30,000 ids in one
 * `data-country` must cost what 12 do (issue 22, item 1).
 */

/**
 * Characters of one attribute that are read at all. Longer values are cut here, before they are
 * split: what lies beyond is only counted (one linear pass over the separators).
 */
export const MAX_ATTRIBUTE_CHARS = 1000;
/** Bad values of one attribute named one by one on a panel; more are counted. */
export const MAX_NAMED_PROBLEMS = 5;
/** Characters of a bad value shown on the panel. */
const MAX_SHOWN_CHARS = 40;

export type ProblemReason =
	/** Not a value this attribute takes (`expected` says what does). */
	'invalid' |
	/** Said twice: the second is dropped. */
	'duplicate' |
	/** More values than a panel uses: `count` were dropped (the first `max` are kept). */
	'too-many' |
	/** A month after the current one: no data can exist for it (kept: the view says so). */
	'future' |
	/** data-from after data-to: used the other way round. */
	'swapped' |
	/** Longer than allowed: `value` is what is used instead. */
	'shortened';

export interface AttributeProblem {
	/** The attribute as written in wikitext, e.g. `data-country`. */
	attribute: string;
	/** The offending value, cut to a few characters (it is wikitext anyone can write). */
	value: string;
	reason: ProblemReason;
	/** Message key of what the attribute takes (invalid values). */
	expected?: string;
	/** Parameter of `expected` (e.g. the list of views). */
	expectedParam?: string;
	/** Values dropped (too-many), or how many more problems of this kind were not named. */
	count?: number;
	max?: number;
}

/** The problems found while reading one placeholder. */
export class AttributeReport {
	public readonly problems: AttributeProblem[] = [];

	/** Bad values beyond MAX_NAMED_PROBLEMS of an attribute: counted, not named. */
	public unnamed = 0;

	private readonly named = new Map<string, number>();

	public add( problem: AttributeProblem ): void {
		if ( problem.reason === 'invalid' || problem.reason === 'duplicate' ) {
			const n = this.named.get( problem.attribute ) || 0;
			if ( n >= MAX_NAMED_PROBLEMS ) {
				this.unnamed++;
				return;
			}
			this.named.set( problem.attribute, n + 1 );
		}
		this.problems.push( Object.assign( {}, problem, { value: shown( problem.value ) } ) );
	}

	public invalid( attribute: string, value: string, expected: string,
		expectedParam?: string ): void {
		this.add( { attribute, value, reason: 'invalid', expected, expectedParam } );
	}

	public get empty(): boolean {
		return !this.problems.length && !this.unnamed;
	}
}

function shown( value: string ): string {
	const v = value.length > MAX_SHOWN_CHARS ? value.slice( 0, MAX_SHOWN_CHARS ) + '…' : value;
	// Control and bidi characters would hide or reorder the rest of the line.
	// eslint-disable-next-line no-control-regex
	return v.replace( /[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\ufffd' );
}

/** One attribute value cut to MAX_ATTRIBUTE_CHARS (single values: months, views, ids). */
export function readValue( raw: string | null | undefined ): string {
	const s = raw || '';
	return ( s.length > MAX_ATTRIBUTE_CHARS ? s.slice( 0, MAX_ATTRIBUTE_CHARS ) : s ).trim();
}

export interface ListRule {
	/** `data-country`, as the editor wrote it. */
	attribute: string;
	/** Values kept at most. */
	max: number;
	/** The characters that separate values (default: a comma). */
	separators?: string;
	/** The value as compared and kept (e.g. upper-cased). */
	normalise?: ( value: string ) => string;
	/** Whether a normalised value is valid. */
	valid: ( value: string ) => boolean;
	/** Message key (and parameter) of what the attribute takes. */
	expected: string;
	expectedParam?: string;
}

function countSeparators( s: string, from: number, separators: string ): number {
	let n = 0;
	// Native indexOf per separator character: a 0.4 MB value takes about a millisecond.
	for ( let k = 0; k < separators.length; k++ ) {
		const sep = separators.charAt( k );
		for ( let i = s.indexOf( sep, from ); i !== -1; i = s.indexOf( sep, i + 1 ) ) {
			n++;
		}
	}
	return n;
}

/**
 * The valid values of a list attribute, de-duplicated, order kept, at most `rule.max`. Invalid and
 * repeated values and the ones beyond the cap go into `report`. Costs O(MAX_ATTRIBUTE_CHARS) per
 * attribute plus one pass over the rest of a longer value.
 */
export function readList( raw: string | null | undefined, rule: ListRule,
	report: AttributeReport ): string[] {
	const s = raw || '';
	const separators = rule.separators || ',';
	const cut = s.length > MAX_ATTRIBUTE_CHARS;
	const head = cut ? s.slice( 0, MAX_ATTRIBUTE_CHARS ) : s;
	const parts: string[] = [];
	let start = 0;
	for ( let i = 0; i <= head.length; i++ ) {
		if ( i === head.length || separators.includes( head.charAt( i ) ) ) {
			parts.push( head.slice( start, i ) );
			start = i + 1;
		}
	}
	let dropped = 0;
	if ( cut ) {
		// The last part read may be the start of a longer value: it counts as dropped, with
		// every value after it.
		parts.pop();
		dropped = 1 + countSeparators( s, MAX_ATTRIBUTE_CHARS, separators );
	}
	const out: string[] = [];
	const seen = new Set<string>();
	for ( const part of parts ) {
		const trimmed = part.trim();
		if ( !trimmed ) {
			continue;
		}
		const value = rule.normalise ? rule.normalise( trimmed ) : trimmed;
		if ( !rule.valid( value ) ) {
			report.invalid( rule.attribute, trimmed, rule.expected, rule.expectedParam );
		} else if ( seen.has( value ) ) {
			report.add( { attribute: rule.attribute, value: trimmed, reason: 'duplicate' } );
		} else if ( out.length >= rule.max ) {
			dropped++;
		} else {
			seen.add( value );
			out.push( value );
		}
	}
	if ( dropped ) {
		report.add( { attribute: rule.attribute, value: '', reason: 'too-many', count: dropped,
			max: rule.max } );
	}
	return out;
}

/** The current month, YYYY-MM (UTC): a later month has no data yet. */
export function currentMonth( now = new Date() ): string {
	return now.toISOString().slice( 0, 7 );
}

/** Whether the page is a preview (classic "Show preview" or live preview: the edit form). */
export function isPreview(): boolean {
	const action = mw.config.get( 'wgAction' );
	return action === 'edit' || action === 'submit';
}

/**
 * Run `read` (the reading of one placeholder's attributes) as a User Timing measure named
 * `geo-attributes`: the e2e suite checks in Chromium that no attribute value costs a long task.
 */
export function timedRead<T>( read: () => T ): T {
	const start = typeof performance !== 'undefined' && performance.now ? performance.now() : 0;
	const out = read();
	if ( start && typeof performance.measure === 'function' ) {
		try {
			performance.measure( 'geo-attributes', { start, end: performance.now() } );
		} catch ( e ) {
			// An older browser without measure options: no timing, nothing else changes.
		}
	}
	return out;
}

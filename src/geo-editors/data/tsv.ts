/**
 * Streaming parser for one geoeditors file (monthly here; the weekly layout is tsv-weekly.ts). Text
 * arrives in chunks of any size (a row may be split across chunks); each complete line is checked
 * and, only when it passes the view's filter, turned into a GeoRow. Lines outside the filter are
 * never split into fields (with a country filter, only read up to their country code), so a whole
 * release file streams through in little memory and time: the reason this is a hand-written loop
 * and not `split('\t')`.
 */
import { COLUMNS, type GeoRow, type RowFilter } from './types';
import { monthlyLayout } from './tsv-monthly';

const CR = 13;
const EXPECTED_COLUMNS: number = COLUMNS.length;
const MAX_SAMPLES = 5;
/** A release line is ~60–120 characters; a "line" past this is not the release (or never ends). */
export const MAX_LINE = 4096;
/**
 * Past this many characters without a newline the body is not a release file at all (endless
 * bytes).
 */
export const MAX_SKIP = 1024 * 1024;
/**
 * Rows one file may keep. Whole files are kept (month-store.ts): a real monthly file is estimated at
 * 0.3–15 MB, one line ~70 bytes, so up to ~215,000 rows; a weekly file holds four or five weeks of
 * rows in the same layout, so up to ~1,000,000. This is twice that (~140 MB of text, under the
 * 200 MB body cap of stream.ts). Past it the rest of the file is not kept: the parse says from which
 * line (ParseStats.cut) instead of failing, and the file is not cached.
 */
export const MAX_KEPT_ROWS = 2000000;

export type MalformedReason = 'columns' | 'level' | 'number' | 'country' | 'month' | 'week' | 'long';

export type FormatReason = 'columns' | 'header' | 'empty' | 'line';

/**
 * A file that is not a geoeditors file at all: wrong number of columns, unknown header, empty, or a
 * line without end.
 */
export class TsvFormatError extends Error {
	public readonly reason: FormatReason;

	public readonly expected: number;

	public readonly actual: number;

	public constructor( reason: FormatReason, actual = 0, expected: number = EXPECTED_COLUMNS ) {
		super( reason === 'empty' ? 'The file has no data rows' :
			reason === 'header' ? 'Unexpected header line: this is not a geoeditors file' :
				reason === 'line' ? 'A line longer than ' + MAX_LINE + ' characters' :
					'Expected ' + expected + ' tab-separated columns, found ' + actual );
		this.name = 'TsvFormatError';
		this.reason = reason;
		this.expected = expected;
		this.actual = actual;
	}
}

export interface ParseStats {
	/** Whether the file started with a header line. */
	header: boolean;
	/**
	 * Data rows in the file, before filtering (a line of a country outside the filter is counted
	 * unchecked).
	 */
	rows: number;
	/** Rows that passed the filter. */
	kept: number;
	/** Lines that could not be read (wrong column count, unknown level, bad number …). */
	malformed: number;
	/** The first few malformed lines (1-based line numbers), for the report. */
	malformedSamples: { line: number; reason: MalformedReason }[];
	/** Whether the text ended with a newline; a file cut short in transfer usually does not. */
	terminated: boolean;
	/**
	 * Columns of the layout the first line showed (weekly files: 8 until mid-April 2024, 11 after).
	 * Absent in statistics kept before layouts were recorded (and for pages that are not a file).
	 */
	columns?: number;
	/**
	 * Past MAX_KEPT_ROWS the rest of the file is not kept: the first line not kept (1-based) and how
	 * many data lines from there on were left out. Absent when nothing was cut.
	 */
	cut?: { fromLine: number; rows: number };
}

/**
 * The columns of one release layout: how many, its header, and how a line's fields become a row.
 * Both layouts share wiki_db, project, country, country_code and activity_level as their first five
 * columns, which is what the stream filter reads.
 */
export interface RowLayout<R extends object> {
	columns: number;
	/** The first line starts with `wiki_db`: is it exactly this layout's header? */
	isHeader( fields: string[] ): boolean;
	/**
	 * Optional: whether the last field of the first data line shows another release's file (a
	 * monthly `YYYY-MM` where a week is expected); such a file is refused as a whole.
	 */
	foreign?( last: string ): boolean;
	/** The row of a line (tab positions in `tabs`), or why a field is not valid. */
	read( text: string, start: number, end: number, tabs: Int32Array,
		own: ( s: string ) => string ): R | MalformedReason;
}

/** What the stream reader needs of a parser (stream.ts). */
export interface TextSink {
	push( chunk: string ): void;
	end(): ParseStats;
}

export class RowParser<R extends object> implements TextSink {
	public readonly rows: R[] = [];

	/** The layouts a file may have, told apart by the column count of its first line. */
	private readonly layouts: RowLayout<R>[];

	/** Country codes as numbers (two UTF-16 units), so filtering a line allocates nothing. */
	private readonly countries: Set<number> | null;

	private readonly wikiDbs: Set<string> | null;

	private layout: RowLayout<R>;

	/** Start of an incomplete line carried over to the next chunk. */
	private rest = '';

	/**
	 * Inside a line longer than MAX_LINE: its characters are dropped until its newline (never
	 * kept).
	 */
	private skipped = -1;

	private lineNo = 0;

	private sawFirstLine = false;

	private ended = false;

	/** One private copy of each repeated text value (see `own`). */
	private readonly strings = new Map<string, string>();

	/** Tab positions of the current line (reused: no allocation per line). */
	private readonly tabs: Int32Array;

	private readonly stats: ParseStats;

	/**
	 * `layouts`: one, or several with different column counts (the first line, header or data,
	 * chooses; the first one until then).
	 */
	public constructor( filter: RowFilter, layouts: RowLayout<R> | RowLayout<R>[],
		private readonly maxRows: number = MAX_KEPT_ROWS ) {
		this.layouts = Array.isArray( layouts ) ? layouts : [ layouts ];
		this.layout = this.layouts[ 0 ];
		this.stats = { header: false, rows: 0, kept: 0, malformed: 0, malformedSamples: [],
			terminated: true, columns: this.layout.columns };
		this.tabs = new Int32Array( Math.max( ...this.layouts.map( ( l ) => l.columns ) ) );
		this.countries = filter.countries && filter.countries.length ?
			new Set( filter.countries.map( ( c ) => c.length === 2 ?
				c.charCodeAt( 0 ) * 65536 + c.charCodeAt( 1 ) : -1 ) ) : null;
		this.wikiDbs = filter.wikiDbs && filter.wikiDbs.length ? new Set( filter.wikiDbs ) : null;
	}

	/**
	 * Feed the next piece of text. Throws TsvFormatError as soon as the first line shows a wrong
	 * format.
	 */
	public push( chunk: string ): void {
		let start = 0;
		let nl = chunk.indexOf( '\n' );
		if ( this.skipped >= 0 ) {
			if ( nl === -1 ) {
				this.skip( chunk.length );
				return;
			}
			// The over-long line ends here: one malformed line, the rest of the file is read as
			// usual.
			this.skipped = -1;
			this.lineNo++;
			this.malformed( 'long' );
			start = nl + 1;
			nl = chunk.indexOf( '\n', start );
		} else if ( this.rest ) {
			// Only the line that straddles two chunks is joined; the chunk itself is scanned in
			// place (concatenating whole chunks would make V8 copy every one of them).
			if ( nl === -1 ) {
				this.rest += chunk;
				this.checkRest();
				return;
			}
			const joined = this.rest + chunk.slice( 0, nl );
			this.rest = '';
			this.line( joined, 0, joined.length );
			start = nl + 1;
			nl = chunk.indexOf( '\n', start );
		}
		while ( nl !== -1 ) {
			this.line( chunk, start, nl );
			start = nl + 1;
			nl = chunk.indexOf( '\n', start );
		}
		this.rest = start < chunk.length ? chunk.slice( start ) : '';
		this.checkRest();
	}

	/** A body with no newline in sight (endless bytes) fails here, before it fills the memory. */
	private checkRest(): void {
		if ( this.rest.length > MAX_LINE ) {
			const length = this.rest.length;
			this.rest = '';
			this.skipped = 0;
			this.skip( length );
		}
	}

	/**
	 * A line longer than any of the release is skipped; endless bytes without a newline stop here.
	 */
	private skip( chars: number ): void {
		this.skipped += chars;
		if ( this.skipped > MAX_SKIP ) {
			this.skipped = -1;
			throw new TsvFormatError( 'line', 0 );
		}
	}

	/** No more text: read the last line (if unterminated) and return the statistics. */
	public end(): ParseStats {
		if ( !this.ended ) {
			this.ended = true;
			if ( this.skipped >= 0 ) {
				this.skipped = -1;
				this.lineNo++;
				this.stats.terminated = false;
				this.malformed( 'long' );
			}
			if ( this.rest ) {
				const last = this.rest;
				this.rest = '';
				// Only a trailing line with content counts: a lone "\r" is still a proper ending.
				if ( last !== '\r' ) {
					this.stats.terminated = false;
				}
				this.line( last, 0, last.length );
			}
			if ( this.stats.rows === 0 && this.stats.malformed === 0 ) {
				throw new TsvFormatError( 'empty' );
			}
		}
		return this.stats;
	}

	/**
	 * A copy of `s` that does not point into the chunk it was sliced from. V8 makes longer slices
	 * views of their parent string, so a kept row holding `text.slice(…)` would keep the whole 64
	 * KiB chunk alive — and a month's rows would keep most of the file. Values repeat, so each is
	 * copied once.
	 */
	private readonly own = ( s: string ): string => {
		let copy = this.strings.get( s );
		if ( copy === undefined ) {
			copy = s.split( '' ).join( '' );
			this.strings.set( copy, copy );
		}
		return copy;
	};

	private malformed( reason: MalformedReason ): void {
		this.stats.malformed++;
		if ( this.stats.malformedSamples.length < MAX_SAMPLES ) {
			this.stats.malformedSamples.push( { line: this.lineNo, reason } );
		}
	}

	private line( text: string, start: number, end: number ): void {
		this.lineNo++;
		if ( end > start && text.charCodeAt( end - 1 ) === CR ) {
			end--;
		}
		if ( end === start ) {
			return;
		}
		if ( end - start > MAX_LINE ) {
			// A hostile or broken line (a 20,000-character country name): counted, the file goes
			// on.
			this.malformed( 'long' );
			return;
		}
		// Find the tabs of this line only.
		const tabs = this.tabs;
		let expected = this.layout.columns;
		const most = tabs.length;
		let count = 0;
		let from = start;
		if ( this.countries && this.sawFirstLine ) {
			// Most lines are another country's: find the first four tabs, look at the country code
			// and leave the rest of such a line unread (it is counted as a row, not checked).
			for ( let i = text.indexOf( '\t', start ); count < 4 && i !== -1 && i < end; i = text.indexOf( '\t', i + 1 ) ) {
				tabs[ count++ ] = i;
				from = i + 1;
			}
			if ( count === 4 ) {
				const at = tabs[ 2 ] + 1;
				if ( tabs[ 3 ] !== at + 2 ||
					!this.countries.has( text.charCodeAt( at ) * 65536 +
						text.charCodeAt( at + 1 ) ) ) {
					this.stats.rows++;
					return;
				}
			}
		}
		for ( let i = text.indexOf( '\t', from ); i !== -1 && i < end; i = text.indexOf( '\t', i + 1 ) ) {
			if ( count < most ) {
				tabs[ count ] = i;
			}
			count++;
		}
		const columns = count + 1;
		if ( !this.sawFirstLine ) {
			this.sawFirstLine = true;
			const chosen = this.layouts.find( ( l ) => l.columns === columns );
			if ( chosen ) {
				this.layout = chosen;
				this.stats.columns = expected = chosen.columns;
			}
			if ( text.startsWith( COLUMNS[ 0 ], start ) &&
				( columns === 1 || tabs[ 0 ] === start + COLUMNS[ 0 ].length ) ) {
				if ( columns !== expected || !this.layout.isHeader( text.slice( start, end ).split( '\t' ) ) ) {
					throw new TsvFormatError( 'header', columns, expected );
				}
				this.stats.header = true;
				return;
			}
			if ( columns !== expected ) {
				throw new TsvFormatError( 'columns', columns, expected );
			}
			if ( this.layout.foreign && this.layout.foreign( text.slice( tabs[ expected - 2 ] + 1, end ) ) ) {
				// Another release's file with as many columns (a monthly file read as weekly).
				throw new TsvFormatError( 'header', columns, expected );
			}
		}
		if ( columns !== expected ) {
			this.malformed( 'columns' );
			return;
		}
		this.stats.rows++;
		// Filter on the raw text before building anything.
		if ( this.countries ) {
			const at = tabs[ 2 ] + 1;
			if ( tabs[ 3 ] !== at + 2 ||
				!this.countries.has( text.charCodeAt( at ) * 65536 + text.charCodeAt( at + 1 ) ) ) {
				return;
			}
		}
		if ( this.wikiDbs && !this.wikiDbs.has( text.slice( start, tabs[ 0 ] ) ) ) {
			return;
		}
		this.readRow( text, start, end );
	}

	private readRow( text: string, start: number, end: number ): void {
		const row = this.layout.read( text, start, end, this.tabs, this.own );
		if ( typeof row === 'string' ) {
			this.stats.rows--;
			this.malformed( row );
			return;
		}
		if ( this.stats.kept >= this.maxRows ) {
			// Not kept, and said: the rows from this line on are missing, the rest stays shown.
			if ( this.stats.cut ) {
				this.stats.cut.rows++;
			} else {
				this.stats.cut = { fromLine: this.lineNo, rows: 1 };
			}
			return;
		}
		this.stats.kept++;
		this.rows.push( row );
	}
}

/** One monthly file (the release's 11 columns). */
export class MonthParser extends RowParser<GeoRow> {
	/** `month` (YYYY-MM), when given, must match every row's month column. */
	public constructor( filter: RowFilter = {}, month?: string ) {
		super( filter, monthlyLayout( month ) );
	}
}

/** Parse a whole text at once (tests, small files). */
export function parseMonthText( text: string, filter: RowFilter = {},
	month?: string ): { rows: GeoRow[]; stats: ParseStats } {
	const parser = new MonthParser( filter, month );
	parser.push( text );
	const stats = parser.end();
	return { rows: parser.rows, stats };
}

// The text of each built wiki page, exactly as MediaWiki stores it.
//
// A page's text depends only on its code: no version and no commit (those are in the deploy's edit
// summary), so a commit that does not change a page's code leaves the page as it is and the deploy
// does not save it (issue 24).

const NOTICE = 'MIT licence. Built file: edit the source in the project repository, not this page; the deploy\'s edit summaries name the version and commit.';

/** The comment at the top of every page; `/*!` survives minifiers of those who copy the code. */
export function banner( what ) {
	return '/*! Geo gadgets — ' + what + ' — ' + NOTICE + ' */';
}

/**
 * MediaWiki runs the wikitext pre-save transform on JS and CSS pages (signatures "~~~~",
 * "{{subst:…}}", the pipe trick) unless the saving account turned it off (preference pst-cssjs).
 * Inside <nowiki> the transform leaves text alone, so the deploy needs no preference — as long as
 * the code does not close the nowiki itself: a "</nowiki>" in the code (the wikitext export writes
 * one) becomes "<\/nowiki>", the same text in a JS or CSS string, regular expression or comment.
 */
function keepInsideNowiki( code ) {
	return code.replace( /<\/(nowiki\s*>)/gi, '<\\/$1' );
}

// MediaWiki strips trailing whitespace on save: write exactly what the wiki will hold, so a
// redeploy of an unchanged build compares equal.
export function jsPage( what, code ) {
	return '// <nowiki>\n' + banner( what ) + '\n' + keepInsideNowiki( code ) + '\n// </nowiki>';
}

export function cssPage( what, code ) {
	return '/* <nowiki> */\n' + banner( what ) + '\n' + keepInsideNowiki( code ) + '\n/* </nowiki> */';
}

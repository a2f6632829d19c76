// Kartographer's site settings as JS config vars (the real ext.kartographer module does the same).
mw.config.set( require( './config.json' ) );

// Gadget definitions in both wiki formats, from gadgets/<id>.json (the single source of truth).

function optionList( name, values ) {
	return values && values.length ? [ name + '=' + values.join( ',' ) ] : [];
}

/** One line of MediaWiki:Gadgets-definition (the production format). */
export function definitionLine( id, module, files ) {
	const options = [ 'ResourceLoader' ]
		.concat( optionList( 'dependencies', module.dependencies ) )
		.concat( optionList( 'rights', module.rights ) )
		.concat( optionList( 'skins', module.skins ) )
		.concat( optionList( 'actions', module.actions ) )
		.concat( optionList( 'namespaces', module.namespaces ) )
		.concat( optionList( 'contentModels', module.contentModels ) )
		.concat( module.default ? [ 'default' ] : [] )
		.concat( module.hidden ? [ 'hidden' ] : [] )
		.concat( module.supportsUrlLoad ? [ 'supportsUrlLoad' ] : [] );
	return '* ' + id + '[' + options.join( '|' ) + '] | ' + files.join( ' | ' );
}

/** MediaWiki:Gadgets/<id>.json (REL1_42+ JSON definitions). */
export function jsonDefinition( module, files, section ) {
	return {
		settings: {
			rights: module.rights || [],
			default: !!module.default,
			hidden: !!module.hidden,
			package: false,
			skins: module.skins || [],
			actions: module.actions || [],
			namespaces: module.namespaces || [],
			categories: [],
			contentModels: module.contentModels || [],
			section,
			supportsUrlLoad: !!module.supportsUrlLoad
		},
		module: {
			pages: files,
			dependencies: module.dependencies || [],
			peers: [],
			messages: [],
			codexIcons: [],
			type: 'general'
		}
	};
}

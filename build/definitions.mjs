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

/** MediaWiki:Gadgets/<id>.json (REL1_42+ JSON definitions, as REL1_43 reads them). */
export function jsonDefinition( module, files, section ) {
	return {
		settings: {
			rights: module.rights || [],
			default: !!module.default,
			hidden: !!module.hidden,
			package: false,
			skins: module.skins || [],
			actions: module.actions || [],
			namespaces: ( module.namespaces || [] ).map( Number ),
			categories: [],
			contentModels: module.contentModels || [],
			// Gadgets REL1_43 (GadgetDefinitionValidator, Gadget::newFromDefinitionContent) reads
			// the section as "category"; namespaces are numbers.
			category: section,
			supportsUrlLoad: !!module.supportsUrlLoad
		},
		module: {
			pages: files,
			dependencies: module.dependencies || [],
			peers: [],
			messages: [],
			type: 'general'
		}
	};
}

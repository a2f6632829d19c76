#!/bin/sh
# Run by the Toolforge jobs of toolforge/jobs.yaml (docs/operations.md), from the tool's checkout.
#   run.sh snapshot   the conflicts snapshot (npm run publish-snapshot)
#   run.sh reduced    the reduced geoeditors pages, monthly and weekly, of the last three release
#                     months (npm run publish-reduced --weekly; a month already published saves
#                     nothing)
# The wiki and the account come from the tool's environment variables: GEO_WIKI_API (api.php URL),
# MW_USERNAME + MW_PASSWORD (a BotPassword) or MW_OAUTH2_TOKEN; GEO_WIKIS (optional, e.g. eswiki)
# adds per-wiki pages.
set -eu
cd "$(dirname "$0")/.."
: "${GEO_WIKI_API:?set GEO_WIKI_API to the wiki's api.php URL (toolforge envvars create GEO_WIKI_API …)}"
case "${1:-}" in
snapshot)
	exec npm run --silent publish-snapshot -- --wiki "$GEO_WIKI_API"
	;;
reduced)
	# The release publishes a month some days after it ends: the last three cover a late one.
	from=$(date -u -d "$(date -u +%Y-%m-15) -3 months" +%Y-%m)
	to=$(date -u -d "$(date -u +%Y-%m-15) -1 month" +%Y-%m)
	if [ -n "${GEO_WIKIS:-}" ]; then
		exec npm run --silent publish-reduced -- --wiki "$GEO_WIKI_API" --months "$from..$to" --countries all --wikis "$GEO_WIKIS" --weekly
	fi
	exec npm run --silent publish-reduced -- --wiki "$GEO_WIKI_API" --months "$from..$to" --countries all --weekly
	;;
*)
	echo "usage: $0 snapshot|reduced" >&2
	exit 1
	;;
esac

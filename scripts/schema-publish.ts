/**
 * npm run schema:publish: after a passing schema check, publishes the working API schemas as the next
 * version: major for a breaking change, minor for a dangerous change or an addition, patch otherwise
 * (descriptions, deprecations). Writes schema/published/ (the next check's baseline), records the version
 * with its hashes and classified changes in schema/changelog.json (moving the unreleased entry into it)
 * and renders schema/CHANGELOG.md. The first publication is 1.0.0. `--schema-dir <dir>` publishes another
 * directory; PUBLISH_DATE (YYYY-MM-DD) overrides today's date.
 */
import { schemaPublishCommand } from "./lib/schema-publish-command.js";
import { schemaDirectoryFromArgs } from "./lib/schema-directory.js";

const today = process.env.PUBLISH_DATE ?? new Date().toISOString().slice(0, 10);
process.exit(await schemaPublishCommand(schemaDirectoryFromArgs(), today, console));

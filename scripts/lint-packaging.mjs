#!/usr/bin/env node
// Part of `npm run lint`: the packaging configuration, checked without any Electron binary —
// the workflow files against the GitHub Actions schema, both electron-builder configurations with
// electron-builder's own validator, and productName/appId against the shell's AppUserModelId.
import { projectRoot } from './lib/electron.mjs';
import { checkPackagingIdentity, validateBuilderConfig, validateWorkflows } from './lib/packaging.mjs';

const problems = [...checkPackagingIdentity(projectRoot), ...validateWorkflows(projectRoot)];
for (const file of ['electron-builder.yml', 'electron-builder.smoke.yml']) {
  const problem = await validateBuilderConfig(projectRoot, file);
  if (problem) problems.push(problem);
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`lint:packaging: ${problem}`);
  process.exit(1);
}
console.log('lint:packaging: Workflows, electron-builder-Konfiguration und App-Identität in Ordnung');

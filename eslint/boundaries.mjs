// The folder rules of ARCHITECTURE.md §7, per floor (VS Code's import rules per folder, in small):
// - below the features: `kernel` (and `session` in the core, `ui` in the renderer) import nothing above them;
// - a feature imports another feature only through that feature's index.ts;
// - only the assembly (`app`/`shell` in the core, `app` and main.tsx in the renderer, `contract` and `i18n` in
//   shared) imports every feature, and nothing imports the assembly back.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

const FLOORS = [
  { root: 'src/shared', lower: ['kernel'], top: ['contract', 'i18n'] },
  { root: 'src/main', lower: ['kernel', 'session'], top: ['app', 'shell'] },
  { root: 'src/renderer/src', lower: ['kernel', 'ui'], top: ['app', ''] },
];

const INDEX = /^index\.tsx?$/;

function placeOf(file) {
  const normalized = file.split(path.sep).join('/');
  for (const floor of FLOORS) {
    const marker = `/${floor.root}/`;
    const at = normalized.lastIndexOf(marker);
    if (at < 0) continue;
    const rest = normalized.slice(at + marker.length).split('/');
    const unit = rest.length > 1 ? rest[0] : '';
    return { floor, unit, rest, repoRoot: normalized.slice(0, at) };
  }
  return null;
}

function kindOf(floor, unit) {
  if (floor.lower.includes(unit)) return 'lower';
  if (floor.top.includes(unit)) return 'top';
  return 'feature';
}

function resolveTarget(fromFile, specifier, repoRoot) {
  if (specifier.startsWith('@shared/')) return `${repoRoot}/src/shared/${specifier.slice('@shared/'.length)}`;
  if (specifier.startsWith('.')) return path.posix.join(path.posix.dirname(fromFile.split(path.sep).join('/')), specifier);
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Folder rules per floor: kernel below features, features through index.ts, assembly on top.' },
    schema: [],
    messages: {
      lowerImportsUp: "'{{from}}' is below the features and must not import '{{to}}' (ARCHITECTURE.md §7).",
      featureThroughIndex: "A feature imports another feature only through its index.ts: import '{{to}}' instead of a file inside it.",
      importsAssembly: "'{{to}}' is the assembly on top of the features; nothing below it imports it.",
    },
  },
  create(context) {
    const file = context.filename;
    const from = placeOf(file);
    if (!from) return {};
    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      const target = resolveTarget(file, specifier, from.repoRoot);
      if (!target) return;
      // A folder import means its index.ts; a file import may leave out the extension.
      const isFolder = existsSync(target) && statSync(target).isDirectory();
      const to = placeOf(isFolder ? `${target}/index.ts` : /\.(tsx?|css|mjs)$/.test(target) ? target : `${target}.ts`);
      if (!to || to.floor !== from.floor || to.unit === from.unit) return;
      const fromKind = kindOf(from.floor, from.unit);
      const toKind = kindOf(to.floor, to.unit);
      if (fromKind === 'top') return;
      if (toKind === 'top') {
        context.report({ node, messageId: 'importsAssembly', data: { to: to.unit || 'main.tsx' } });
        return;
      }
      if (fromKind === 'lower') {
        const allowed = toKind === 'lower' && from.floor.lower.indexOf(to.unit) < from.floor.lower.indexOf(from.unit);
        if (!allowed) context.report({ node, messageId: 'lowerImportsUp', data: { from: from.unit, to: to.unit } });
        return;
      }
      if (toKind === 'feature') {
        const inside = to.rest.slice(1);
        const isIndex =
          inside.length === 0 || (inside.length === 1 && (INDEX.test(inside[0]) || inside[0] === 'index' || inside[0] === ''));
        if (!isIndex) context.report({ node, messageId: 'featureThroughIndex', data: { to: `${to.floor.root}/${to.unit}` } });
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { boundaries: rule } };

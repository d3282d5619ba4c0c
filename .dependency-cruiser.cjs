/** Dependencies point inward: core imports nothing of ours and no Node/I-O module; tab only core; bot never tab. */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'core/ imports nothing of ours outside core/',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: '^(bot|tab|tests|bench|scripts)/' },
    },
    {
      name: 'core-no-node',
      comment: 'core/ is browser-safe: no Node built-ins',
      severity: 'error',
      from: { path: '^core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-only-pure-packages',
      comment: 'core/ may use only pure, browser-safe libraries',
      severity: 'error',
      from: { path: '^core/' },
      to: {
        dependencyTypes: ['npm'],
        pathNot: 'node_modules/(luxon|date-holidays|zod|intl-messageformat|@formatjs)/',
      },
    },
    {
      name: 'tab-only-core',
      comment: 'tab/ imports only core/ of ours',
      severity: 'error',
      from: { path: '^tab/' },
      to: { path: '^(bot|tests|bench|scripts)/' },
    },
    {
      name: 'bot-not-tab',
      severity: 'error',
      from: { path: '^bot/' },
      to: { path: '^tab/' },
    },
    {
      name: 'no-circular',
      severity: 'warn',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
  },
};

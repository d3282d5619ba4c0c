import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const TAB = join(__dirname, '../../tab/src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('tab source rules', () => {
  const sources = files(TAB).map((path) => ({ path: relative(TAB, path), text: readFileSync(path, 'utf8') }));

  it('never renders HTML from strings (user text stays inert)', () => {
    expect(
      sources
        .filter((s) =>
          /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write/.test(s.text),
        )
        .map((s) => s.path),
    ).toEqual([]);
  });

  it('imports only core/ of our code, never bot/', () => {
    const offenders = sources.filter(
      (s) => /from\s+'(\.\.\/)+bot\//.test(s.text) || /from\s+'(\.\.\/)+tests\//.test(s.text),
    );
    expect(offenders.map((s) => s.path)).toEqual([]);
  });

  it('uses kebab-case file names and keeps files small', () => {
    for (const s of sources) {
      expect({ path: s.path, kebab: /^[a-z0-9-/]+\.(ts|tsx)$/.test(s.path) }).toEqual({
        path: s.path,
        kebab: true,
      });
      expect({ path: s.path, small: s.text.split('\n').length <= 300 }).toEqual({
        path: s.path,
        small: true,
      });
    }
  });

  it('loads administration, presentation and the Adaptive Cards renderer lazily', () => {
    const app = sources.find((s) => s.path === 'app.tsx')?.text ?? '';
    expect(app).toMatch(/lazy\(\(\) => import\('\.\/pages\/admin\/admin-page'\)\)/);
    expect(app).toMatch(/lazy\(\(\) => import\('\.\/pages\/present\/presentation-page'\)\)/);
    const staticAdaptive = sources.filter((s) => /from 'adaptivecards'/.test(s.text)).map((s) => s.path);
    expect(staticAdaptive).toEqual(['cards/render-card.ts']);
    const importsRenderCard = sources.filter((s) => /render-card'/.test(s.text)).map((s) => s.path);
    expect(importsRenderCard).toEqual(['pages/admin/schedule/card-preview.tsx']);
  });

  it('imports the charting library in one module, which is loaded lazily', () => {
    const charting = sources.filter((s) => /from '@fluentui\/react-charts'/.test(s.text)).map((s) => s.path);
    expect(charting).toEqual(['pages/summary/charts/fluent-bars.tsx']);
    const importers = sources.filter((s) => /fluent-bars'/.test(s.text));
    expect(importers.map((s) => s.path)).toEqual(['pages/summary/charts/bar-chart.tsx']);
    expect(importers[0]!.text).toMatch(/lazy\(\(\) => import\('\.\/fluent-bars'\)\)/);
  });
});

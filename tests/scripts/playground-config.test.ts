import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleAadObjectId, PLAYGROUND_PEOPLE } from '../../core/example-forum';
import { playgroundConfig, UnknownPersonError } from '../../scripts/playground-config';

describe('the Agents Playground configuration (scripts/playground-config.ts)', () => {
  it('is the checked-in .m365agentsplayground.yml for the default person', () => {
    const checkedIn = readFileSync(join(__dirname, '..', '..', '.m365agentsplayground.yml'), 'utf8');
    expect(playgroundConfig().yaml).toBe(checkedIn);
    expect(playgroundConfig().people).toEqual(PLAYGROUND_PEOPLE);
  });

  it('puts any example person at the keyboard, with five others and their stable ids', () => {
    const { yaml, people } = playgroundConfig('Camilla Vestergaard');
    expect(people).toHaveLength(6);
    expect(people[0]).toBe('Camilla Vestergaard');
    const current = yaml.slice(yaml.indexOf('currentUser:'), yaml.indexOf('users:'));
    expect(current).toContain('name: Camilla Vestergaard');
    expect(current).toContain(`aadObjectId: ${exampleAadObjectId('Camilla Vestergaard')}`);
    expect(yaml).toContain('id: a:samskab-personal-camilla-vestergaard');
    expect(yaml.match(/^ {2}- id: 29:/gm)).toHaveLength(5);
  });

  it('refuses a name that is not an example person', () => {
    expect(() => playgroundConfig('Ukendt Person')).toThrow(UnknownPersonError);
  });
});

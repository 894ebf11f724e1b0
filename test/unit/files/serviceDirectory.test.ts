import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadServiceDirectory, ServiceDirectoryError, shippedDirectoryFile } from '../../../src/files/serviceDirectory';
import { projectRoot } from '../../../src/projectRoot';
import { directory, ROOT, service } from '../signposting/helpers';

describe('loadServiceDirectory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'directory-'));

  it('finds the project root (the folder with package.json) from src/ as it will from dist/src/', () => {
    expect(projectRoot()).toBe(ROOT);
    expect(shippedDirectoryFile()).toBe(join(ROOT, 'deployment', 'directory', 'service-directory.json'));
  });

  it('loads the shipped example directory when no file is given', () => {
    expect(loadServiceDirectory().services.length).toBeGreaterThanOrEqual(30);
  });

  it('loads the given file', () => {
    const file = join(dir, 'good.json');
    writeFileSync(file, JSON.stringify(directory(service({ id: 'only-one' }))));
    expect(loadServiceDirectory(file).services.map((s) => s.id)).toEqual(['only-one']);
  });

  it('throws an error that lists every problem with its path', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        services: [
          { ...service({ id: 'a' }), needs: ['worry'] },
          { ...service({ id: 'a' }), contacts: [{ phone: 'call us' }] },
        ],
      }),
    );
    let thrown: unknown;
    try {
      loadServiceDirectory(file);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ServiceDirectoryError);
    const error = thrown as ServiceDirectoryError;
    expect(error.problems).toHaveLength(3);
    expect(error.message).toContain(`The service directory ${file} has 3 problems:`);
    expect(error.message).toContain('  - services[0].needs[0]: unknown need "worry"');
    expect(error.message).toContain('  - services[1].contacts[0].phone: "call us" is not a UK phone number');
    expect(error.message).toContain('  - services[1].id: duplicate id "a" (also services[0])');
  });

  it('says so when the file cannot be read', () => {
    expect(() => loadServiceDirectory(join(dir, 'missing.json'))).toThrow(
      /missing\.json has 1 problem:\n {2}- \(file\): cannot be read/,
    );
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { scanBody } from '../../src/lib/content/body';
import { keptBodyScans } from '../../src/plugins/content-guard';

const BODY = 'एक [लिंक](../b/) और ![चित्र](./a.jpg)';

describe('the content guard’s kept body scans', () => {
  it('parses a body it has not seen and saves only what this build used', () => {
    const file = join(tempDir('guard-'), 'nested', 'bodies.json');
    const first = keptBodyScans(file, 'v1');
    expect(first.scan(BODY)).toEqual(scanBody(BODY));
    first.save();
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { version: string; results: object };
    expect(stored.version).toBe('v1');
    expect(Object.values(stored.results)).toEqual([scanBody(BODY)]);
  });

  /** A kept file from code 'v1' whose scan of BODY was replaced by a planted answer. */
  const keptWithPlantedScan = () => {
    const file = join(tempDir('guard-'), 'bodies.json');
    const first = keptBodyScans(file, 'v1');
    first.scan(BODY);
    first.save();
    const [key] = Object.keys(JSON.parse(readFileSync(file, 'utf8')).results as object);
    writeFileSync(
      file,
      JSON.stringify({ version: 'v1', results: { [key as string]: [{ link: '../kept/', line: 7 }] } }),
    );
    return file;
  };

  it('answers a body seen in an earlier build from the file, without parsing it again', () => {
    // A planted answer under the same digest: a kept scan is returned as it is.
    const file = keptWithPlantedScan();
    expect(keptBodyScans(file, 'v1').scan(BODY)).toEqual([{ link: '../kept/', line: 7 }]);
    expect(keptBodyScans(file, 'v1').scan(`${BODY} बदला`)).toEqual(scanBody(`${BODY} बदला`));
  });

  it('treats an unreadable file as an empty cache', () => {
    const file = join(tempDir('guard-'), 'bodies.json');
    writeFileSync(file, 'not json');
    expect(keptBodyScans(file, 'v1').scan(BODY)).toEqual(scanBody(BODY));
  });

  it('does not use results kept by other code: every body is parsed again', () => {
    expect(keptBodyScans(keptWithPlantedScan(), 'v2').scan(BODY)).toEqual(scanBody(BODY));
  });
});

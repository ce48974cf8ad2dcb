import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: { uses?: string }[] }>;
}

const path = new URL('../../.github/workflows/deploy.yml', import.meta.url);
const text = readFileSync(path, 'utf8');
const workflow = parse(text) as Workflow;

describe('the GitHub Pages workflow', () => {
  it('grants nothing by default, and each job only what it needs', () => {
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs['build']?.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs['deploy']?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('pins every action to a full commit SHA with its version in a comment', () => {
    const uses = text.split('\n').filter((line) => /^\s*(?:- )?uses:/.test(line));
    expect(uses.length).toBe(5);
    expect(uses.filter((line) => !/uses: [\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(line))).toEqual(
      [],
    );
  });

  it('runs hourly, so scheduled articles appear on time', () => {
    expect(workflow.on['schedule']).toEqual([{ cron: '7 * * * *' }]);
  });
});

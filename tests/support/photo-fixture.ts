/** The photo fixture, for the build-output tests and the browser suite (it lives with the gates' tooling). */
export * from '../../scripts/lib/photo-fixture.ts';

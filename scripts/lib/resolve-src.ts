/**
 * Lets a script run under plain Node import `src/` modules, which import one another without
 * extensions as Vite resolves them: an extensionless relative import that Node cannot find is
 * tried again with `.ts`. Call before the first dynamic `import()` of a `src/` module.
 */
import { registerHooks } from 'node:module';

let registered = false;

/** Registers the resolve hook once per process. */
export function resolveSrcImports(): void {
  if (registered) return;
  registered = true;
  registerHooks({
    resolve(specifier, context, next) {
      try {
        return next(specifier, context);
      } catch (error) {
        if (specifier.startsWith('.') && !/\.\w+$/.test(specifier)) return next(`${specifier}.ts`, context);
        throw error;
      }
    },
  });
}

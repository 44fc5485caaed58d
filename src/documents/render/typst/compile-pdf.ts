/**
 * Typst source → PDF bytes with the compiler built into @myriaddreamin/typst-ts-node-compiler
 * (fonts built in, no packages, nothing downloaded). One compiler per process: creating it
 * loads the fonts, compiling after that takes tens of milliseconds.
 */
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

let compiler: NodeCompiler | null = null;

function compilerOf(): NodeCompiler {
  compiler ??= NodeCompiler.create();
  return compiler;
}

/**
 * Forget everything the compiler memoized (benchmarks: a render that cannot reuse the layout of
 * an earlier, identical document).
 */
export function clearTypstCache(): void {
  compiler?.evictCache(0);
}

export class TypstCompileError extends Error {
  constructor(readonly diagnostics: string[]) {
    super(`Typst: ${diagnostics.slice(0, 3).join('; ')}`);
    this.name = 'TypstCompileError';
  }
}

/** `creationDate`: seconds since 1970, written into the PDF so equal input gives equal bytes. */
export function compileTypstPdf(source: string, creationDate = 0): Buffer {
  const c = compilerOf();
  const result = c.compile({ mainFileContent: source });
  const document = result.result;
  if (document === null) {
    const error = result.takeDiagnostics();
    const diagnostics = error === null ? [] : (c.fetchDiagnostics(error) as { message?: string }[]);
    throw new TypstCompileError(diagnostics.map((d) => d.message ?? String(d)));
  }
  const pdf = c.pdf(document, { creationTimestamp: creationDate });
  // the compiler memoizes across runs; drop what the last few documents no longer share
  c.evictCache(10);
  return pdf;
}

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The jar the `vnu-jar` package ships (its main module is a launcher that may download a
 * Java: the jar is run with Debian's `java` from default-jre-headless instead).
 */
const vnuJar = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build',
  'dist',
  'vnu.jar',
);

const nuReport = z.object({
  messages: z.array(
    z.object({
      type: z.string(),
      subType: z.string().optional(),
      url: z.string().optional(),
      lastLine: z.number().optional(),
      message: z.string(),
    }),
  ),
});

/** One error of the Nu HTML checker: the file (absolute), its line and the message. */
export interface NuError {
  file: string;
  line: number | undefined;
  message: string;
}

/**
 * Runs the W3C Nu HTML checker once (one JVM start, a few seconds) over the HTML files of
 * every folder, and returns its errors. A checker that cannot run throws, with its output.
 */
export function nuHtmlErrors(dirs: readonly string[]): Promise<NuError[]> {
  const args = ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', ...dirs];
  return new Promise((resolve, reject) => {
    const java = spawn(process.env.JAVA ?? 'java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    java.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    java.on('error', (error) =>
      reject(
        new Error(`java could not start (apt-get install default-jre-headless): ${error.message}`),
      ),
    );
    java.on('close', (code) => {
      let report: z.infer<typeof nuReport>;
      try {
        report = nuReport.parse(JSON.parse(stderr));
      } catch {
        reject(
          new Error(
            `the Nu checker exited ${code} without a JSON report:\n${stderr.slice(0, 2000)}`,
          ),
        );
        return;
      }
      resolve(
        report.messages
          .filter((message) => message.type !== 'info')
          .map((message) => ({
            file: message.url?.startsWith('file:')
              ? fileURLToPath(message.url)
              : (message.url ?? '?'),
            line: message.lastLine,
            message: message.message,
          })),
      );
    });
  });
}

/** `fr/articles/x/index.html:12: message`, relative to the folder the file belongs to. */
export function formatNuError(error: NuError, root: string): string {
  const file = path.relative(root, error.file).split(path.sep).join('/');
  return `${file}:${error.line ?? '?'}: ${error.message}`;
}

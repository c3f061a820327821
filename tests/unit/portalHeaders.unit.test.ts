import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, portalPolicy } from '../../scripts/lib/portalHeaders.ts';

const hashOf = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

describe('portal security headers (issue #13)', () => {
  it('allows a page’s inline scripts by hash, not external or data scripts', () => {
    const code = "document.documentElement.dataset.js = 'on';";
    const html = [
      `<script>${code}</script>`,
      '<script type="module" src="/_astro/search.js"></script>',
      '<script type="application/ld+json">{"@type":"Event"}</script>',
      '<script type="module">import "/x.js";</script>',
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([hashOf(code), hashOf('import "/x.js";')]);
  });

  it('adds the hashes to script-src beside the portal’s own files and Pagefind’s WebAssembly', () => {
    const policy = portalPolicy(["'sha256-abc'"]);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("default-src 'self'");
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formOrigins, inlineScriptHashes, portalPolicy } from '../../scripts/lib/portalHeaders.ts';

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

  it('lets a page post to, and read the answer of, the origin its forms name (issue #12)', () => {
    const html =
      '<form method="post" action="https://cms.example.be/api/forms/contact?portal=hospichild&amp;locale=fr">' +
      '<form action="/fr/recherche/">';
    expect(formOrigins(html)).toEqual(['https://cms.example.be']);
    const policy = portalPolicy([], formOrigins(html));
    expect(policy).toContain("form-action 'self' https://cms.example.be;");
    expect(policy).toContain("connect-src 'self' https://cms.example.be;");
    expect(portalPolicy()).toContain("form-action 'self';");
  });
});

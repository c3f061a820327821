import { describe, expect, it } from 'vitest';
import { richTextToHtml, sanitizeRichText, type LexicalState } from '@portals/shared/richtext';
import editorInput from '../fixtures/richtext/editor-input.json' with { type: 'json' };

const state = editorInput as unknown as LexicalState;

describe('richTextToHtml', () => {
  it('shows a <script> typed by an editor as text, never as an element', () => {
    const html = richTextToHtml(state);
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
  });

  it('turns javascript: and data: links into plain text', () => {
    const html = richTextToHtml(state);
    expect(html).not.toMatch(/javascript:|data:/);
    expect(html).toContain('<span>lien piégé</span>');
    expect(html).toContain('<span>données</span>');
  });

  it('gives external links rel="noopener" and never a new tab', () => {
    const html = richTextToHtml(state);
    expect(html).toContain('<a href="https://www.one.be/" rel="noopener">ONE</a>');
    expect(html).toContain('<a href="/fr/articles/x/">interne</a>');
    expect(html).not.toContain('target=');
  });

  it('demotes h1 to h2, drops empty paragraphs and the wrapper div', () => {
    const html = richTextToHtml(state);
    expect(html.startsWith('<h2>Titre saisi en h1</h2>')).toBe(true);
    expect(html).not.toContain('<p></p>');
    expect(html).not.toContain('payload-richtext');
  });

  it('reports a node it cannot render instead of printing "unknown node"', () => {
    const warnings: string[] = [];
    const html = richTextToHtml(state, { onWarning: (message) => warnings.push(message) });
    expect(html).not.toContain('unknown node');
    expect(warnings).toEqual([expect.stringContaining('"block"')]);
  });

  it('returns an empty string for a missing body', () => {
    expect(richTextToHtml(null)).toBe('');
  });
});

describe('sanitizeRichText', () => {
  it('removes script elements and event-handler attributes', () => {
    const html = sanitizeRichText(
      '<p onclick="x()">a</p><img src=x onerror="alert(1)"><script>alert(1)</script>',
    );
    expect(html).toBe('<p>a</p>');
  });

  it('neutralises obfuscated javascript: URLs', () => {
    expect(sanitizeRichText('<a href="  java\tscript:alert(1)">x</a>')).toBe('<span>x</span>');
    expect(sanitizeRichText('<a href="&#106;avascript:alert(1)">x</a>')).toBe('<span>x</span>');
  });

  it('keeps only the alignment and decoration styles the editor produces', () => {
    const html = sanitizeRichText('<p style="text-align:center;position:fixed">a</p>');
    expect(html).toBe('<p style="text-align:center">a</p>');
  });
});

import { editorConfigFactory } from '@payloadcms/richtext-lexical';
import { sanitizeConfig, type Config } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  convertBody,
  expandShortcodes,
  linkTargets,
  type EditorConfig,
  type ImportPlan,
} from '@portals/cms/import/wordpress';
import { fixturePlan } from './wordpressFixture.ts';

let editorConfig: EditorConfig;
let plan: ImportPlan;
let siteUrl: string;

beforeAll(async () => {
  // The articles' body uses Payload's default Lexical features: a bare config gives the same.
  const config = await sanitizeConfig({ secret: 'unit', collections: [] } as unknown as Config);
  editorConfig = await editorConfigFactory.default({ config });
  ({
    plan,
    wxr: { siteUrl },
  } = await fixturePlan());
});

function convert(html: string, locale: 'fr' | 'nl' = 'fr') {
  const mediaOf = (key: string) => plan.media.find((media) => media.key === key);
  return convertBody(html, { editorConfig, targets: linkTargets(plan, siteUrl), mediaOf, locale });
}

const types = (body: ReturnType<typeof convert>['body']) =>
  (body.root.children ?? []).map((node) => node.type);
type Node = { text?: string; children?: Node[]; root?: Node };
const textOf = (node: unknown): string => {
  const { text = '', children = [], root } = node as Node;
  return text + (root ? textOf(root) : '') + children.map(textOf).join('');
};

describe('convertBody', () => {
  it('converts block editor content, comments left out', () => {
    const { body } = convert(
      '<!-- wp:heading --><h2>Ce qu’il faut</h2><!-- /wp:heading -->\n' +
        '<!-- wp:list --><ul><li>une serviette</li></ul><!-- /wp:list -->',
    );
    expect(types(body)).toEqual(['heading', 'list']);
    expect(JSON.stringify(body)).not.toContain('wp:');
  });

  it('wraps classic editor text in paragraphs at blank lines', () => {
    const { body } = convert('Première ligne\nsuite\n\nDeuxième <em>paragraphe</em>');
    expect(types(body)).toEqual(['paragraph', 'paragraph']);
    expect(textOf(body.root.children?.[1])).toContain('paragraphe');
  });

  it('turns an image of the export into an upload node keyed by its attachment', () => {
    const { body, missingImages } = convert(
      '<figure class="wp-block-image"><img src="https://www.petitspas.example/wp-content/uploads/2024/03/bain-bebe-1024x683.png" class="wp-image-30"/></figure><p>Après</p>',
    );
    expect(body.root.children?.[0]).toMatchObject({
      type: 'upload',
      relationTo: 'media',
      value: 'attachment:30',
    });
    expect(types(body)).toEqual(['upload', 'paragraph']);
    expect(missingImages).toEqual([]);
  });

  it('leaves a visible marker where the image file is missing', () => {
    const { body, missingImages } = convert(
      '<p><img src="https://www.petitspas.example/wp-content/uploads/2024/04/carnet-vaccination.png" class="wp-image-32"/></p>',
    );
    expect(missingImages).toEqual(['carnet-vaccination.png']);
    expect(textOf(body)).toContain('[Image manquante : carnet-vaccination.png]');
    expect(convert('<p><img src="/x/carnet.png"/></p>', 'nl').body).toSatisfy((nl) =>
      textOf(nl).includes('[Ontbrekende afbeelding : carnet.png]'),
    );
  });

  it('points links to the old site at the new documents', () => {
    const { body, brokenLinks } = convert(
      '<p><a href="https://www.petitspas.example/?page_id=20">qui nous sommes</a></p>',
    );
    const link = body.root.children?.[0]?.children?.[0];
    expect(link?.fields).toEqual({
      linkType: 'internal',
      newTab: false,
      doc: { relationTo: 'articles', value: 'page:20' },
    });
    expect(brokenLinks).toEqual([]);
  });

  it('keeps a broken internal link as written and reports it', () => {
    const href = 'https://www.petitspas.example/fr/sante/fiche-disparue/';
    const { body, brokenLinks } = convert(`<p>Les <a href="${href}">rappels</a>.</p>`);
    expect(brokenLinks).toEqual([href]);
    expect(body.root.children?.[0]?.children?.[1]?.fields).toMatchObject({ url: href });
  });

  it('keeps an unknown shortcode visible and lists it', () => {
    const { body, unknownShortcodes } = convert(
      '<!-- wp:shortcode -->\n[contact-form-7 id="58" title="Poser une question"]\n<!-- /wp:shortcode -->',
    );
    expect(unknownShortcodes).toEqual(['contact-form-7']);
    expect(textOf(body)).toContain('[contact-form-7 id="58" title="Poser une question"]');
  });

  it('turns embeds into links and notes what it changed', () => {
    const video = 'https://www.youtube.com/watch?v=demo';
    const { body, notes } = convert(
      `<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n${video}\n</div></figure>` +
        '<p><iframe src="https://maps.example/carte"></iframe></p>' +
        '<figure class="wp-block-table"><table><tr><td>Âge</td><td>Vaccin</td></tr></table></figure>',
    );
    expect(JSON.stringify(body)).toContain(`"url":"${video}"`);
    expect(JSON.stringify(body)).toContain('"url":"https://maps.example/carte"');
    expect(textOf(body)).toContain('Vaccin');
    expect(notes).toEqual([
      'embedded frame became a link: https://maps.example/carte',
      'table flattened into paragraphs',
    ]);
  });

  it('gives the same tree for the same content', () => {
    const html = '<p><a href="https://www.one.be/">ONE</a> et <a href="/?p=12">vaccins</a></p>';
    expect(JSON.stringify(convert(html).body)).toBe(JSON.stringify(convert(html).body));
  });
});

describe('expandShortcodes', () => {
  it('expands captions and galleries, which WordPress itself ships', () => {
    const { html, unknown } = expandShortcodes(
      '[caption id="a" align="alignnone"]<img class="wp-image-30" src="x.png"> Le bain[/caption][gallery ids="30, 32"]',
    );
    expect(html).toBe(
      '<figure><img class="wp-image-30" src="x.png"><figcaption>Le bain</figcaption></figure>' +
        '<p><img class="wp-image-30" alt=""></p><p><img class="wp-image-32" alt=""></p>',
    );
    expect(unknown).toEqual([]);
  });
});

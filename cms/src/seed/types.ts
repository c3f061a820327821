/** Demo content is written in a tiny markup turned into Lexical by `toLexical`: a paragraph per string; '## ' starts a heading; lines starting '- ' inside one string make a bullet list; [text](https://url) makes a link. */
export interface SeedText { title: string; summary: string; body: string[] }
export interface SeedSection { key: string; parent?: string; order: number; fr: { title: string; description: string }; nl: { title: string; description: string } }
export interface SeedArticle { key: string; kind: 'news' | 'focus' | 'page'; sections: string[]; publishedAt: string; fr?: SeedText; nl?: SeedText }

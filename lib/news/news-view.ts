// A news item as pages show it, and the columns read for it.
export interface NewsView {
  id: string;
  locale: string;
  title: string;
  body: string;
  publishedAt: Date;
}

export const SELECT = { id: true, locale: true, title: true, body: true, publishedAt: true } as const;

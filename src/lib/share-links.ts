/**
 * Share links for an article: plain URLs of each network's own share page, so sharing works
 * without JavaScript and nothing is requested from those sites until the reader taps.
 */

/** One network's share link. */
export interface ShareLink {
  network: 'whatsapp' | 'x' | 'facebook' | 'telegram';
  /** The network's name as Hindi readers write it. */
  label: string;
  href: string;
}

/** The URL to share: the canonical one, without a query (`?highlight=`) or fragment. */
export function shareableUrl(url: string): string {
  const clean = new URL(url);
  clean.search = '';
  clean.hash = '';
  return clean.href;
}

/** Share links for WhatsApp, X, Facebook and Telegram for an article at `url` titled `title`. */
export function shareLinks(url: string, title: string): ShareLink[] {
  const link = shareableUrl(url);
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
  return [
    { network: 'whatsapp', label: 'व्हाट्सऐप', href: `https://wa.me/?${q({ text: `${title} ${link}` })}` },
    { network: 'x', label: 'एक्स', href: `https://x.com/intent/post?${q({ text: title, url: link })}` },
    {
      network: 'facebook',
      label: 'फ़ेसबुक',
      href: `https://www.facebook.com/sharer/sharer.php?${q({ u: link })}`,
    },
    {
      network: 'telegram',
      label: 'टेलीग्राम',
      href: `https://t.me/share/url?${q({ url: link, text: title })}`,
    },
  ];
}

// The one layout of every e-mail (React Email): the site's header with its name, colour and logo, the template's
// paragraphs, its link as a button, and a footer that says why the message came and how to stop it. The template
// texts stay messages (Email.<template>.body): each blank line starts a paragraph, a line holding only the
// template's link becomes the button, and any other address in the text becomes a link.
import { Body, Button, Container, Head, Hr, Html, Img, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import type { EmailBrand } from "./email-brand";

export interface EmailLayoutTexts {
  platformName: string;
  open: string;
  /** Why the message came: its kind, or that it is an account e-mail. */
  reason: string;
  unsubscribe: string | null;
  preferences: string;
}

export interface EmailLayoutProps {
  lang: string;
  dir: "ltr" | "rtl";
  subject: string;
  body: string;
  link: string | null;
  brand: EmailBrand;
  texts: EmailLayoutTexts;
  unsubscribeUrl: string | null;
  preferencesUrl: string;
}

const BUTTON = (color: string) => ({
  backgroundColor: color,
  color: "#ffffff",
  borderRadius: 6,
  padding: "12px 20px",
  fontWeight: 700,
  margin: "8px 0",
});

const URL_IN_TEXT = /(https?:\/\/[^\s<>"]+)/g;

/** A line's text with its addresses as links. */
function linkify(line: string, color: string): ReactNode[] {
  return line.split(URL_IN_TEXT).map((part, index) =>
    index % 2 === 1 ? (
      <Link key={index} href={part} style={{ color, wordBreak: "break-all" }}>
        {part}
      </Link>
    ) : (
      part
    ),
  );
}

export function EmailLayout(props: EmailLayoutProps) {
  const { brand, texts, dir } = props;
  const align = dir === "rtl" ? "right" : "left";
  const paragraphs = props.body.split(/\n{2,}/).map((p) => p.split("\n"));
  return (
    <Html lang={props.lang} dir={dir}>
      <Head>
        <title>{props.subject}</title>
      </Head>
      <Preview>{props.subject}</Preview>
      <Body
        style={{ backgroundColor: "#f1f5f9", margin: 0, padding: "24px 0", fontFamily: "Arial, Helvetica, sans-serif" }}
      >
        <Container style={{ maxWidth: 600, backgroundColor: "#ffffff", borderRadius: 8, overflow: "hidden" }}>
          <Section
            style={{ backgroundColor: brand.primaryColor, padding: "16px 24px", textAlign: align }}
            data-part="header"
          >
            {brand.logoUrl ? (
              <Img
                src={brand.logoUrl}
                alt=""
                height={32}
                style={{
                  display: "inline-block",
                  verticalAlign: "middle",
                  backgroundColor: "#ffffff",
                  borderRadius: 4,
                  padding: 2,
                }}
              />
            ) : null}
            <Link
              href={`${brand.siteUrl}/`}
              style={{
                color: "#ffffff",
                fontSize: 20,
                fontWeight: 700,
                textDecoration: "none",
                margin: "0 8px",
                verticalAlign: "middle",
              }}
            >
              <span dir="ltr">{texts.platformName}</span>
            </Link>
            {brand.siteName ? (
              <span style={{ color: "#ffffff", fontSize: 16, verticalAlign: "middle" }} data-part="site-name">
                {brand.siteName}
              </span>
            ) : null}
          </Section>
          <Section style={{ padding: "8px 24px 16px", textAlign: align }}>
            {paragraphs.map((lines, index) => (
              <Text key={index} style={{ fontSize: 15, lineHeight: "22px", color: "#0f172a" }}>
                {lines.map((line, n) => (
                  <span key={n}>
                    {n > 0 ? <br /> : null}
                    {props.link && line.trim() === props.link ? (
                      <Button href={props.link} style={BUTTON(brand.accentColor)}>
                        {texts.open}
                      </Button>
                    ) : (
                      linkify(line, brand.primaryColor)
                    )}
                  </span>
                ))}
              </Text>
            ))}
          </Section>
          <Hr style={{ borderColor: "#e2e8f0", margin: 0 }} />
          <Section style={{ padding: "12px 24px", textAlign: align }} data-part="footer">
            <Text style={{ fontSize: 12, lineHeight: "18px", color: "#475569", margin: "4px 0" }}>{texts.reason}</Text>
            <Text style={{ fontSize: 12, lineHeight: "18px", color: "#475569", margin: "4px 0" }}>
              {props.unsubscribeUrl && texts.unsubscribe ? (
                <>
                  <Link href={props.unsubscribeUrl} style={{ color: brand.primaryColor }}>
                    {texts.unsubscribe}
                  </Link>
                  {" · "}
                </>
              ) : null}
              <Link href={props.preferencesUrl} style={{ color: brand.primaryColor }}>
                {texts.preferences}
              </Link>
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

// What the certificate PDF prints, in the certificate's own language: texts copied at issue, dates formatted for
// that language, the signatures and logo as data addresses, and the verification address for the QR code.
import { chooseLocale, formatMessage, messagesOf } from "@/lib/i18n/catalogues";
import { siteOrigin, publicProtocol } from "@/lib/tenancy/host";

export interface CertificateRecord {
  code: string;
  locale: string;
  holderName: string;
  courseTitle: string;
  grade: number | null;
  issuedAt: Date;
  expiresAt: Date | null;
  signatoryName: string;
  issuerSignatoryName: string | null;
  issuerSignatoryTitle: string | null;
}

export interface Image {
  contentType: string;
  data: Uint8Array;
}

export interface CertificateImages {
  secretaryGeneralSignature: Image | null;
  issuer: { name: string; logo: Image | null; signature: Image | null } | null;
}

const dataUri = (image: Image | null) =>
  image ? `data:${image.contentType};base64,${Buffer.from(image.data).toString("base64")}` : null;

/** The public address where anyone can check the certificate (the QR code leads there). */
export function verificationUrl(code: string): string {
  return `${siteOrigin({ kind: "root" }, publicProtocol())}/verify/${code}`;
}

export function certificateDocument(certificate: CertificateRecord, images: CertificateImages) {
  const locale = chooseLocale(certificate.locale);
  const texts = messagesOf(locale, "CertificatePdf");
  const date = (value: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(value);
  const issuer = images.issuer;
  return {
    rtl: locale === "ar",
    lang: locale,
    title: texts.title,
    certifies: texts.certifies,
    holderName: certificate.holderName,
    completed: texts.completed,
    courseTitle: certificate.courseTitle,
    dateLine: formatMessage(locale, texts.issuedOn, { date: date(certificate.issuedAt) }),
    gradeLine:
      certificate.grade === null
        ? null
        : formatMessage(locale, texts.grade, {
            grade: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(certificate.grade),
          }),
    expiryLine: certificate.expiresAt
      ? formatMessage(locale, texts.validUntil, { date: date(certificate.expiresAt) })
      : null,
    organisation: texts.organisation,
    signatures: [
      {
        name: certificate.signatoryName,
        title: texts.secretaryGeneral,
        image: dataUri(images.secretaryGeneralSignature),
      },
      ...(issuer && certificate.issuerSignatoryName
        ? [
            {
              name: certificate.issuerSignatoryName,
              title: certificate.issuerSignatoryTitle ?? issuer.name,
              image: dataUri(issuer.signature),
            },
          ]
        : []),
    ],
    issuerName: issuer?.name ?? null,
    issuerLogo: dataUri(issuer?.logo ?? null),
    codeLine: formatMessage(locale, texts.code, { code: certificate.code }),
    verifyLine: texts.verify,
    verifyUrl: verificationUrl(certificate.code),
  };
}

export type CertificateDocumentInput = ReturnType<typeof certificateDocument>;

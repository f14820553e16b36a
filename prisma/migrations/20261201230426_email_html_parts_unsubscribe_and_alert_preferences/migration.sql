-- Preferences per kind for the Alerts panel, and the discussions' daily digest.
ALTER TABLE "User" ADD COLUMN     "alertOptOuts" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "discussionDigest" BOOLEAN NOT NULL DEFAULT false;

-- Every message keeps an HTML part beside its text part. Messages written before keep their text, shown as
-- preformatted HTML, so no stored message lacks either part.
ALTER TABLE "EmailMessage" ADD COLUMN     "attachments" JSONB,
ADD COLUMN     "html" TEXT,
ADD COLUMN     "kind" TEXT,
ADD COLUMN     "unsubscribeUrl" TEXT;

UPDATE "EmailMessage"
SET "html" = '<!DOCTYPE html><html><body><pre style="font-family:sans-serif;white-space:pre-wrap">'
  || replace(replace(replace("text", '&', '&amp;'), '<', '&lt;'), '>', '&gt;') || '</pre></body></html>';

ALTER TABLE "EmailMessage" ALTER COLUMN "html" SET NOT NULL;

"use server";

import { formAction } from "@/lib/http/form-action";
import { typedValues } from "@/lib/http/form-state";
import { editAnnouncement } from "@/lib/information-point/edit-announcement";
import { publishAnnouncement } from "@/lib/information-point/publish-announcement";

const PAGE = "/information-point";

export const publishAnnouncementAction = formAction(
  { signIn: PAGE, can: "infoPoint.publish", revalidate: PAGE },
  async (entry, form) => {
    await publishAnnouncement(entry, typedValues(form));
  },
);

export const editAnnouncementAction = formAction<[announcementId: string]>(
  { signIn: PAGE, can: "infoPoint.publish", revalidate: PAGE, keepValues: true, notFoundMessage: "announcementGone" },
  async (entry, form, announcementId) => {
    await editAnnouncement(entry, announcementId, typedValues(form));
  },
);
